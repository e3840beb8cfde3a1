import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { regionResult } from './regionResult.ts';

describe('regionResult', () => {
  it("sums a region's seats and votes by party, most seats first", () => {
    const east = regionResult(sampleElection(), 'east')!;
    expect(east.seats).toBe(3);
    expect(east.parties.map((p) => [p.party, p.seats, p.votes])).toEqual([
      ['red', 2, 1000],
      ['blue', 1, 1290],
      ['gold', 0, 35],
    ]);
    expect(east.parties.reduce((s, p) => s + p.voteShare, 0)).toBeCloseTo(1);
  });

  it('is undefined for a region the election does not have', () => {
    expect(regionResult(sampleElection(), 'north')).toBeUndefined();
  });
});
