import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { ridingResult } from './ridingResult.ts';

describe('ridingResult', () => {
  it('gives shares, the runner-up and the margin in points', () => {
    const result = ridingResult(sampleElection().ridings[1]!);
    expect(result.candidates.map((c) => [c.party, c.votes])).toEqual([
      ['red', 400],
      ['blue', 390],
      ['gold', 20],
    ]);
    expect(result.candidates[0]!.share).toBeCloseTo(400 / 810, 12);
    expect(result.runnerUp?.party).toBe('blue');
    expect(result.marginShare).toBeCloseTo(10 / 810, 12);
  });

  it('marks a seat that changed party, and one that did not', () => {
    const ridings = sampleElection().ridings;
    expect(ridingResult(ridings[0]!).flipped).toBe(true);
    expect(ridingResult(ridings[1]!).flipped).toBe(false);
    expect(ridingResult({ ...ridings[0]!, previousWinner: undefined }).flipped).toBeUndefined();
  });
});
