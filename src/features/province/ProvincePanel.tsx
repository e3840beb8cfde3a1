/** One province's or territory's result, shown when `?province=` picks one. */
import { memo } from 'react';
import { AppLink } from '../../url/AppLink.tsx';
import { BarTable } from '../../charts/BarTable.tsx';
import type { RegionResult } from '../../core/election/regionResult.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { EXPLORE_WORDS } from '../../i18n/words/explore.ts';
import { PartyName } from '../../shared/PartyName.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';

interface ProvincePanelProps {
  election: Election;
  result: RegionResult;
  clearHref: string;
}

export const ProvincePanel = memo(function ProvincePanel({ election, result, clearHref }: ProvincePanelProps) {
  const { t, f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const exploreWords = useWords(EXPLORE_WORDS);
  const { parties } = lookupOf(election);
  const rows = result.parties.flatMap((r) => {
    const party = parties.get(r.party);
    if (!party || (r.seats === 0 && r.voteShare < 0.005)) return [];
    return [
      {
        id: r.party,
        label: <PartyName party={party} />,
        value: r.seats,
        display: f.count(r.seats),
        extra: [f.percent(r.voteShare)],
        color: party.color,
      },
    ];
  });
  return (
    <section className="panel province-panel" aria-labelledby="province-title" data-region={result.region.id}>
      <h2 id="province-title">{t.explore.regionTitle(f, { region: f.text(result.region.name), seats: result.seats })}</h2>
      <BarTable
        caption={exploreWords.regionCaption(f.text(result.region.name))}
        columns={[tableWords.colParty, tableWords.colSeats, tableWords.colVoteShare]}
        rows={rows}
        max={result.seats}
      />
      <p>
        <AppLink href={clearHref}>{exploreWords.allRegions}</AppLink>
      </p>
    </section>
  );
});
