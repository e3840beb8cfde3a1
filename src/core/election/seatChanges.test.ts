import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { seatChanges } from './seatChanges.ts';

describe('seatChanges', () => {
  it('lists gains by origin and losses by destination, and they balance', () => {
    const rows = seatChanges(sampleElection());
    expect(rows).toEqual([
      { party: 'red', gains: [{ party: 'blue', seats: 2 }], losses: [], gained: 2, lost: 0, held: 2 },
      { party: 'blue', gains: [], losses: [{ party: 'red', seats: 2 }], gained: 0, lost: 2, held: 3 },
    ]);
    const total = (k: 'gained' | 'lost') => rows.reduce((s, r) => s + r[k], 0);
    expect(total('gained')).toBe(total('lost'));
  });

  it('ignores ridings without a previous winner', () => {
    const election = sampleElection();
    for (const r of election.ridings) delete r.previousWinner;
    expect(seatChanges(election)).toEqual([]);
  });
});
