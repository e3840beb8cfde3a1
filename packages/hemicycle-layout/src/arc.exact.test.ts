/**
 * Exact positions for small houses, worked out by hand from the rules in arc.ts (inner radius 0.4,
 * fill 0.8), as d3-shape pins its paths: one row of radius 0.7 holds up to 4 seats of radius 0.24; from 5
 * seats, two rows of radius 0.55 (room for 6) and 0.85 (room for 9), seats of radius 0.12, dealt in
 * proportion by largest remainder. Seats come back left to right; at equal angles the inner row first.
 */
import { describe, expect, it } from 'vitest';
import { arc } from './arc.ts';

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

describe('arc, exact positions for 1 to 7 seats', () => {
  it.each(CASES)('%i seats', (n, r, expected) => {
    const seats = arc(n).seats;
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

describe('arc parted at a threshold that splits its one row, exactly: 3 seats, threshold 2', () => {
  // θ = π − π · 2/3 = π/3. One row (radius 0.7, spacing 0.6) holds them: the gutter is two spacings, 1.2, a
  // chord of 2·asin(6/7) at that radius, so the seats either side of θ sit asin(6/7) from it. Left of the line,
  // 2 seats from π down to π/3 + asin(6/7); right of it, 1 seat, alone, at the end (angle 0).
  const { seats, boundary, extent } = arc(3, { threshold: 2 });
  const middle = Math.PI / 3 + Math.asin(6 / 7);

  it('places the seats', () => {
    expect(seats.map((s) => s.row)).toEqual([0, 0, 0]);
    expect(seats.map((s) => s.angle)).toEqual([Math.PI, middle, 0]);
    seats.forEach((s, i) => {
      expect(s.r).toBeCloseTo(0.24, 12);
      expect(s.x).toBeCloseTo(0.7 * Math.cos(s.angle), 12);
      expect(s.y).toBeCloseTo(-0.7 * Math.sin(s.angle), 12);
      expect(s.index).toBe(i);
    });
  });

  it('draws the line straight at π/3, from 0.03 inside the seats to 0.03 outside (0.7 ± 0.24 ± 0.03)', () => {
    const [c, s] = [0.5, Math.sqrt(3) / 2];
    expect(boundary!.points).toHaveLength(2);
    expect(boundary!.x1).toBeCloseTo(0.43 * c, 12);
    expect(boundary!.y1).toBeCloseTo(-0.43 * s, 12);
    expect(boundary!.x2).toBeCloseTo(0.97 * c, 12);
    expect(boundary!.y2).toBeCloseTo(-0.97 * s, 12);
  });

  it('gives the box of the marks: from the left seat to the right one, the middle seat on top', () => {
    expect(extent.minX).toBeCloseTo(-0.94, 12);
    expect(extent.width).toBeCloseTo(1.88, 12);
    expect(extent.minY).toBeCloseTo(-0.7 * Math.sin(middle) - 0.24, 12);
    expect(extent.minY + extent.height).toBeCloseTo(0.24, 12);
  });
});

describe('arc of other angles and rows, exactly', () => {
  it('spans 90° centred on the top: 2 seats at 135° and 45° in one row, a third opens a second row', () => {
    // A row of radius 0.7 steps 2·asin(3/7) ≈ 0.886 between seats 0.6 apart: π/2 holds one step, so 2 seats.
    const { seats } = arc(2, { arc: 90 });
    expect(seats.map((s) => s.angle)).toEqual([(3 * Math.PI) / 4, Math.PI / 4]);
    expect(seats.map((s) => s.row)).toEqual([0, 0]);
    expect(new Set(arc(3, { arc: 90 }).seats.map((s) => s.row))).toEqual(new Set([0, 1]));
  });

  it('puts 4 seats in 2 rows when asked, the outer row taking the larger share', () => {
    const { seats } = arc(4, { rows: 2 });
    // Radii 0.55 and 0.85: capacities 6 and 9 at a spacing of 0.3, so 4 × 6/15 = 1.6 → 2 and 2.4 → 2.
    expect(seats.map((s) => [s.row, Math.round(Math.hypot(s.x, s.y) * 100) / 100])).toEqual([
      [0, 0.55],
      [1, 0.85],
      [0, 0.55],
      [1, 0.85],
    ]);
    expect(seats[0]!.r).toBeCloseTo(0.12, 12);
  });

  it('shrinks the seats when the rows asked for cannot hold them at full size, keeping the row at the rim', () => {
    // One row at full size (radius 0.7, seats 0.6 apart) holds 4. For 10, the spacing d shrinks until 9 steps
    // fill π on the row, now at radius 1 − d/2: d / (2 − d) = sin(π/18).
    const { seats } = arc(10, { rows: 1 });
    expect(new Set(seats.map((s) => s.row))).toEqual(new Set([0]));
    const sin = Math.sin(Math.PI / 18);
    const d = (2 * sin) / (1 + sin);
    expect(seats[0]!.r).toBeCloseTo((0.8 * d) / 2, 9);
    expect(Math.hypot(seats[0]!.x, seats[0]!.y)).toBeCloseTo(1 - d / 2, 9);
  });

  it('closes a full circle with a gutter at its seam, and the boundary encloses the first seats', () => {
    const { seats, boundary } = arc(12, { arc: 360, threshold: 7 });
    // The seam is at the bottom (angle 3π/2, and −π/2): no two seats meet across it.
    const first = seats[0]!;
    const last = seats.at(-1)!;
    expect(Math.hypot(first.x - last.x, first.y - last.y)).toBeGreaterThan(first.r * 2);
    // In along the seam, round the hollow's rim on the first seats' side, out along θ = 3π/2 − 2π · 7/12 = π/3.
    const points = boundary!.points;
    const angleOf = ([x, y]: readonly [number, number]) => Math.atan2(-y, x);
    const radius = ([x, y]: readonly [number, number]) => Math.hypot(x, y);
    expect(angleOf(points[0]!)).toBeCloseTo(-Math.PI / 2, 12);
    expect(angleOf(points.at(-1)!)).toBeCloseTo(Math.PI / 3, 12);
    const rim = points.slice(1, -1);
    expect(rim.every((p) => Math.abs(radius(p) - radius(rim[0]!)) < 1e-12)).toBe(true);
    // Round the left: through angle π (x < 0), never across the hollow.
    expect(Math.min(...rim.map(([x]) => x))).toBeCloseTo(-radius(rim[0]!), 2);
    expect(seats.filter((s) => s.angle > Math.PI / 3).map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
