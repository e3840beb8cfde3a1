import { describe, expect, it } from 'vitest';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
import { closeRaces } from './closeRaces.ts';

describe('closeRaces', () => {
  it('lists the smallest margins first and flags recounts', () => {
    const election = sampleElection();
    election.ridings[4]!.stage = 'judicially-certified';
    const races = closeRaces(election, 3);
    expect(races.map((r) => [r.riding.id, r.riding.margin, r.recounted])).toEqual([
      ['202', 1, true],
      ['102', 10, false],
      ['101', 200, false],
    ]);
  });

  it('leaves out a riding with no result yet: 0 votes is not a close race', () => {
    expect(closeRaces(sampleNight()).map((r) => r.riding.id)).not.toContain('202');
  });

  it('while the count goes on, ranks by the share of the votes counted: 250 of 465 is no closer than 500 of 930', () => {
    expect(closeRaces(sampleNight()).map((r) => r.riding.id)).toEqual(['102', '101', '201', '203', '204', '103']);
    // Once all are in, by votes.
    expect(closeRaces(sampleElection()).map((r) => r.riding.id)).toEqual(['202', '102', '101', '203', '103', '201', '204']);
  });
});
