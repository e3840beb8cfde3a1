import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutHemicycle } from './layoutHemicycle.ts';
import { majorityLine, majorityLineAngle, majorityThreshold, seatsShortOfMajority, type MajorityLine } from './majority.ts';

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

describe('majorityLineAngle', () => {
  it('falls between the threshold seat and the next one', () => {
    const seats = layoutHemicycle(343);
    const angle = majorityLineAngle(seats, 172);
    expect(angle).toBeLessThanOrEqual(seats[171]!.angle);
    expect(angle).toBeGreaterThanOrEqual(seats[172]!.angle);
    expect(angle).toBeCloseTo(Math.PI / 2, 1);
  });

  it('sits at the right end when the threshold is every seat', () => {
    expect(majorityLineAngle(layoutHemicycle(1), 1)).toBe(0);
  });
});

/** The line's angle at a radius: its first radial segment below the step, its last above. */
function boundaryAt(line: MajorityLine, radius: number): number {
  // In [−π/2, 3π/2): a line just past either end of the arc keeps its side.
  const angle = ([x, y]: readonly [number, number]) => {
    const a = Math.atan2(-y, x);
    return a < -Math.PI / 2 ? a + 2 * Math.PI : a;
  };
  const [first, second] = line.points;
  const last = line.points.at(-1)!;
  return line.points.length === 2 || radius < Math.hypot(second![0], second![1]) ? angle(first!) : angle(last);
}

describe('majorityLine', () => {
  it('runs from inside the inner row to beyond the outer row', () => {
    const seats = layoutHemicycle(343);
    const line = majorityLine(seats, 172);
    expect(Math.hypot(line.x1, line.y1)).toBeLessThan(0.4);
    expect(Math.hypot(line.x2, line.y2)).toBeGreaterThan(1);
    expect(line.y2).toBeLessThan(line.y1);
  });

  it('steps around the top column when the threshold splits it (343 seats: 3 of its 5 seats on the left)', () => {
    const seats = layoutHemicycle(343);
    const column = seats.filter((s) => s.angle === Math.PI / 2).map((s) => s.index);
    expect(column).toEqual([169, 170, 171, 172, 173]);
    const line = majorityLine(seats, 172);
    expect(line.points).toHaveLength(4);
    const left = seats.filter((s) => s.angle > boundaryAt(line, Math.hypot(s.x, s.y)));
    expect(left.map((s) => s.index)).toEqual([...Array(172).keys()]);
  });

  it('leaves exactly the first `threshold` seats on its left, for any count and threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1500 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        ([n, threshold]) => {
          const seats = layoutHemicycle(n);
          const line = majorityLine(seats, threshold);
          for (const s of seats) {
            const left = s.angle > boundaryAt(line, Math.hypot(s.x, s.y));
            expect(left, `seat ${s.index} of ${n}, threshold ${threshold}`).toBe(s.index < threshold);
          }
        },
      ),
    );
  });
});
