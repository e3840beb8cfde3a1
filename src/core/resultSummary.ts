/** The one-sentence reading of a result: who came first and how that compares with a majority. */
import type { Election, Party } from '../data/electionSchema.ts';
import { majorityThreshold } from './majority.ts';

export type ResultSummary =
  | { kind: 'majority'; party: Party; seats: number; threshold: number; surplus: number }
  | { kind: 'minority'; party: Party; seats: number; threshold: number; short: number }
  | { kind: 'tie'; parties: Party[]; seats: number; threshold: number };

/** `seatsOf` counts another result on the same House (the previous election's winners of these ridings). */
export function resultSummary(election: Election, seatsOf: (party: Party) => number = (p) => p.seats): ResultSummary {
  const threshold = majorityThreshold(election.totalSeats);
  const most = Math.max(...election.parties.map(seatsOf));
  const leaders = election.parties.filter((p) => seatsOf(p) === most);
  const [party] = leaders;
  if (!party || leaders.length > 1) return { kind: 'tie', parties: leaders, seats: most, threshold };
  return most >= threshold
    ? { kind: 'majority', party, seats: most, threshold, surplus: most - threshold }
    : { kind: 'minority', party, seats: most, threshold, short: threshold - most };
}
