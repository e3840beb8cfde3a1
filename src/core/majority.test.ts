import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutHemicycle } from './layoutHemicycle.ts';
import { majorityLine, majorityThreshold, seatsShortOfMajority } from './majority.ts';
import { boundaryAt } from '../test/majoritySide.ts';

describe('majorityThreshold', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [338, 170],
    [343, 172],
    [650, 326],
  ])('%i seats need %i', (total, needed) => expect(majorityThreshold(total)).toBe(needed));
});

describe('seatsShortOfMajority', () => {
  it('counts the seats missing, and 0 once the threshold is reached', () => {
    expect(seatsShortOfMajority(169, 343)).toBe(3);
    expect(seatsShortOfMajority(172, 343)).toBe(0);
    expect(seatsShortOfMajority(200, 343)).toBe(0);
  });
});

/** How near a segment comes to a point. */
function distanceToSegment([px, py]: readonly [number, number], [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

describe('majorityLine', () => {
  it('runs from inside the inner row to beyond the outer row', () => {
    const seats = layoutHemicycle(343);
    const line = majorityLine(seats, 172);
    expect(Math.hypot(line.x1, line.y1)).toBeLessThan(0.4);
    expect(Math.hypot(line.x2, line.y2)).toBeGreaterThan(1);
    expect(line.y2).toBeLessThan(line.y1);
  });

  it('passes between seats in each row of 343 (3 of the 5 seats at the top on its left), touching none', () => {
    const seats = layoutHemicycle(343);
    const column = seats.filter((s) => s.angle === Math.PI / 2).map((s) => s.index);
    expect(column).toEqual([169, 170, 171, 172, 173]);
    const line = majorityLine(seats, 172);
    const left = seats.filter((s) => s.angle > boundaryAt(line, Math.hypot(s.x, s.y)));
    expect(left.map((s) => s.index)).toEqual([...Array(172).keys()]);
    const nearest = Math.min(
      ...seats.flatMap((s) => line.points.slice(1).map((b, i) => distanceToSegment([s.x, s.y], line.points[i]!, b) - s.r)),
    );
    expect(nearest).toBeGreaterThan(0);
  });

  it('runs straight, one radial stroke, through the gutter of 343 seats parted at 172, clear of every seat', () => {
    const seats = layoutHemicycle(343, { threshold: 172 });
    const line = majorityLine(seats, 172);
    expect(line.points).toHaveLength(2);
    // Along the angle where 172 of 343 seats fall: π · (1 − 172/343).
    expect(Math.atan2(-line.y2, line.x2)).toBeCloseTo(Math.PI * (1 - 172 / 343), 9);
    const left = seats.filter((s) => s.angle > boundaryAt(line, Math.hypot(s.x, s.y)));
    expect(left.map((s) => s.index)).toEqual([...Array(172).keys()]);
    const nearest = Math.min(...seats.map((s) => distanceToSegment([s.x, s.y], line.points[0]!, line.points[1]!) - s.r));
    // A quarter of a row's spacing at least, between the line and the nearest seat's edge (the seat is 0.8 of it).
    expect(nearest).toBeGreaterThan(seats[0]!.r / 3.2);
  });

  it('leaves exactly the first `threshold` seats on its left and crosses no seat, for any count and threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }), fc.boolean())),
        ([n, threshold, parted]) => {
          // The chart's layout, parted at the threshold (a straight line), or whole (a line that steps).
          const seats = layoutHemicycle(n, parted ? { threshold } : {});
          const line = majorityLine(seats, threshold);
          if (parted && threshold < n) expect(line.points, `${n} seats, threshold ${threshold}`).toHaveLength(2);
          const wrongSide = seats.filter((s) => s.angle > boundaryAt(line, Math.hypot(s.x, s.y)) !== s.index < threshold);
          const crossed = seats.filter((s) =>
            line.points.slice(1).some((b, i) => distanceToSegment([s.x, s.y], line.points[i]!, b) <= s.r),
          );
          expect(
            [wrongSide, crossed].map((list) => list.map((s) => s.index)),
            `${n} seats, threshold ${threshold}`,
          ).toEqual([[], []]);
        },
      ),
    );
  });
});
