import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { partiesStanding, settledStanding, standingOf, undeclaredSeats } from './majorityStanding.ts';

describe('standingOf', () => {
  // 343 seats, 172 for a majority.
  it.each([
    // A final result: all declared.
    [{ seats: 169, elected: 169, undeclared: 0 }, 'outOfReach', 3, 0],
    [{ seats: 172, elected: 172, undeclared: 0 }, 'majority', 0, 0],
    // The replayed night's false call: 173 won or leading with 23 elected is a majority only if the leads hold.
    [{ seats: 173, elected: 23, undeclared: 320 }, 'ifLeadsHold', 0, 1],
    // Declared seats alone reach it, whatever the leads.
    [{ seats: 180, elected: 172, undeclared: 8 }, 'majority', 0, 8],
    // Short, with enough seats left to get there (23 + 149 = 172).
    [{ seats: 150, elected: 23, undeclared: 149 }, 'short', 22, 0],
    // Short, and the seats not declared can no longer bring it there (23 + 148 = 171).
    [{ seats: 150, elected: 23, undeclared: 148 }, 'outOfReach', 22, 0],
  ] as const)('%o is %s', (p, standing, short, surplus) => {
    expect(standingOf({ ...p, threshold: 172 })).toEqual({ standing, seats: p.seats, elected: p.elected, threshold: 172, short, surplus });
  });

  it('a settled result is a majority or out of reach', () => {
    expect(settledStanding(4, 4).standing).toBe('majority');
    expect(settledStanding(3, 4).standing).toBe('outOfReach');
  });
});

describe('partiesStanding', () => {
  it('counts won and led, and the ridings not declared', () => {
    const election = sampleElection();
    // 7 seats, 4 for a majority. Red wins 101, leads 102 and 202; 203 has no result yet.
    const ridings = election.ridings.map((r) =>
      r.id === '102' || r.id === '202'
        ? { ...r, status: 'leading' as const }
        : r.id === '203'
          ? { ...r, status: 'pending' as const, winner: undefined }
          : r,
    );
    const night = { ...election, ridings };
    expect(undeclaredSeats(night)).toBe(3);
    expect(partiesStanding(night, [{ seats: 1, leading: 2 }])).toMatchObject({ standing: 'short', seats: 3, elected: 1, short: 1 });
    expect(partiesStanding(night, [{ seats: 1, leading: 3 }])).toMatchObject({ standing: 'ifLeadsHold', seats: 4 });
    expect(partiesStanding(night, [{ seats: 0, leading: 0 }])).toMatchObject({ standing: 'outOfReach' });
    expect(partiesStanding(election, [{ seats: 4 }]).standing).toBe('majority');
  });
});
