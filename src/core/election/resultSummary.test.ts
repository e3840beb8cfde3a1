import { describe, expect, it } from 'vitest';
import { sampleElection, sampleNight } from '../../test/sampleElection.ts';
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

  it('never calls a night in progress won: it says who is ahead and how many ridings are still to report', () => {
    // Blue and Red are ahead in 3 ridings each; Blue has more votes counted.
    expect(resultSummary(sampleNight())).toMatchObject({
      kind: 'counting',
      seats: 3,
      total: 7,
      toReport: 1,
      stillCounting: 1,
      threshold: 4,
    });
    expect(resultSummary(sampleNight())).toMatchObject({ party: { id: 'blue' } });
    // Once a party's declared seats alone make a majority, it has won, whatever is still counting.
    const night = sampleNight();
    night.parties[1]!.seats = 4;
    expect(resultSummary(night)).toMatchObject({ kind: 'clinched', party: { id: 'blue' }, seats: 4, threshold: 4 });
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
