/** One row per party: seats, votes and change since the previous election, largest first. */
import type { Election, Party } from '../../data/electionSchema.ts';
import { isCounting, previousSeatsSoFar, seatsCounted } from '../../data/ridingStatus.ts';

export interface PartyResult {
  party: Party;
  /** Won, plus led while the count goes on (`seatsCounted`). */
  seats: number;
  /** Of those, the ones only led: 0 once the count is over. */
  leading: number;
  seatShare: number;
  /** Unknown in a file that gives seats only. */
  votes: number | undefined;
  voteShare: number | undefined;
  /** Seats at the previous election, when the data has one: in the ridings counted so far, on a night in progress. */
  previousSeats: number | undefined;
  /** Seats won minus previous seats. */
  seatChange: number | undefined;
  /** Vote share minus previous vote share, in fractions of 1. */
  voteShareChange: number | undefined;
}

export function partyResults(election: Election): PartyResult[] {
  const previous = new Map(election.previous?.parties.map((p) => [p.id, p]));
  const counting = isCounting(election);
  const rows = election.parties.map((party): PartyResult => {
    const before = election.previous ? previous.get(party.id) : undefined;
    const previousSeats = previousSeatsSoFar(election, party.id);
    const seats = seatsCounted(party);
    return {
      party,
      seats,
      leading: counting ? (party.leading ?? 0) : 0,
      seatShare: seats / election.totalSeats,
      votes: party.votes,
      voteShare: party.voteShare,
      previousSeats,
      seatChange: previousSeats === undefined ? undefined : seats - previousSeats,
      // Only where both shares are known: a party new since last time had none then.
      voteShareChange:
        election.previous && party.voteShare !== undefined && (before === undefined || before.voteShare !== undefined)
          ? party.voteShare - (before?.voteShare ?? 0)
          : undefined,
    };
  });
  // Stable sort: ties keep the data's order, so legends never reshuffle.
  return rows.sort((a, b) => b.seats - a.seats || (b.votes ?? 0) - (a.votes ?? 0));
}

/** One party's result, or undefined for a party the election does not have. */
export function partyResult(election: Election, partyId: string): PartyResult | undefined {
  return partyResults(election).find((r) => r.party.id === partyId);
}
