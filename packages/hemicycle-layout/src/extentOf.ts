import type { Extent, Seat } from './types.ts';

/** The box that holds every mark (every seat has the same radius); an empty one at the origin for no seats. */
export function extentOf(seats: readonly Seat[]): Extent {
  if (seats.length === 0) return { minX: 0, minY: 0, width: 0, height: 0 };
  const r = seats[0]!.r;
  const xs = seats.map((s) => s.x);
  const ys = seats.map((s) => s.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs) - r, Math.max(...xs) + r, Math.min(...ys) - r, Math.max(...ys) + r];
  return { minX, minY, width: maxX - minX, height: maxY - minY };
}
