/** Where a party won: its seats by province and its ridings, under the chart (in the chunk of what is below it). */
import { memo } from 'react';
import { BarTable } from '../../charts/BarTable.tsx';
import type { PartyProfile } from '../../core/election/partyProfile.ts';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { TABLE_WORDS } from '../../i18n/words/tables.ts';
import { PARTY_WORDS } from '../../i18n/words/party.ts';
import { RidingsWonTable } from './RidingsWonTable.tsx';
import { lookupOf } from '../../core/election/electionLookup.ts';

interface PartyWinsProps {
  election: Election;
  profile: PartyProfile;
  ridingHref: (id: string) => string;
}

export const PartyWins = memo(function PartyWins({ election, profile, ridingHref }: PartyWinsProps) {
  const { f } = useI18n();
  const tableWords = useWords(TABLE_WORDS);
  const partyWords = useWords(PARTY_WORDS);
  const { party } = profile;
  return (
    <div className="breakdowns" data-party-wins={party.id}>
      {profile.regions.length > 0 && (
        <section className="panel">
          <BarTable
            caption={partyWords.regionsTitle(f.text(party.shortName))}
            columns={[tableWords.colRegion, tableWords.colSeats]}
            max={1}
            rowKind="region"
            rows={profile.regions.map((row) => {
              return {
                id: row.regionId,
                label: f.text(lookupOf(election).regionName(row.regionId)),
                value: row.seats / row.total,
                display: partyWords.regionSeats(f, row),
                color: party.color,
              };
            })}
          />
        </section>
      )}
      <section className="panel">
        <RidingsWonTable election={election} profile={profile} ridingHref={ridingHref} />
      </section>
    </div>
  );
});
