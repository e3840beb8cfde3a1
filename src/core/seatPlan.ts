/**
 * The hemicycle of an election: every seat laid out, dealt to its party's
 * wedge in seating order, and tied to the riding it stands for.
 */
import type { Election } from '../data/electionSchema.ts';
import { assignSeats, type PlacedSeat } from './assignSeats.ts';
import { layoutHemicycle, type HemicycleOptions } from './layoutHemicycle.ts';

export interface PlanSeat extends PlacedSeat {
  /** District number of the riding this seat stands for, when the data has ridings. */
  riding: string | undefined;
}

/** Parties left to right as they sit; the order of `parties` in the data is never changed. */
export function partiesInSeatOrder<P extends { seatOrder: number }>(parties: readonly P[]): P[] {
  return [...parties].sort((a, b) => a.seatOrder - b.seatOrder);
}

/** Each party's ridings, in region order and then by district number, so provinces cluster in a wedge. */
function ridingsByParty(election: Election): Map<string, string[]> {
  const regionRank = new Map(election.regions.map((r, i) => [r.id, i]));
  const sorted = [...election.ridings].sort(
    (a, b) => (regionRank.get(a.region) ?? 0) - (regionRank.get(b.region) ?? 0) || a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
  const byParty = new Map<string, string[]>();
  for (const riding of sorted) {
    const list = byParty.get(riding.winner);
    if (list) list.push(riding.id);
    else byParty.set(riding.winner, [riding.id]);
  }
  return byParty;
}

export function buildSeatPlan(election: Election, options?: HemicycleOptions): PlanSeat[] {
  const seats = layoutHemicycle(election.totalSeats, options);
  const placed = assignSeats(seats, partiesInSeatOrder(election.parties));
  const ridings = ridingsByParty(election);
  return placed.map((seat) => ({ ...seat, riding: ridings.get(seat.party)?.[seat.rank] }));
}
