import { describe, expect, it } from 'vitest';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
import { partyResults } from './partyResults.ts';

describe('partyResults', () => {
  it('lists every party, most seats first, with shares and change', () => {
    const rows = partyResults(sampleElection());
    expect(rows.map((r) => [r.party.id, r.seats, r.previousSeats, r.seatChange])).toEqual([
      ['red', 4, 2, 2],
      ['blue', 3, 5, -2],
      ['gold', 0, 0, 0],
    ]);
    expect(rows[0]!.seatShare).toBeCloseTo(4 / 7, 12);
    expect(rows[2]!.votes).toBe(145);
  });

  it('leaves change undefined when there is no previous election', () => {
    const election = { ...sampleElection(), previous: undefined };
    expect(partyResults(election).every((r) => r.seatChange === undefined && r.previousSeats === undefined)).toBe(true);
  });

  it('on a night in progress, counts won and led seats, against what each party held in the ridings counted so far', () => {
    const rows = partyResults(sampleNight());
    expect(rows.map((r) => [r.party.id, r.seats, r.leading, r.previousSeats, r.seatChange])).toEqual([
      ['blue', 3, 0, 4, -1],
      ['red', 3, 1, 2, 1],
      ['gold', 0, 0, 0, 0],
    ]);
  });
});
