/** The party view, in two parts around the hemicycle: its headline figures, then where it won. */
import { memo } from 'react';
import { BarTable } from '../charts/BarTable.tsx';
import type { PartyProfile } from '../core/partyProfile.ts';
import type { Election } from '../data/electionSchema.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PartyStats } from './PartyStats.tsx';
import { RidingsWonTable } from './RidingsWonTable.tsx';
import { useTakeFocus } from './useTakeFocus.ts';
import { Swatch } from '../charts/Swatch.tsx';

interface PartyPanelProps {
  election: Election;
  profile: PartyProfile;
}

interface PartyHeadlineProps extends PartyPanelProps {
  /** Link to a coalition's view (`?coalition=`). */
  coalitionHref: (parties: string[]) => string;
  /** Chosen on the page, not opened cold: the party's figures take the focus (the chart stays where it is). */
  takeFocus: boolean;
}

export const PartyHeadline = memo(function PartyHeadline({ election, profile, coalitionHref, takeFocus }: PartyHeadlineProps) {
  const { f } = useI18n();
  const { party } = profile;
  const title = useTakeFocus<HTMLHeadingElement>(party.id, takeFocus, { scroll: false });
  return (
    <section className="panel party-panel" aria-labelledby="party-title" data-party-view={party.id}>
      <Swatch color={party.color} shape="stripe" />
      <h2 id="party-title" className="party-title" tabIndex={-1} ref={title}>
        {f.text(party.name)}
      </h2>
      <PartyStats election={election} profile={profile} coalitionHref={coalitionHref} />
    </section>
  );
});

export const PartyWins = memo(function PartyWins({
  election,
  profile,
  ridingHref,
}: PartyPanelProps & { ridingHref: (id: string) => string }) {
  const { t, f } = useI18n();
  const { party } = profile;
  const regionNames = new Map(election.regions.map((r) => [r.id, r]));
  return (
    <div className="breakdowns" data-party-wins={party.id}>
      {profile.regions.length > 0 && (
        <section className="panel">
          <BarTable
            caption={t.party.regionsTitle(f.text(party.shortName))}
            columns={[t.colRegion, t.colSeats]}
            max={1}
            rowKind="region"
            rows={profile.regions.map((row) => {
              const region = regionNames.get(row.regionId);
              return {
                id: row.regionId,
                label: region ? f.text(region.name) : row.regionId,
                value: row.seats / row.total,
                display: t.party.regionSeats(f, row),
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
