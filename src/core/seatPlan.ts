/**
 * The hemicycle of an election: every seat laid out, dealt to its party's
 * wedge in seating order, and tied to the riding it stands for. The same
 * ridings can be dealt by this election's winners or by the previous
 * election's, and a coalition's parties can be seated together on the left.
 */
import type { Election, Party, Riding } from '../data/electionSchema.ts';
import { assignSeats, type PlacedSeat } from './assignSeats.ts';
import { layoutHemicycle } from './layoutHemicycle.ts';
import { seatOrder, type SeatOrdering } from './seatOrder.ts';

export interface PlanSeat extends PlacedSeat {
  /** District number of the riding this seat stands for, when the data has ridings. */
  riding: string | undefined;
  /** The riding changed hands since the previous election. */
  flipped: boolean;
}

export interface SeatPlanOptions {
  /** Whose seats: this election's winners (default) or the previous election's, on the same ridings. */
  result?: 'current' | 'previous';
  /** Parties seated first, together: a coalition. */
  lead?: readonly string[] | undefined;
  /** Leader left and runner-up right (default), or the data's political order. */
  ordering?: SeatOrdering | undefined;
}

/** Whether every riding knows its previous winner, so the previous result can be seated. */
export function hasPreviousSeats(election: Election): boolean {
  return election.ridings.length === election.totalSeats && election.ridings.every((r) => r.previousWinner !== undefined);
}

const isFlip = (r: Riding) => r.previousWinner !== undefined && r.previousWinner !== r.winner;

/** Each party's ridings, in region order and then by district number, so provinces cluster in a wedge. */
function ridingsByParty(election: Election, winnerOf: (r: Riding) => string): Map<string, Riding[]> {
  const regionRank = new Map(election.regions.map((r, i) => [r.id, i]));
  // One collator for the whole sort: localeCompare with options builds a new one on every call.
  const byDistrict = new Intl.Collator('en', { numeric: true }).compare;
  const sorted = [...election.ridings].sort(
    (a, b) => (regionRank.get(a.region) ?? 0) - (regionRank.get(b.region) ?? 0) || byDistrict(a.id, b.id),
  );
  const byParty = new Map<string, Riding[]>();
  for (const riding of sorted) {
    const party = winnerOf(riding);
    const list = byParty.get(party);
    if (list) list.push(riding);
    else byParty.set(party, [riding]);
  }
  return byParty;
}

/** Each party's seats in the result drawn: this election's totals, or the previous winners of the same ridings. */
export function seatCounts(election: Election, result: 'current' | 'previous' = 'current'): Map<string, number> {
  if (result === 'current') return new Map(election.parties.map((p) => [p.id, p.seats]));
  const counts = new Map<string, number>();
  for (const r of election.ridings) {
    const winner = r.previousWinner ?? r.winner;
    counts.set(winner, (counts.get(winner) ?? 0) + 1);
  }
  return counts;
}

function seatCounter(election: Election, previous: boolean): (party: Party) => number {
  const counts = seatCounts(election, previous ? 'previous' : 'current');
  return (p) => counts.get(p.id) ?? 0;
}

/**
 * The parties left to right as the chart seats them (see `seatOrder`), those
 * without seats last: the order of the legend and the scoreboard too.
 */
export function partiesInSeatOrder(election: Election, options: SeatPlanOptions = {}): Party[] {
  const previous = options.result === 'previous' && hasPreviousSeats(election);
  return seatOrder(election.parties, seatCounter(election, previous), options);
}

export function buildSeatPlan(election: Election, options: SeatPlanOptions = {}): PlanSeat[] {
  const previous = options.result === 'previous' && hasPreviousSeats(election);
  const winnerOf = previous ? (r: Riding) => r.previousWinner ?? r.winner : (r: Riding) => r.winner;
  const ridings = ridingsByParty(election, winnerOf);
  const count = seatCounter(election, previous);
  const groups = seatOrder(election.parties, count, options).map((p) => ({ id: p.id, seats: count(p) }));
  const placed = assignSeats(layoutHemicycle(election.totalSeats), groups);
  return placed.map((seat) => {
    const riding = ridings.get(seat.party)?.[seat.rank];
    return { ...seat, riding: riding?.id, flipped: riding ? isFlip(riding) : false };
  });
}
