import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { partiesInSeatOrder } from './seating.ts';

describe('partiesInSeatOrder', () => {
  it('lists the parties as the chart seats them, those without seats last, and leaves the data alone', () => {
    const election = sampleElection();
    const ids = (options?: Parameters<typeof partiesInSeatOrder>[1]) => partiesInSeatOrder(election, options).map((p) => p.id);
    expect(ids()).toEqual(['red', 'blue', 'gold']);
    // The previous result had blue ahead, 5 to 2: blue sits on the left.
    expect(ids({ result: 'previous' })).toEqual(['blue', 'red', 'gold']);
    expect(ids({ ordering: 'spectrum', result: 'previous' })).toEqual(['red', 'blue', 'gold']);
    expect(election.parties.map((p) => p.id)).toEqual(['red', 'blue', 'gold']);
  });
});
