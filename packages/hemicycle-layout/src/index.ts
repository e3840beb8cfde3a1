/**
 * hemicycle-layout: where every seat of a parliament chart goes, and the line a majority must cross. No
 * dependencies, no DOM: positions in a unit frame that an SVG's viewBox scales to any size.
 */
export { arc, type ArcOptions } from './arc.ts';
export { assignSeats, type PlacedSeat, type SeatGroup } from './assignSeats.ts';
export { benches, type BenchesOptions } from './benches.ts';
export { nearestSeat } from './nearestSeat.ts';
export { seatForKey } from './seatForKey.ts';
export type { Boundary, Extent, Layout, Seat } from './types.ts';
