/**
 * What a results page may not say on a night still counting: a majority that the declared seats do not make,
 * or a majority missed that the seats not yet declared could still bring. The words are the pages' own, in
 * both languages; a test reads a page's text (spaces normalised) and asks for the calls it makes that the
 * count has not settled. Used by the property test over random nights (scripts/site/unsettledClaims.test.ts)
 * and by the replayed night in the browser (e2e/election-night.spec.ts).
 */
import { majorityOf } from '../core/election/majority.ts';
import { partiesStanding, undeclaredSeats } from '../core/election/majorityStanding.ts';
import { isCounting, seatsCounted } from '../data/ridingStatus.ts';
import type { Election } from '../data/electionSchema.ts';

/** Words that call a majority won ("if the leads hold" is no call). */
const MAJORITY = [
  /[,:] a majority(?! if the leads hold)/,
  /\bwon a majority/,
  /\bReached:/,
  /minimal majority coalition(?!, if the leads hold)/,
  /Majority coalitions that include this party(?!, if the leads hold)/,
  /[,:] (?:une )?majorité(?! si les avances se maintiennent)/,
  /a obtenu la majorité/,
  /\bAtteinte :/,
  /coalitions majoritaires minimales(?!, si les avances se maintiennent)/,
  /Coalitions majoritaires qui comprennent ce parti(?!, si les avances se maintiennent)/,
];

/** Words that call a majority missed. */
const MINORITY = [
  /a minority/,
  /no party has a majority/,
  /can no longer win/,
  /out of reach/,
  /minoritaire/,
  /aucun parti n’a la majorité/,
  /ne peut plus/,
  /hors d’atteinte/,
];

/** Each call found, with the words around it. */
const callsIn = (patterns: readonly RegExp[], text: string): string[] =>
  patterns.flatMap((p) => {
    const at = text.search(p);
    return at < 0 ? [] : [`${String(p)} in “…${text.slice(Math.max(0, at - 80), at + 80)}…”`];
  });

/** Spaces as a reader sees them: no-break spaces are spaces, runs of space one. */
const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/**
 * The calls `text` makes that `election`'s count has not settled. `pick`: the coalition the page shows, when it
 * shows one. A final result is settled through and through (what it says of majorities is arithmetic, tested
 * where it is computed).
 */
export function unsettledCalls(text: string, election: Election, pick: readonly string[] = []): { majority: string[]; minority: string[] } {
  const words = plainSpaces(text);
  const calls = { majority: callsIn(MAJORITY, words), minority: callsIn(MINORITY, words) };
  if (!isCounting(election)) return { majority: [], minority: [] };
  const threshold = majorityOf(election);
  const coalition = election.parties.filter((p) => pick.includes(p.id));
  const [leader] = [...election.parties].sort((a, b) => seatsCounted(b) - seatsCounted(a) || (b.votes ?? 0) - (a.votes ?? 0));
  // Settled: a party's (or the coalition's) declared seats reach the threshold; or the leader (or the coalition)
  // cannot reach it even with every seat not yet declared.
  const won =
    election.parties.some((p) => p.seats >= threshold) ||
    (coalition.length > 0 && partiesStanding(election, coalition).standing === 'majority');
  const lost = (parties: readonly { seats: number }[]) =>
    parties.length > 0 && parties.reduce((sum, p) => sum + p.seats, 0) + undeclaredSeats(election) < threshold;
  return { majority: won ? [] : calls.majority, minority: lost(leader ? [leader] : []) || lost(coalition) ? [] : calls.minority };
}

/** Every call `text` makes, settled or not: a test shows its words are the pages' own by finding some. */
export const allCalls = (text: string): string[] => [...callsIn(MAJORITY, plainSpaces(text)), ...callsIn(MINORITY, plainSpaces(text))];
