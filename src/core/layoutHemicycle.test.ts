import { describe, expect, it } from 'vitest';
import { hemicycleExtent, layoutHemicycle, type Seat } from './layoutHemicycle.ts';

const TOLERANCE = 1e-9;

/** Pairs of seats whose marks overlap, found through a grid of cells one seat wide. */
function overlaps(seats: readonly Seat[]): number {
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

function isMirrored(seats: readonly Seat[]): boolean {
  // Rounding to 1e-6 and adding 0 turns −0 into 0, so a seat on the axis mirrors itself.
  const round = (v: number) => Math.round(v * 1e6) + 0;
  const key = (x: number, y: number) => `${round(x)},${round(y)}`;
  const positions = new Set(seats.map((s) => key(s.x, s.y)));
  return seats.every((s) => positions.has(key(-s.x, s.y)));
}

describe('layoutHemicycle', () => {
  it('places every seat, without overlap, symmetric, for every count from 1 to 3000', () => {
    const failures: string[] = [];
    for (let n = 1; n <= 3000; n++) {
      const seats = layoutHemicycle(n);
      if (seats.length !== n) failures.push(`n=${n}: ${seats.length} seats`);
      if (overlaps(seats) > 0) failures.push(`n=${n}: overlapping seats`);
      if (!isMirrored(seats)) failures.push(`n=${n}: not symmetric`);
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('keeps every mark inside the unit half-disc frame', () => {
    for (const n of [1, 2, 7, 343, 650, 2999]) {
      for (const s of layoutHemicycle(n)) {
        expect(Math.hypot(s.x, s.y) + s.r).toBeLessThanOrEqual(1 + TOLERANCE);
        expect(s.y).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('orders seats left to right by angle, indices matching positions', () => {
    const seats = layoutHemicycle(343);
    seats.forEach((s, i) => {
      expect(s.index).toBe(i);
      if (i > 0) expect(s.angle).toBeLessThanOrEqual(seats[i - 1]!.angle);
    });
    expect(seats[0]!.x).toBeLessThan(0);
    expect(seats[342]!.x).toBeGreaterThan(0);
  });

  it('lays out 343 seats in a handful of rows with even density', () => {
    const seats = layoutHemicycle(343);
    const rows = new Set(seats.map((s) => s.row)).size;
    expect(rows).toBeGreaterThanOrEqual(8);
    expect(rows).toBeLessThanOrEqual(14);
  });

  it('puts a single seat at the top of the arc', () => {
    const [seat] = layoutHemicycle(1);
    expect(seat!.x).toBeCloseTo(0, 12);
    expect(seat!.angle).toBeCloseTo(Math.PI / 2, 12);
  });

  it('returns no seats for 0 and refuses counts that are not whole numbers', () => {
    expect(layoutHemicycle(0)).toEqual([]);
    expect(() => layoutHemicycle(-1)).toThrow(RangeError);
    expect(() => layoutHemicycle(2.5)).toThrow(RangeError);
  });

  it('honours innerRadius', () => {
    const seats = layoutHemicycle(200, { innerRadius: 0.6 });
    const nearest = Math.min(...seats.map((s) => Math.hypot(s.x, s.y) - s.r));
    expect(nearest).toBeGreaterThanOrEqual(0.6 - TOLERANCE);
  });

  it('lays out 20,000 seats', () => {
    expect(layoutHemicycle(20_000)).toHaveLength(20_000);
  });
});

describe('hemicycleExtent', () => {
  it('spans the full width and includes the marks below the baseline', () => {
    const seats = layoutHemicycle(343);
    const box = hemicycleExtent(seats);
    expect(box.minX).toBe(-1);
    expect(box.width).toBe(2);
    expect(box.minY + box.height).toBeCloseTo(seats[0]!.r, 12);
    expect(box.minY).toBeLessThan(-0.9);
  });
});
