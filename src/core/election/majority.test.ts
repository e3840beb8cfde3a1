import { describe, expect, it } from 'vitest';
import { majorityThreshold, seatsShortOfMajority } from './majority.ts';

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
