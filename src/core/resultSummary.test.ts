import { describe, expect, it } from 'vitest';
import { sampleElection } from '../test/sampleElection.ts';
import { resultSummary } from './resultSummary.ts';

describe('resultSummary', () => {
  it('reports a majority with its surplus', () => {
    const summary = resultSummary(sampleElection());
    expect(summary).toMatchObject({ kind: 'majority', seats: 4, threshold: 4, surplus: 0 });
  });

  it('reports a minority with the seats it is short', () => {
    const election = sampleElection();
    election.totalSeats = 9;
    expect(resultSummary(election)).toMatchObject({ kind: 'minority', seats: 4, threshold: 5, short: 1 });
  });

  it('reports a tie for first place', () => {
    const election = sampleElection();
    election.parties[1]!.seats = 4;
    const summary = resultSummary(election);
    expect(summary.kind).toBe('tie');
  });

  it('reads another result of the same House when given its seats', () => {
    const previous = new Map([
      ['red', 2],
      ['blue', 5],
    ]);
    const summary = resultSummary(sampleElection(), (p) => previous.get(p.id) ?? 0);
    expect(summary).toMatchObject({ kind: 'majority', seats: 5, threshold: 4, surplus: 1 });
    expect(summary.kind === 'majority' && summary.party.id).toBe('blue');
  });
});
