/** What "a majority" means for a legislature of `total` seats, and how far a party is from it. */
import type { Seat } from './layoutHemicycle.ts';

/** More than half the seats: ⌊total / 2⌋ + 1. */
export function majorityThreshold(total: number): number {
  return Math.floor(total / 2) + 1;
}

/** Seats still needed for a majority (0 when it is reached). */
export function seatsShortOfMajority(seats: number, total: number): number {
  return Math.max(0, majorityThreshold(total) - seats);
}

/**
 * Angle (radians, π = left) of the radial line where the `threshold`-th seat
 * ends in left-to-right order: halfway between it and the next seat.
 */
export function majorityLineAngle(seats: readonly Seat[], threshold: number): number {
  const last = seats[threshold - 1];
  const next = seats[threshold];
  if (!last) return Math.PI;
  if (!next) return 0;
  return (last.angle + next.angle) / 2;
}

export interface MajorityLine {
  /** Inner end. */
  x1: number;
  y1: number;
  /** Outer end, beyond the outer row. */
  x2: number;
  y2: number;
  /** The line from inner to outer end: two points, or four when it steps around a column of seats. */
  points: readonly (readonly [number, number])[];
}

const polar = (radius: number, angle: number): [number, number] => [radius * Math.cos(angle), -radius * Math.sin(angle)];

/**
 * The majority line: it leaves the first `threshold` seats on its left.
 *
 * Seats of different rows can share an angle (every row with an odd count has
 * one at the top), and the threshold always falls near the top, so a straight
 * radial line would cut through such a column. The line then steps between
 * the two rows where the column splits:
 *
 *            outer │ ·        ← seats after the threshold: right of the line
 *                  └──┐
 *              ·   ·  │ inner ← the column's first seats: left of the line
 */
export function majorityLine(seats: readonly Seat[], threshold: number, overshoot = 0.03): MajorityLine {
  let inner = Infinity;
  let outer = 0;
  for (const s of seats) {
    const radius = Math.hypot(s.x, s.y);
    inner = Math.min(inner, radius - s.r);
    outer = Math.max(outer, radius + s.r);
  }
  if (seats.length === 0) inner = 0;
  const from = Math.max(0, inner - overshoot);
  const to = outer + overshoot;
  const last = seats[threshold - 1];
  const next = seats[threshold];
  const straight = (angle: number): MajorityLine => {
    const [x1, y1] = polar(from, angle);
    const [x2, y2] = polar(to, angle);
    return {
      x1,
      y1,
      x2,
      y2,
      points: [
        [x1, y1],
        [x2, y2],
      ],
    };
  };
  // Every seat needed: the line passes right of the last one, even when it sits at the end of the arc.
  if (last && !next) return straight(last.angle > 0 ? last.angle / 2 : -0.05);
  if (!last || !next || last.angle !== next.angle) return straight(majorityLineAngle(seats, threshold));
  // The threshold splits a column: pass right of it below the split, left of it above.
  const column = last.angle;
  const before = seats.slice(0, threshold).findLast((s) => s.angle !== column);
  const after = seats.slice(threshold).find((s) => s.angle !== column);
  // Halfway to the neighbouring columns; at an end of the arc, as far out as on the other side.
  const halfGap = (before ? before.angle - column : 0) / 2 || (after ? column - after.angle : 0) / 2 || 0.05;
  const leftOf = before ? (before.angle + column) / 2 : column + halfGap;
  const rightOf = after ? (after.angle + column) / 2 : column - halfGap;
  const split = (Math.hypot(last.x, last.y) + Math.hypot(next.x, next.y)) / 2;
  const points = [polar(from, rightOf), polar(split, rightOf), polar(split, leftOf), polar(to, leftOf)] as const;
  const [[x1, y1], , , [x2, y2]] = points;
  return { x1, y1, x2, y2, points };
}
