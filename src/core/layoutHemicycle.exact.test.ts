/**
 * Exact positions for small houses, worked out by hand from the rules in layoutHemicycle.ts (inner radius 0.4,
 * fill 0.8), as d3-shape pins its paths: one row of radius 0.7 holds up to 4 seats of radius 0.24; from 5
 * seats, two rows of radius 0.55 (room for 6) and 0.85 (room for 9), seats of radius 0.12, dealt in
 * proportion by largest remainder. Seats come back left to right; at equal angles the inner row first.
 */
import { describe, expect, it } from 'vitest';
import { layoutHemicycle } from './layoutHemicycle.ts';
import { majorityLine, majorityThreshold } from './majority.ts';

const S3 = Math.sqrt(3) / 2;

// [x, y, row] per seat, left to right.
const CASES: [n: number, r: number, seats: [number, number, number][]][] = [
  [1, 0.24, [[0, -0.7, 0]]],
  [
    2,
    0.24,
    [
      [-0.7, 0, 0],
      [0.7, 0, 0],
    ],
  ],
  [
    3,
    0.24,
    [
      [-0.7, 0, 0],
      [0, -0.7, 0],
      [0.7, 0, 0],
    ],
  ],
  [
    4,
    0.24,
    [
      [-0.7, 0, 0],
      [-0.35, -0.7 * S3, 0],
      [0.35, -0.7 * S3, 0],
      [0.7, 0, 0],
    ],
  ],
  // 5 × 6/15 = 2 and 5 × 9/15 = 3: two seats inside, three outside.
  [
    5,
    0.12,
    [
      [-0.55, 0, 0],
      [-0.85, 0, 1],
      [0, -0.85, 1],
      [0.55, 0, 0],
      [0.85, 0, 1],
    ],
  ],
  // 2.4 and 3.6: the larger remainder (outer row) takes the sixth seat.
  [
    6,
    0.12,
    [
      [-0.55, 0, 0],
      [-0.85, 0, 1],
      [-0.425, -0.85 * S3, 1],
      [0.425, -0.85 * S3, 1],
      [0.55, 0, 0],
      [0.85, 0, 1],
    ],
  ],
  // 2.8 and 4.2: now the inner row has the larger remainder and takes the seventh.
  [
    7,
    0.12,
    [
      [-0.55, 0, 0],
      [-0.85, 0, 1],
      [-0.425, -0.85 * S3, 1],
      [0, -0.55, 0],
      [0.425, -0.85 * S3, 1],
      [0.55, 0, 0],
      [0.85, 0, 1],
    ],
  ],
];

describe('layoutHemicycle, exact positions for 1 to 7 seats', () => {
  it.each(CASES)('%i seats', (n, r, expected) => {
    const seats = layoutHemicycle(n);
    expect(seats).toHaveLength(expected.length);
    seats.forEach((seat, i) => {
      const [x, y, row] = expected[i]!;
      expect(seat.index).toBe(i);
      expect(seat.row).toBe(row);
      expect(seat.x).toBeCloseTo(x, 12);
      expect(seat.y).toBeCloseTo(y, 12);
      expect(seat.r).toBeCloseTo(r, 12);
    });
  });
});

describe('majorityLine, exactly, on 3 seats', () => {
  it('passes halfway between the 2nd seat (top) and the 3rd (right end), from just inside the seats to just outside', () => {
    const seats = layoutHemicycle(3);
    expect(majorityThreshold(3)).toBe(2);
    const line = majorityLine(seats, 2);
    // At π/4; the seats span radii 0.7 ± 0.24, and the line overshoots them by 0.03 at each end.
    const c = Math.SQRT1_2;
    expect(line.points).toHaveLength(2);
    expect(line.x1).toBeCloseTo(0.43 * c, 12);
    expect(line.y1).toBeCloseTo(-0.43 * c, 12);
    expect(line.x2).toBeCloseTo(0.97 * c, 12);
    expect(line.y2).toBeCloseTo(-0.97 * c, 12);
  });
});
