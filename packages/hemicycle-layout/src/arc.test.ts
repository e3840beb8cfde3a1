import { describe, expect, it } from 'vitest';
import { arc } from './arc.ts';
import type { Seat } from './types.ts';
import { overlaps } from './testing/overlaps.ts';

const TOLERANCE = 1e-9;

function isMirrored(seats: readonly Seat[]): boolean {
  // Rounding to 1e-6 and adding 0 turns −0 into 0, so a seat on the axis mirrors itself.
  const round = (v: number) => Math.round(v * 1e6) + 0;
  const key = (x: number, y: number) => `${round(x)},${round(y)}`;
  const positions = new Set(seats.map((s) => key(s.x, s.y)));
  return seats.every((s) => positions.has(key(-s.x, s.y)));
}

describe('arc', () => {
  it('places every seat, without overlap, symmetric, for every count from 1 to 3000', () => {
    const failures: string[] = [];
    for (let n = 1; n <= 3000; n++) {
      const seats = arc(n).seats;
      if (seats.length !== n) failures.push(`n=${n}: ${seats.length} seats`);
      if (overlaps(seats) > 0) failures.push(`n=${n}: overlapping seats`);
      if (!isMirrored(seats)) failures.push(`n=${n}: not symmetric`);
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('keeps every mark inside the unit half-disc frame', () => {
    for (const n of [1, 2, 7, 343, 650, 2999]) {
      for (const s of arc(n).seats) {
        expect(Math.hypot(s.x, s.y) + s.r).toBeLessThanOrEqual(1 + TOLERANCE);
        expect(s.y).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('orders seats left to right by angle, indices matching positions', () => {
    const seats = arc(343).seats;
    seats.forEach((s, i) => {
      expect(s.index).toBe(i);
      if (i > 0) expect(s.angle).toBeLessThanOrEqual(seats[i - 1]!.angle);
    });
    expect(seats[0]!.x).toBeLessThan(0);
    expect(seats[342]!.x).toBeGreaterThan(0);
  });

  it('lays out 343 seats in 10 rows, whole or parted at 172: spacing 0.06, seats of radius 0.024', () => {
    for (const layout of [arc(343), arc(343, { threshold: 172 })]) {
      expect(new Set(layout.seats.map((s) => s.row)).size).toBe(10);
      expect(layout.seats[0]!.r).toBeCloseTo(0.024, 15);
    }
  });

  it('puts a single seat at the top of the arc', () => {
    const [seat] = arc(1).seats;
    expect(seat!.x).toBeCloseTo(0, 12);
    expect(seat!.angle).toBeCloseTo(Math.PI / 2, 12);
  });

  it('returns no seats for 0 and refuses counts that are not whole numbers', () => {
    expect(arc(0).seats).toEqual([]);
    expect(() => arc(-1).seats).toThrow(RangeError);
    expect(() => arc(2.5).seats).toThrow(RangeError);
  });

  it('honours innerRadius', () => {
    const seats = arc(200, { innerRadius: 0.6 }).seats;
    const nearest = Math.min(...seats.map((s) => Math.hypot(s.x, s.y) - s.r));
    expect(nearest).toBeGreaterThanOrEqual(0.6 - TOLERANCE);
  });

  it('lays out 20,000 seats', () => {
    expect(arc(20_000).seats).toHaveLength(20_000);
  });
});

describe('arc extent', () => {
  it('holds every mark: the outer row (radius 0.97) and a seat beyond it, from the top seat to under the baseline', () => {
    const { seats, extent } = arc(343, { threshold: 172 });
    expect(extent.minX).toBeCloseTo(-0.994, 12);
    expect(extent.width).toBeCloseTo(1.988, 12);
    expect(extent.minY).toBeCloseTo(Math.min(...seats.map((s) => s.y - s.r)), 12);
    expect(extent.minY + extent.height).toBeCloseTo(0.024, 12);
  });
});

describe('arc options', () => {
  it('names what is wrong with an option', () => {
    expect(() => arc(10, { arc: 30 })).toThrow('arc must be from 60 to 360, got 30');
    expect(() => arc(10, { rows: 0 })).toThrow('rows must be a whole number from 1 to 1000, got 0');
    expect(() => arc(10, { rows: 2.5 })).toThrow(RangeError);
    expect(() => arc(10, { innerRadius: 1 })).toThrow('innerRadius must be from 0 to 0.9, got 1');
    expect(() => arc(10, { threshold: 11 })).toThrow('threshold must be a whole number from 0 to 10, got 11');
    expect(() => arc(-1)).toThrow('seats must be a whole number from 0 to 10000000, got -1');
  });
});
