/** The document title of each view: the party or riding and its result, then the election. */
import type { PartyResult } from '../core/election/partyResults.ts';
import type { Election, Riding } from '../data/electionSchema.ts';
import type { I18n } from '../i18n/I18nContext.tsx';
import { lookupOf } from '../core/election/electionLookup.ts';
import { isCounting } from '../data/ridingStatus.ts';

export function viewTitle({ t, f }: I18n, election: Election, party?: PartyResult, riding?: Riding, onMap = false): string {
  const electionName = f.text(election.name);
  if (party)
    return t.partyPageTitle(f, {
      party: f.text(party.party.shortName),
      seats: party.seats,
      counting: isCounting(election),
      election: electionName,
    });
  if (riding) {
    const id = riding.winner;
    if (id === undefined) return t.riding.pageTitleNoResult({ riding: f.text(riding.name), election: electionName });
    const party = f.text(lookupOf(election).partyName(id));
    // A lead is not a win: "Terrebonne: Bloc leading by 12 votes", or "tied for the lead".
    if (riding.status === 'leading')
      return `${t.seatDetail.leadingLabel(f, { riding: f.text(riding.name), party, margin: riding.margin })} · ${electionName}`;
    return t.riding.pageTitle(f, { riding: f.text(riding.name), party, margin: riding.margin, election: electionName });
  }
  return t.pageTitle(onMap ? t.mapPageTitle(electionName) : electionName);
}
