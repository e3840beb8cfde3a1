import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { partyProfile } from './partyProfile.ts';

describe('partyProfile', () => {
  it('describes a party with seats: majority, coalitions, regions and ridings by margin', () => {
    const profile = partyProfile(sampleElection(), 'blue')!;
    expect(profile.result.seats).toBe(3);
    expect(profile.threshold).toBe(4);
    expect(profile.short).toBe(1);
    // Red holds a majority alone, so no coalition needs Blue.
    expect(profile.coalitions).toEqual([]);
    expect(partyProfile(sampleElection(), 'red')!.coalitions).toEqual([{ parties: ['red'], seats: 4 }]);
    expect(profile.regions).toEqual([
      { regionId: 'east', seats: 1, total: 3 },
      { regionId: 'west', seats: 2, total: 4 },
    ]);
    expect(profile.ridingsWon.map((r) => [r.riding.id, r.riding.margin, r.runnerUp])).toEqual([
      ['103', 500, 'red'],
      ['201', 500, 'red'],
      ['204', 650, 'red'],
    ]);
    expect(profile.ridingsWon[0]!.marginShare).toBeCloseTo(500 / 705, 12);
  });

  it('describes a party without seats', () => {
    const profile = partyProfile(sampleElection(), 'gold')!;
    expect(profile.result.seats).toBe(0);
    expect(profile.ridingsWon).toEqual([]);
    expect(profile.coalitions).toEqual([]);
  });

  it('returns undefined for an unknown party', () => {
    expect(partyProfile(sampleElection(), 'purple')).toBeUndefined();
  });
});
