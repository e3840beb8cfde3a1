import { describe, expect, it } from 'vitest';
import { jitteredMs, pollSeconds } from './livePolling.ts';

describe('pollSeconds', () => {
  it.each([
    [undefined, undefined, undefined],
    [undefined, 90, 90],
    [30, undefined, 30],
    [15, 90, 90],
    [600, 90, 600],
    [0, 90, undefined],
    [0, undefined, undefined],
  ])('asked %s, file %s → %s', (asked, file, seconds) => expect(pollSeconds(asked, file)).toBe(seconds));
});

describe('jitteredMs', () => {
  it('waits the interval, plus up to a fifth of it by the page’s own draw', () => {
    expect([0, 0.5, 0.999, 1].map((spread) => jitteredMs(15, spread))).toEqual([15_000, 16_500, 17_997, 18_000]);
  });
});
