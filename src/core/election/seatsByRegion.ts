/** Seats won by each party in each region (province or territory), from the ridings. */
import type { Election, Region } from '../../data/electionSchema.ts';

export interface RegionSeats {
  region: Region;
  total: number;
  /** Seats per party id, only parties that won at least one seat here. */
  byParty: Map<string, number>;
}

/** `result: 'previous'` counts the previous winners of the same ridings (where the data has them). */
export function seatsByRegion(election: Election, result: 'current' | 'previous' = 'current'): RegionSeats[] {
  const rows = new Map<string, RegionSeats>(election.regions.map((region) => [region.id, { region, total: 0, byParty: new Map() }]));
  for (const riding of election.ridings) {
    const row = rows.get(riding.region);
    if (!row) continue;
    row.total += 1;
    const winner = result === 'previous' ? (riding.previousWinner ?? riding.winner) : riding.winner;
    if (winner !== undefined) row.byParty.set(winner, (row.byParty.get(winner) ?? 0) + 1);
  }
  return [...rows.values()].filter((row) => row.total > 0);
}
