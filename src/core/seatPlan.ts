/**
 * The hemicycle of an election: every seat laid out, dealt to its party's
 * wedge in seating order, and tied to the riding it stands for. The same
 * ridings can be dealt by this election's winners or by the previous
 * election's, and a coalition's parties can be seated together on the left.
 */
import type { Election, Riding } from '../data/electionSchema.ts';
import { assignSeats, type PlacedSeat } from './assignSeats.ts';
import { layoutHemicycle } from './layoutHemicycle.ts';

export interface PlanSeat extends PlacedSeat {
  /** District number of the riding this seat stands for, when the data has ridings. */
  riding: string | undefined;
  /** The riding changed hands since the previous election. */
  flipped: boolean;
}

export interface SeatPlanOptions {
  /** Whose seats: this election's winners (default) or the previous election's, on the same ridings. */
  result?: 'current' | 'previous';
  /** Parties seated first, together, in their usual order: a coalition. */
  lead?: readonly string[];
}

/** Parties left to right as they sit; the order of `parties` in the data is never changed. */
export function partiesInSeatOrder<P extends { seatOrder: number }>(parties: readonly P[]): P[] {
  return [...parties].sort((a, b) => a.seatOrder - b.seatOrder);
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

export function buildSeatPlan(election: Election, options: SeatPlanOptions = {}): PlanSeat[] {
  const previous = options.result === 'previous' && hasPreviousSeats(election);
  const winnerOf = previous ? (r: Riding) => r.previousWinner ?? r.winner : (r: Riding) => r.winner;
  const ridings = ridingsByParty(election, winnerOf);
  const lead = new Set(options.lead);
  const ordered = partiesInSeatOrder(election.parties);
  const groups = [...ordered.filter((p) => lead.has(p.id)), ...ordered.filter((p) => !lead.has(p.id))].map((p) => ({
    id: p.id,
    seats: previous ? (ridings.get(p.id)?.length ?? 0) : p.seats,
  }));
  const placed = assignSeats(layoutHemicycle(election.totalSeats), groups);
  return placed.map((seat) => {
    const riding = ridings.get(seat.party)?.[seat.rank];
    return { ...seat, riding: riding?.id, flipped: riding ? isFlip(riding) : false };
  });
}
