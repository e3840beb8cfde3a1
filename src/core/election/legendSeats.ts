/**
 * The seats per party a legend gives for what the chart draws: a region's
 * seats when one is picked, the previous result's when the chart shows it,
 * and otherwise (undefined) each party's own total.
 */
import type { Election } from '../../data/electionSchema.ts';
import { seatCounts } from './seating.ts';
import { seatsByRegion } from './seatsByRegion.ts';

export function legendSeats(
  election: Election,
  region: string | undefined,
  result: 'current' | 'previous',
): ReadonlyMap<string, number> | undefined {
  if (region !== undefined) return seatsByRegion(election, result).find((r) => r.region.id === region)?.byParty ?? new Map();
  // The previous result as the chart seats it, from the ridings' previous winners (the file's own tally agrees: checkElectionConsistency).
  if (result === 'previous') return seatCounts(election, 'previous');
  return undefined;
}
