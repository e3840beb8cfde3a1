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

/** What the data knows, by id: the lookups a chart keeps anyway. */
export interface HighlightLookups {
  ridings: ReadonlyMap<string, { region: string }>;
  parties: ReadonlyMap<string, unknown>;
  regions: ReadonlyMap<string, unknown>;
}

/** A test for bright seats, or undefined when all seats are bright. */
export function seatHighlight(
  focus: SeatFocus,
  known: HighlightLookups,
): ((seat: Pick<PlanSeat, 'riding' | 'party'>) => boolean) | undefined {
  const { party, riding, region, coalition } = focus;
  if (riding !== undefined && known.ridings.has(riding)) return (seat) => seat.riding === riding;
  const tests: ((seat: Pick<PlanSeat, 'riding' | 'party'>) => boolean)[] = [];
  if (party !== undefined && known.parties.has(party)) tests.push((seat) => seat.party === party);
  if (coalition.length > 0) tests.push((seat) => coalition.includes(seat.party));
  if (region !== undefined && known.regions.has(region))
    tests.push((seat) => seat.riding !== undefined && known.ridings.get(seat.riding)?.region === region);
  return tests.length === 0 ? undefined : (seat) => tests.every((test) => test(seat));
}
