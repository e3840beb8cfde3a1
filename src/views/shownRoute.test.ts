import { describe, expect, it } from 'vitest';
import { sampleElection } from '../test/sampleElection.ts';
import { shownRoute } from './shownRoute.ts';

describe('shownRoute', () => {
  it('keeps known parties and ridings, and falls back to the overview', () => {
    const e = sampleElection();
    expect(shownRoute(e, { page: 'party', partyId: 'red' })).toEqual({ page: 'party', partyId: 'red' });
    expect(shownRoute(e, { page: 'riding', ridingId: '101' })).toEqual({ page: 'riding', ridingId: '101' });
    expect(shownRoute(e, { page: 'party', partyId: 'xyz' })).toEqual({ page: 'overview' });
    expect(shownRoute(e, { page: 'not-found' })).toEqual({ page: 'overview' });
  });
});
