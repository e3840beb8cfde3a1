// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { partyShade } from '../../core/picture/partyShade.ts';
import { PALETTES } from '../../core/picture/theme.ts';
import { en } from '../../i18n/en.ts';
import { fr } from '../../i18n/fr.ts';
import { makeFormatters } from '../../i18n/format.ts';
import { resolveView } from '../../shared/resolveView.ts';
import { sampleElection } from '../../test/sampleElection.ts';
import { parseViewParams, type Route } from '../../url/routes.ts';
import { hemicyclePicture } from '../hemicycle/hemicyclePicture.ts';
import { viewPicture } from './viewPicture.ts';
import { summarySentence } from '../../shared/resultSentence.ts';
import { partyResult } from '../../core/election/partyResults.ts';

const election = sampleElection();
const english = { t: en, f: makeFormatters('en') };

const options = {
  format: 'page' as const,
  theme: 'dark' as const,
  transparent: false,
  headline: 'Blue: 4 seats',
  source: 'Source: Hemicycle · January 1, 2025',
  credit: 'Hemicycle',
  accent: '#0033aa',
  width: 600,
  fontFamily: 'DejaVu Sans',
};

/** The picture of a view of the sample election, its chart drawn from the view's model as the page's is. */
async function picture(route: Route, query = '', i18n = english, overrides: Partial<typeof options> = {}) {
  const view = resolveView(election, route, parseViewParams(query));
  const chart = await hemicyclePicture(i18n, election, view, PALETTES[overrides.theme ?? options.theme]);
  return viewPicture({ i18n, election, view, chart }, { ...options, ...overrides });
}

describe('viewPicture', () => {
  it('says what the page says: the sentence, the legend of the parties drawn, the accent and the background', async () => {
    const svg = await picture({ page: 'party', partyId: 'blue' });
    expect(svg).toContain('>Blue: 4 seats</text>');
    // The party page's own sentence (ResultSummaryLine says it with summarySentence).
    const sentence = summarySentence(english, election, { party: partyResult(election, 'blue') }).text;
    expect(sentence).toBe('3 of 7 seats, 2 fewer than in Last time, and 59.3% of the vote.');
    expect(svg).toContain(`>${sentence}</text>`);
    expect(svg).toContain('>Blue <tspan font-weight="700">3</tspan></text>');
    // A party with no seat has no colour on the chart to explain.
    expect(svg).not.toContain('>Gold <tspan');
    const blue = partyShade('#0033aa', PALETTES.dark);
    expect(svg).toContain(`<rect width="600" height="5" fill="${blue}"/>`);
    expect(svg).toContain(`fill="${PALETTES.dark.background}"`);
    // Well-formed XML, so any program opens it.
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
  });

  it('says a province’s seats, the previous result and what a flip mark means, in the reader’s language', async () => {
    const svg = await picture({ page: 'overview' }, 'seats=changes', { t: fr, f: makeFormatters('fr') });
    expect(svg).toContain('>Un point marque une circonscription qui a changé de mains depuis');
    const previous = await picture({ page: 'overview' }, 'seats=previous');
    expect(previous).toContain('>Last time: ');
  });

  it('has no background when transparent', async () => {
    expect(await picture({ page: 'overview' }, '', english, { transparent: true })).not.toContain(`fill="${PALETTES.dark.background}"`);
  });
});
