/** The one-sentence reading of a result: who came first and how that compares with a majority. */
import type { Election, Party } from '../../data/electionSchema.ts';
import { majorityOf, seatsShortOfMajority } from './majority.ts';
import { partiesStanding, type Standing } from './majorityStanding.ts';
import { isCounting, seatsCounted } from '../../data/ridingStatus.ts';

export type ResultSummary =
  /** A night in progress: the party ahead in the most ridings (won or led), and the ridings still to report. */
  | {
      kind: 'counting';
      party: Party;
      seats: number;
      /** Of `seats`, those declared; and whether they (or only the leads) make a majority, or cannot. */
      elected: number;
      standing: Standing;
      total: number;
      toReport: number;
      stillCounting: number;
      threshold: number;
    }
  /** A night in progress, once a party's declared seats alone make a majority. */
  | { kind: 'clinched'; party: Party; seats: number; threshold: number }
  | { kind: 'majority'; party: Party; seats: number; threshold: number; surplus: number }
  | { kind: 'minority'; party: Party; seats: number; threshold: number; short: number }
  | { kind: 'tie'; parties: Party[]; seats: number; threshold: number };

/** `seatsOf` counts another result on the same House (the previous election's winners of these ridings). */
export function resultSummary(election: Election, seatsOf?: (party: Party) => number): ResultSummary {
  const threshold = majorityOf(election);
  // This election's count still going on: the sentence says who is ahead, never who won, until a party has.
  if (!seatsOf && isCounting(election)) {
    const ahead = seatsCounted;
    const [party] = [...election.parties].sort((a, b) => ahead(b) - ahead(a) || (b.votes ?? 0) - (a.votes ?? 0));
    const clinched = election.parties.find((p) => p.seats >= threshold);
    if (clinched) return { kind: 'clinched', party: clinched, seats: clinched.seats, threshold };
    if (party) {
      const toReport = election.ridings.filter((r) => r.status === 'pending').length;
      const stillCounting = election.ridings.filter((r) => r.status === 'leading').length;
      const { standing } = partiesStanding(election, [party]);
      return {
        kind: 'counting',
        party,
        seats: ahead(party),
        elected: party.seats,
        standing,
        total: election.totalSeats,
        toReport,
        stillCounting,
        threshold,
      };
    }
  }
  seatsOf ??= (p) => p.seats;
  const most = Math.max(...election.parties.map(seatsOf));
  const leaders = election.parties.filter((p) => seatsOf(p) === most);
  const [party] = leaders;
  if (!party || leaders.length > 1) return { kind: 'tie', parties: leaders, seats: most, threshold };
  return most >= threshold
    ? { kind: 'majority', party, seats: most, threshold, surplus: most - threshold }
    : { kind: 'minority', party, seats: most, threshold, short: seatsShortOfMajority(most, election) };
}
