import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseElection } from '../data/electionSchema.ts';
import { randomElection } from './randomElection.ts';

describe('randomElection', () => {
  it('makes only elections the schema accepts, so the property tests never test an error page', () => {
    fc.assert(
      fc.property(randomElection, (election) => {
        expect(() => parseElection(JSON.parse(JSON.stringify(election)))).not.toThrow();
      }),
      { numRuns: 60, seed: 45 },
    );
  });

  it('reaches what the tests are for: many parties, huge totals, long names', () => {
    const samples = fc.sample(randomElection, { numRuns: 40, seed: 45 });
    expect(Math.max(...samples.map((e) => e.parties.length))).toBeGreaterThan(25);
    expect(Math.max(...samples.map((e) => e.totalVotes ?? 0))).toBeGreaterThan(1e11);
    expect(Math.max(...samples.flatMap((e) => e.parties.map((p) => p.name.en.length)))).toBeGreaterThan(70);
  });
});
