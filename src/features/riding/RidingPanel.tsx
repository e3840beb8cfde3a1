/** A riding's own view: every candidate with votes and share, the margin, the stage and the change. */
import { memo, Suspense, useMemo } from 'react';
import { AppLink } from '../../url/AppLink.tsx';
import { BarTable } from '../../charts/BarTable.tsx';
import { ridingResult } from '../../core/ridingResult.ts';
import type { Election, Riding } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { RIDING_DETAIL_WORDS } from '../../i18n/words/ridingDetail.ts';
import type { View } from '../../url/useView.ts';
import { RidingFacts } from './RidingFacts.tsx';
import { useTakeFocus } from '../../shared/useTakeFocus.ts';
import { Swatch } from '../../charts/Swatch.tsx';
import { lazyNamed } from '../../shared/lazyNamed.ts';
import { lookupOf } from '../../core/electionLookup.ts';

// The riding's place on a small map: its own chunk, with the map's code (features/map).
const RidingLocator = lazyNamed(() => import('../map/RidingLocator.tsx'), 'RidingLocator');

interface RidingPanelProps {
  election: Election;
  riding: Riding;
  /** The election's file, for the locator map that goes with it. */
  electionId: string;
  view: View;
  /** Opened from the page (a seat, the search), not cold: the riding comes into view with the focus. */
  takeFocus: boolean;
}

export const RidingPanel = memo(function RidingPanel({ election, riding, electionId, view, takeFocus }: RidingPanelProps) {
  const { f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const ridingDetailWords = useWords(RIDING_DETAIL_WORDS);
  const result = useMemo(() => ridingResult(riding), [riding]);
  const { parties, partyName, regionName } = lookupOf(election);
  const winner = riding.winner === undefined ? undefined : parties.get(riding.winner);
  const title = useTakeFocus<HTMLHeadingElement>(riding.id, takeFocus);
  return (
    <section className="panel party-panel riding-panel" aria-labelledby="riding-title" data-riding-view={riding.id}>
      <Swatch color={winner?.color} shape="stripe" />
      <Suspense fallback={<div className="riding-locator" />}>
        <RidingLocator electionId={electionId} election={election} riding={riding} />
      </Suspense>
      <p className="eyebrow">{f.text(regionName(riding.region))}</p>
      <h2 id="riding-title" tabIndex={-1} ref={title}>
        {f.text(riding.name)}
      </h2>
      <p>{winner && <AppLink href={view.hrefFor({ page: 'party', partyId: winner.id })}>{f.text(winner.name)}</AppLink>}</p>
      <RidingFacts election={election} result={result} />
      <BarTable
        caption={ridingDetailWords.candidates}
        columns={[ridingDetailWords.colCandidate, tableWords.colVoteShare, tableWords.colVotes]}
        max={1}
        rowKind="party"
        rows={result.candidates.map((c, i) => {
          const party = parties.get(c.party);
          const affiliation = f.text(c.affiliation ?? partyName(c.party));
          return {
            id: `${c.party}-${i}`,
            label: (
              <span>
                {c.name} <span className="muted">{affiliation}</span>
              </span>
            ),
            value: c.share,
            display: f.percent(c.share),
            extra: [f.count(c.votes)],
            color: party?.color ?? '#888',
          };
        })}
      />
    </section>
  );
});
