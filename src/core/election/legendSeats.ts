/**
 * The seats per party a legend gives for what the chart draws: a region's
 * seats when one is picked, the previous result's when the chart shows it,
 * and otherwise (undefined) each party's own total.
 */
import type { Election } from '../../data/electionSchema.ts';
import { seatsByRegion } from './seatsByRegion.ts';

export function legendSeats(
  election: Election,
  region: string | undefined,
  result: 'current' | 'previous',
): ReadonlyMap<string, number> | undefined {
  if (region !== undefined) return seatsByRegion(election, result).find((r) => r.region.id === region)?.byParty ?? new Map();
  if (result === 'previous') return new Map(election.previous?.parties.map((p) => [p.id, p.seats]));
  return undefined;
}
