import { describe, expect, it } from 'vitest';
import { buildCanada2019, readSeatsByParty } from './buildSeatsOnly.ts';

describe('buildCanada2019, a file of seats only', () => {
  const election = buildCanada2019();
  const party = (id: string) => election.parties.find((p) => p.id === id)!;

  it('has the published seats of 2019 over 338, and no ridings or regions', () => {
    expect(Object.fromEntries(election.parties.map((p) => [p.id, p.seats]))).toEqual({
      ndp: 24,
      gpc: 3,
      lpc: 157,
      bq: 32,
      cpc: 121,
      ppc: 0,
      ind: 1,
    });
    expect([election.totalSeats, election.ridings, election.regions]).toEqual([338, [], []]);
  });

  it('keeps the votes the table gives and leaves out those it does not, never a zero in their place', () => {
    expect([party('cpc').votes, party('cpc').voteShare]).toEqual([6239227, 0.3434]);
    expect([party('ind').votes, party('ind').voteShare]).toEqual([undefined, undefined]);
    expect(election.totalVotes).toBeUndefined();
  });

  it('has 2015 as its previous result, seats and shares by party', () => {
    expect(election.previous!.parties).toEqual([
      { id: 'lpc', seats: 184, voteShare: 0.3947 },
      { id: 'cpc', seats: 99, voteShare: 0.3189 },
      { id: 'ndp', seats: 44, voteShare: 0.1971 },
      { id: 'bq', seats: 10, voteShare: 0.0466 },
      { id: 'gpc', seats: 1, voteShare: 0.0345 },
    ]);
  });

  it('refuses a table whose columns are not the expected ones, or a party it cannot name', () => {
    expect(() => readSeatsByParty('election\tparty\n2019\tLiberal')).toThrow('expected the columns');
    const table = 'election\tdate\ttotal_seats\tparty\tseats\tvotes\tvote_share_pct\n2019\t2019-10-21\t338\tRhinoceros Party\t338\t\t';
    expect(() => buildCanada2019(table)).toThrow('no party is named "Rhinoceros Party"');
  });
});
