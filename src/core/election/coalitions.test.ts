import { describe, expect, it } from 'vitest';
import { coalitionMembers, coalitionSeats, minimalWinningCoalitions } from './coalitions.ts';

const canada2025 = [
  { id: 'lpc', seats: 169 },
  { id: 'cpc', seats: 144 },
  { id: 'bq', seats: 22 },
  { id: 'ndp', seats: 7 },
  { id: 'gpc', seats: 1 },
  { id: 'ppc', seats: 0 },
];

describe('minimalWinningCoalitions', () => {
  it('finds the coalitions where every member is needed', () => {
    const found = minimalWinningCoalitions(canada2025, 172).map((c) => `${c.parties.join('+')} ${c.seats}`);
    expect(found).toEqual(['lpc+cpc 313', 'lpc+bq 191', 'lpc+ndp 176', 'cpc+bq+ndp 173']);
  });

  it('returns a single party that holds a majority alone', () => {
    expect(
      minimalWinningCoalitions(
        [
          { id: 'a', seats: 6 },
          { id: 'b', seats: 4 },
        ],
        6,
      ),
    ).toEqual([{ parties: ['a'], seats: 6 }]);
  });

  it('returns nothing when even everyone together falls short', () => {
    expect(minimalWinningCoalitions([{ id: 'a', seats: 1 }], 2)).toEqual([]);
  });
});

describe('coalitionSeats', () => {
  it('adds the seats of the named parties', () => {
    expect(coalitionSeats(canada2025, ['lpc', 'gpc'])).toBe(170);
    expect(coalitionSeats(canada2025, ['lpc', 'ndp'])).toBe(176);
  });
});

describe('coalitionMembers', () => {
  it('keeps known parties that hold seats, in the order picked', () => {
    const parties = [
      { id: 'a', seats: 10 },
      { id: 'b', seats: 0 },
      { id: 'c', seats: 3 },
    ];
    expect(coalitionMembers(parties, ['c', 'xyz', 'b', 'a'])).toEqual(['c', 'a']);
    expect(coalitionMembers(parties, [])).toEqual([]);
  });

  it('counts seats led while the count goes on, as the chart does', () => {
    const parties = [
      { id: 'a', seats: 1, leading: 2 },
      { id: 'b', seats: 2 },
      { id: 'c', seats: 0, leading: 1 },
    ];
    expect(coalitionSeats(parties, ['a', 'c'])).toBe(4);
    expect(coalitionMembers(parties, ['c'])).toEqual(['c']);
    expect(minimalWinningCoalitions(parties, 4)).toEqual([
      { parties: ['a', 'b'], seats: 5 },
      { parties: ['a', 'c'], seats: 4 },
    ]);
  });
});
