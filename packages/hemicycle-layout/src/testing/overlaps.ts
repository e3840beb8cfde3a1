/** For tests: the one "no two marks overlap" check, for every layout. */
import type { Seat } from '../types.ts';

const TOLERANCE = 1e-9;

/** Pairs of seats whose marks overlap, found through a grid of cells one seat wide. */
export function overlaps(seats: readonly Seat[]): number {
  const size = 2 * (seats[0]?.r ?? 1);
  const cell = (cx: number, cy: number) => cx * 100_003 + cy;
  const grid = new Map<number, Seat[]>();
  let found = 0;
  for (const s of seats) {
    const cx = Math.floor(s.x / size);
    const cy = Math.floor(s.y / size);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const o of grid.get(cell(cx + dx, cy + dy)) ?? []) if (Math.hypot(o.x - s.x, o.y - s.y) < s.r + o.r - TOLERANCE) found++;
    const list = grid.get(cell(cx, cy));
    if (list) list.push(s);
    else grid.set(cell(cx, cy), [s]);
  }
  return found;
}
