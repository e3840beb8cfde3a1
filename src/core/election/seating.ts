/**
 * Who sits where, by party: each party's seats in the result drawn (this
 * election's, or the previous winners of the same ridings) and the parties in
 * seating order (`seatOrder`). The rules the chart, the legend and the
 * scoreboard share, so they list parties alike.
 */
import type { Election, Party, Riding } from '../../data/electionSchema.ts';
import { seatsCounted } from '../../data/ridingStatus.ts';
import { seatOrder, type SeatOrdering } from './seatOrder.ts';

export interface SeatingOptions {
  /** Whose seats: this election's winners (default) or the previous election's, on the same ridings. */
  result?: 'current' | 'previous';
  /** Parties seated first, together: a coalition. */
  lead?: readonly string[] | undefined;
  /** Leader left and runner-up right (default), or the data's political order. */
  ordering?: SeatOrdering | undefined;
}

/**
 * Whether the previous result can be seated on this House: every riding knows its previous winner, or, in a file
 * of seats only, the previous election's seats fill the House.
 */
export function hasPreviousSeats(election: Election): boolean {
  const { previous, ridings, totalSeats } = election;
  if (ridings.length === 0) return previous !== undefined && previous.parties.reduce((sum, p) => sum + p.seats, 0) === totalSeats;
  return ridings.length === totalSeats && ridings.every((r) => r.previousWinner !== undefined);
}

export const previousWinnerOf = (r: Riding) => r.previousWinner ?? r.winner;

/**
 * Each party's seats in the result drawn: this election's (won and, on a night in progress, led), or the
 * previous winners of the same ridings (the previous election's seats, in a file of seats only).
 */
export function seatCounts(election: Election, result: 'current' | 'previous' = 'current'): Map<string, number> {
  if (result === 'current') return new Map(election.parties.map((p) => [p.id, seatsCounted(p)]));
  // A file of seats only tells the previous result by party alone.
  if (election.ridings.length === 0) return new Map(election.previous?.parties.map((p) => [p.id, p.seats]));
  const counts = new Map<string, number>();
  for (const r of election.ridings) {
    const winner = previousWinnerOf(r);
    if (winner !== undefined) counts.set(winner, (counts.get(winner) ?? 0) + 1);
  }
  return counts;
}

export function seatCounter(election: Election, previous: boolean): (party: Party) => number {
  const counts = seatCounts(election, previous ? 'previous' : 'current');
  return (p) => counts.get(p.id) ?? 0;
}

/** A view's seating, worked out once (resolveView): the chart deals its seats in this order, its legend lists it. */
export interface Seating {
  /** The parties left to right as the chart seats them, those without seats last. */
  parties: Party[];
  /** The party with the most seats in the result drawn (ties by votes): whose race to a majority the scoreboard shows when no coalition is picked. */
  leader: Party | undefined;
}

export function seatingOf(election: Election, options: SeatingOptions = {}): Seating {
  const parties = partiesInSeatOrder(election, options);
  const byResult = (options.ordering ?? 'result') === 'result' && (options.lead ?? []).length === 0;
  // Seated by result with no coalition, the leader sits first; otherwise the result's order says who leads.
  const leader = byResult ? parties[0] : partiesInSeatOrder(election, { result: options.result })[0];
  return { parties, leader };
}

/**
 * The parties left to right as the chart seats them (see `seatOrder`), those
 * without seats last: the order of the legend and the scoreboard too.
 */
export function partiesInSeatOrder(election: Election, options: SeatingOptions = {}): Party[] {
  const previous = options.result === 'previous' && hasPreviousSeats(election);
  return seatOrder(election.parties, seatCounter(election, previous), options);
}
