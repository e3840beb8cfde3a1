import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { changedRidings } from './changedRidings.ts';

describe('changedRidings', () => {
  it('finds the ridings whose winner changed, and new ridings', () => {
    const before = sampleElection();
    const after = sampleElection();
    after.ridings[2]!.winner = 'red';
    after.ridings.push({ ...after.ridings[0]!, id: '999' });
    expect([...changedRidings(before, after)]).toEqual(['103', '999']);
    expect(changedRidings(before, sampleElection()).size).toBe(0);
  });
});
