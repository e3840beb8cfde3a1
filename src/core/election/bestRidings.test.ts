import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { bestRidings } from './bestRidings.ts';

describe('bestRidings', () => {
  it("ranks a party's ridings by its share of the vote, with its place in each", () => {
    const best = bestRidings(sampleElection(), 'gold', 3);
    expect(best.map((b) => [b.riding.id, b.votes, b.place])).toEqual([
      ['202', 40, 3],
      ['201', 30, 3],
      ['203', 15, 3],
    ]);
    expect(best[0]!.share).toBe(40 / 939);
    // 30 of 930 and 15 of 465 tie: the lower district number first.
    expect(best[1]!.share).toBe(best[2]!.share);
  });

  it('gives the place a winner holds, and nothing for a party without candidates', () => {
    expect(bestRidings(sampleElection(), 'blue', 1).map((b) => [b.riding.id, b.place])).toEqual([['103', 1]]);
    expect(bestRidings(sampleElection(), 'nobody')).toEqual([]);
  });
});
