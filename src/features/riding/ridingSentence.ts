/**
 * A riding's headline sentence: who won it (or leads it), by how much and over whom. Said once, for the riding
 * page (where the winner's party is a link) and its picture (where it is text).
 */
import type { ReactNode } from 'react';
import { lookupOf } from '../../core/election/electionLookup.ts';
import { ridingResult } from '../../core/election/ridingResult.ts';
import { isTiedLead } from '../../data/ridingStatus.ts';
import type { Election, Riding } from '../../data/electionSchema.ts';
import type { I18n } from '../../i18n/I18nContext.tsx';
import { RIDING_DETAIL_WORDS } from '../../i18n/words/ridingDetail.ts';

/** `winnerParty` writes the winner's party (a link on the page); the sentence is in parts when it is not text. */
export function ridingSentence<T extends ReactNode = string>(
  { f }: Pick<I18n, 'f'>,
  election: Election,
  riding: Riding,
  winnerParty: (name: string, id: string) => T,
): string | readonly (string | T)[] {
  const words = RIDING_DETAIL_WORDS[f.lang];
  const { candidates, runnerUp } = ridingResult(riding);
  const { partyName } = lookupOf(election);
  const [first] = candidates;
  const party = (id: string) => f.text(partyName(id));
  if (riding.winner === undefined || !first) return words.summaryNone;
  if (!runnerUp) return words.summaryUnopposed(first.name, winnerParty(party(first.party), first.party)) as (string | T)[];
  if (isTiedLead(riding)) return words.summaryTied(first.name, party(first.party), runnerUp.name, party(runnerUp.party));
  return words.summary(f, {
    leading: riding.status === 'leading',
    winner: first.name,
    party: winnerParty(party(first.party), first.party),
    margin: riding.margin,
    runnerUp: runnerUp.name,
    runnerUpParty: party(runnerUp.party),
  }) as (string | T)[];
}
