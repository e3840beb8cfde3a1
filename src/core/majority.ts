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
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The majority line as a radial segment that crosses every row, a little past the outer row. */
export function majorityLine(seats: readonly Seat[], threshold: number, overshoot = 0.06): MajorityLine {
  const angle = majorityLineAngle(seats, threshold);
  let inner = Infinity;
  let outer = 0;
  for (const s of seats) {
    const radius = Math.hypot(s.x, s.y);
    inner = Math.min(inner, radius - s.r);
    outer = Math.max(outer, radius + s.r);
  }
  if (seats.length === 0) inner = 0;
  const from = Math.max(0, inner - overshoot / 2);
  const to = outer + overshoot;
  return {
    x1: from * Math.cos(angle),
    y1: -from * Math.sin(angle),
    x2: to * Math.cos(angle),
    y2: -to * Math.sin(angle),
  };
}
