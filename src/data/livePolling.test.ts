import { describe, expect, it } from 'vitest';
import { fileOutOfRange, jitteredMs, pollSeconds } from './livePolling.ts';

describe('pollSeconds', () => {
  it.each([
    [undefined, undefined, undefined],
    [undefined, 90, 90],
    [30, undefined, 30],
    [15, 90, 90],
    [600, 90, 600],
    [0, 90, undefined],
    [0, undefined, undefined],
    // A file outside the bounds is refreshed at the nearest one.
    [undefined, 5, 15],
    [undefined, 7200, 3600],
    [undefined, 0, undefined],
  ])('asked %s, file %s → %s', (asked, file, seconds) => expect(pollSeconds(asked, file)).toBe(seconds));
});

describe('fileOutOfRange', () => {
  it.each([
    [undefined, 5, 5],
    [undefined, 7200, 7200],
    [undefined, 90, undefined],
    // The link asks for slower: the file's pace is not the one in force.
    [60, 5, undefined],
    [0, 5, undefined],
    [undefined, undefined, undefined],
  ])('asked %s, file %s → %s', (asked, file, said) => expect(fileOutOfRange(asked, file)).toBe(said));
});

describe('jitteredMs', () => {
  it('waits the interval, plus up to a fifth of it by the page’s own draw', () => {
    expect([0, 0.5, 0.999, 1].map((spread) => jitteredMs(15, spread))).toEqual([15_000, 16_500, 17_997, 18_000]);
  });
});
