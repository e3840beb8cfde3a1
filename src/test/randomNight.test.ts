import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseElection } from '../data/electionSchema.ts';
import { randomNight } from './randomNight.ts';

it('every random night is a valid election, with every mix of statuses', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(randomNight, (night) => {
      expect(() => parseElection(JSON.parse(JSON.stringify(night)))).not.toThrow();
      for (const r of night.ridings) seen.add(r.status ?? 'elected');
    }),
  );
  expect([...seen].sort()).toEqual(['elected', 'leading', 'pending']);
});
