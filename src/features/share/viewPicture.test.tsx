// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partyShade } from '../../core/partyShade.ts';
import { partiesInSeatOrder } from '../../core/seatPlan.ts';
import { PALETTES } from '../../core/theme.ts';
import { sampleElection } from '../../test/sampleElection.ts';
import { parseViewParams } from '../../url/routes.ts';
import { PartyLegend } from '../../views/PartyLegend.tsx';
import { resolveView } from '../../views/resolveView.ts';
import { SeatChart } from '../../views/SeatChart.tsx';
import { centredViewBox, viewPicture } from './viewPicture.ts';

const election = sampleElection();

/** The page of the Blue party's view as the app draws it: the result's sentence, the chart and its legend. */
function drawPage() {
  const view = resolveView(election, { page: 'party', partyId: 'blue' }, parseViewParams(''));
  return render(
    <>
      <p className="result-summary">Blue wins 4 seats.</p>
      <section className="panel hemicycle-panel">
        <SeatChart election={election} view={view} />
        <PartyLegend parties={partiesInSeatOrder(election)} hrefFor={(id) => `/party/${id}`} overviewHref="/" current="blue" />
      </section>
    </>,
  ).container;
}

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

describe('viewPicture', () => {
  it('paints the chart as the stylesheet does, in the theme asked for: shades, dimmed seats, the majority line', () => {
    const svg = viewPicture(drawPage(), options);
    const seats = [...svg.matchAll(/<circle [^>]*data-seat="\d+"[^>]*>/g)].map((m) => m[0]);
    expect(seats).toHaveLength(7);
    const blue = partyShade('#0033aa', PALETTES.dark);
    expect(blue).not.toBe('#0033aa');
    for (const seat of seats) {
      if (seat.includes('data-party="blue"')) {
        expect(seat).toContain(`fill="${blue}"`);
        expect(seat).not.toContain('fill-opacity');
      } else expect(seat).toContain(`fill-opacity="${PALETTES.dark.dim}"`);
    }
    expect(svg).toMatch(new RegExp(`<polyline [^>]*stroke="${PALETTES.dark.majority}"`));
    expect(svg).toContain(`<rect width="600" height="5" fill="${blue}"/>`);
    expect(svg).toContain(`fill="${PALETTES.dark.background}"`);
  });

  it('keeps the text laid out for its own width only, and nothing the page needs but a picture does not', () => {
    const svg = viewPicture(drawPage(), options);
    // 552 px of chart at scale 1: the medium class.
    expect(svg).not.toContain('data-width-class');
    expect(svg.match(/class="|role="|aria-|tabindex|<desc/g)).toBeNull();
    expect(svg.match(/>for a majority</g)).toHaveLength(1);
    expect(svg).toContain('>Blue wins 4 seats.</text>');
    expect(svg).toContain('>Blue <tspan font-weight="700">3</tspan></text>');
    // A party with no seat has no colour on the chart to explain.
    expect(svg).not.toContain('>Gold <tspan');
    // Well-formed XML, so any program opens it.
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
  });

  it('has no background when transparent', () => {
    expect(viewPicture(drawPage(), { ...options, transparent: true })).not.toContain(`fill="${PALETTES.dark.background}"`);
  });

  it('says so when the page has no chart', () => {
    expect(() => viewPicture(document.createElement('div'), options)).toThrow('no chart to picture on this page');
  });
});

describe('centredViewBox', () => {
  it('widens the frame on its narrower side so x = 0 is in the middle', () => {
    const numbers = (viewBox: string) => viewBox.split(' ').map((n) => Math.round(Number(n) * 1000) / 1000);
    expect(numbers(centredViewBox('-1 -1.2 2.2 1.4'))).toEqual([-1.2, -1.2, 2.4, 1.4]);
    expect(numbers(centredViewBox('-1.5 0 2.5 1'))).toEqual([-1.5, 0, 3, 1]);
  });
});
