import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { seatsByRegion } from './seatsByRegion.ts';

describe('seatsByRegion', () => {
  it('counts each region’s seats by winning party', () => {
    const rows = seatsByRegion(sampleElection());
    expect(rows.map((r) => [r.region.id, r.total, Object.fromEntries(r.byParty)])).toEqual([
      ['east', 3, { red: 2, blue: 1 }],
      ['west', 4, { blue: 2, red: 2 }],
    ]);
  });

  it('counts the previous winners of the same ridings when asked', () => {
    const rows = seatsByRegion(sampleElection(), 'previous');
    expect(rows.map((r) => [r.region.id, Object.fromEntries(r.byParty)])).toEqual([
      ['east', { blue: 2, red: 1 }],
      ['west', { blue: 3, red: 1 }],
    ]);
  });
});
