import { describe, expect, it } from 'vitest';
import { layoutHemicycle } from './layoutHemicycle.ts';
import { majorityLine, majorityLineAngle, majorityThreshold, seatsShortOfMajority } from './majority.ts';

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

describe('majorityLine', () => {
  it('runs from inside the inner row to beyond the outer row', () => {
    const seats = layoutHemicycle(343);
    const line = majorityLine(seats, 172);
    expect(Math.hypot(line.x1, line.y1)).toBeLessThan(0.4);
    expect(Math.hypot(line.x2, line.y2)).toBeGreaterThan(1);
    expect(line.y2).toBeLessThan(line.y1);
  });
});
