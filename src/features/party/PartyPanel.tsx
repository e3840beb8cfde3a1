/**
 * The party view's headline figures, beside the hemicycle (where it won is under it: PartyWins). Only a
 * party's page shows them: a chunk of its own (ResultsView).
 */
import { memo } from 'react';
import type { Election, Party } from '../../data/electionSchema.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { PartyStats } from './PartyStats.tsx';
import { usePartyProfile } from './usePartyProfile.ts';
import { useTakeFocus } from '../../shared/useTakeFocus.ts';
import { Swatch } from '../../charts/Swatch.tsx';

interface PartyHeadlineProps {
  election: Election;
  party: Party;
  /** Link to a coalition's view (`?coalition=`). */
  coalitionHref: (parties: string[]) => string;
  /** Chosen on the page, not opened cold: the party's figures take the focus (the chart stays where it is). */
  takeFocus: boolean;
}

export const PartyHeadline = memo(function PartyHeadline({ election, party, coalitionHref, takeFocus }: PartyHeadlineProps) {
  const { f } = useI18n();
  const profile = usePartyProfile(election, party.id);
  const title = useTakeFocus<HTMLHeadingElement>(party.id, takeFocus, { scroll: false });
  return (
    <section className="panel party-panel" aria-labelledby="party-title" data-party-view={party.id}>
      <Swatch color={party.color} shape="stripe" />
      <h2 id="party-title" className="party-title" tabIndex={-1} ref={title}>
        {f.text(party.name)}
      </h2>
      {profile && <PartyStats election={election} profile={profile} coalitionHref={coalitionHref} />}
    </section>
  );
});
