import { describe, expect, it } from 'vitest';
import { majorityOf, majorityThreshold, seatsShortOfMajority } from './majority.ts';

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
    expect(seatsShortOfMajority(169, { totalSeats: 343 })).toBe(3);
    expect(seatsShortOfMajority(172, { totalSeats: 343 })).toBe(0);
    expect(seatsShortOfMajority(200, { totalSeats: 343 })).toBe(0);
  });
});

describe('majorityOf', () => {
  it("is the House's own rule when it has one, else more than half", () => {
    expect(majorityOf({ totalSeats: 343 })).toBe(172);
    expect(majorityOf({ totalSeats: 300, majority: 200 })).toBe(200);
    expect(seatsShortOfMajority(150, { totalSeats: 300, majority: 200 })).toBe(50);
  });
});
