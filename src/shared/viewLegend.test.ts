import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { makeFormatters } from '../i18n/format.ts';
import { sampleElection, sampleNight } from '../test/sampleElection.ts';
import { parseViewParams } from '../url/routes.ts';
import { resolveView } from './resolveView.ts';
import { viewLegend } from './viewLegend.ts';

const english = { t: en, f: makeFormatters('en') };
const legendOf = (query: string, election = sampleElection()) =>
  viewLegend(english, election, resolveView(election, { page: 'overview' }, parseViewParams(query)));
const seats = (query: string, election = sampleElection()) => legendOf(query, election).entries.map((e) => [e.party.id, e.seats]);

describe('viewLegend', () => {
  it('gives the parties in the chart’s seating order with the seats each wedge holds', () => {
    expect(seats('')).toEqual([
      ['red', 4],
      ['blue', 3],
      ['gold', 0],
    ]);
    expect(legendOf('').caption).toBeUndefined();
  });

  it('gives a province’s seats with a caption naming it, and the previous result as the chart seats it', () => {
    expect(seats('province=east')).toEqual([
      ['red', 2],
      ['blue', 1],
      ['gold', 0],
    ]);
    expect(legendOf('province=east').caption).toBe(en.explore.legendRegion('East'));
    expect(seats('seats=previous')).toEqual([
      ['blue', 5],
      ['red', 2],
      ['gold', 0],
    ]);
  });

  it('counts a night’s leads with the seats won, as the chart draws them', () => {
    expect(seats('', sampleNight())).toEqual([
      ['blue', 3],
      ['red', 3],
      ['gold', 0],
    ]);
  });
});
