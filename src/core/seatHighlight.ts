/**
 * Which seats stay bright for what a view is about: a riding alone, or the
 * seats that match every one of a party, a coalition and a region. Names the
 * data does not know are ignored, so a mistyped link never dims the whole
 * chart (the view says separately that the name is unknown).
 */
import type { PlanSeat } from './seatPlan.ts';

export interface SeatFocus {
  party?: string | undefined;
  riding?: string | undefined;
  region?: string | undefined;
  /** Members of a coalition, already filtered to parties that hold seats. */
  coalition: readonly string[];
}

export interface HighlightLookups {
  /** Riding id → its region id. */
  ridingRegion: ReadonlyMap<string, string>;
  partyIds: ReadonlySet<string>;
  regionIds: ReadonlySet<string>;
}

/** A test for bright seats, or undefined when all seats are bright. */
export function seatHighlight(focus: SeatFocus, known: HighlightLookups): ((seat: PlanSeat) => boolean) | undefined {
  const { party, riding, region, coalition } = focus;
  if (riding !== undefined && known.ridingRegion.has(riding)) return (seat) => seat.riding === riding;
  const tests: ((seat: PlanSeat) => boolean)[] = [];
  if (party !== undefined && known.partyIds.has(party)) tests.push((seat) => seat.party === party);
  if (coalition.length > 0) tests.push((seat) => coalition.includes(seat.party));
  if (region !== undefined && known.regionIds.has(region))
    tests.push((seat) => seat.riding !== undefined && known.ridingRegion.get(seat.riding) === region);
  return tests.length === 0 ? undefined : (seat) => tests.every((test) => test(seat));
}
