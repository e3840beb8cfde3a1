/**
 * The seat a tap means. A seat on a phone is a few pixels wide, smaller than a
 * fingertip: a tap anywhere within `reach` of a seat's centre picks the
 * nearest seat, so seats are as easy to hit as the gaps between them allow.
 */
import type { Seat } from './types.ts';

/** Index of the seat nearest (x, y) within `reach` (frame units), or null when none is that close. */
export function nearestSeat(seats: readonly Pick<Seat, 'x' | 'y' | 'index'>[], x: number, y: number, reach: number): number | null {
  let best: number | null = null;
  let bestDistance = reach;
  for (const seat of seats) {
    const distance = Math.hypot(seat.x - x, seat.y - y);
    if (distance <= bestDistance) {
      best = seat.index;
      bestDistance = distance;
    }
  }
  return best;
}
