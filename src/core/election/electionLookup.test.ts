import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../test/sampleElection.ts';
import { lookupOf } from './electionLookup.ts';

describe('lookupOf', () => {
  it('finds parties, regions and ridings by id, and names what the file does not list by its id', () => {
    const lookup = lookupOf(sampleElection());
    expect(lookup.parties.get('red')?.shortName).toEqual({ en: 'Red', fr: 'Red' });
    expect(lookup.ridings.get('202')?.region).toBe('west');
    expect(lookup.colors.get('blue')).toBe(lookup.parties.get('blue')?.color);
    expect(lookup.partyName('gold')).toEqual({ en: 'Gold', fr: 'Gold' });
    expect(lookup.partyName('ind')).toEqual({ en: 'ind' });
    expect(lookup.regionName('west')).toEqual({ en: 'West', fr: 'Ouest' });
    expect(lookup.regionAbbreviation('west')).toEqual({ en: 'W', fr: 'O' });
    expect(lookup.regionAbbreviation('north')).toEqual({ en: 'north' });
  });

  it('is built once per loaded election, and apart for another', () => {
    const election = sampleElection();
    expect(lookupOf(election)).toBe(lookupOf(election));
    expect(lookupOf(sampleElection())).not.toBe(lookupOf(election));
  });
});
