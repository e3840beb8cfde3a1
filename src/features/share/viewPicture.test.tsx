// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { partyShade } from '../../core/picture/partyShade.ts';
import { partiesInSeatOrder } from '../../core/election/seating.ts';
import { PALETTES } from '../../core/picture/theme.ts';
import { sampleElection } from '../../test/sampleElection.ts';
import { parseViewParams } from '../../url/routes.ts';
import { PartyLegend } from '../hemicycle/PartyLegend.tsx';
import { resolveView } from '../../shared/resolveView.ts';
import { SeatChart } from '../hemicycle/SeatChart.tsx';
import { RidingMap, type RidingLook } from '../map/RidingMap.tsx';
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

/** The map's page as the app draws it: two ridings, one flipped and dimmed, the other bright and (a night in progress) led; a legend. */
function drawMapPage(kind: 'geo' | 'hex') {
  const looks: Record<string, RidingLook> = {
    '101': { party: 'red', color: '#cc0000', dimmed: false, flipped: false, label: 'Riding 101', status: 'leading' },
    '102': { party: 'blue', color: '#0033aa', dimmed: true, flipped: true, label: 'Riding 102', status: 'elected' },
  };
  const shapes = {
    width: 100,
    height: 50,
    shapes: [
      { id: '101', province: '10', d: 'M0,0L40,0L40,40Z', x: 20, y: 20 },
      { id: '102', province: '10', d: 'M50,0L90,0L90,40Z', x: 70, y: 20 },
    ],
    provinces: kind === 'hex' ? [{ province: '10', x: 45, y: 25, anchor: 'middle' as const }] : undefined,
    labelSize: kind === 'hex' ? 14 : undefined,
  };
  return render(
    <>
      <p className="result-summary">Red wins.</p>
      <section className="panel map-panel">
        <div className="map-main">
          <RidingMap
            shapes={shapes}
            kind={kind}
            look={(id) => looks[id]!}
            onOpen={() => undefined}
            renderDetail={() => null}
            provinceName={() => 'N.L.'}
            title="Ridings on the map"
            description="2 ridings"
          />
        </div>
        <PartyLegend parties={partiesInSeatOrder(election)} hrefFor={(id) => `/party/${id}`} overviewHref="/" />
      </section>
    </>,
  ).container;
}

describe('viewPicture', () => {
  it('paints the map as its stylesheet does: each riding in its shade, parted by the background, dimmed and flipped as drawn', () => {
    const svg = viewPicture(drawMapPage('geo'), { ...options, theme: 'light', accent: undefined });
    const { background, text, dim } = PALETTES.light;
    const paths = [...svg.matchAll(/<path [^>]*data-riding[^>]*>/g)].map((m) => m[0]);
    expect(paths).toEqual([
      `<path d="M0,0L40,0L40,40Z" data-riding="101" data-party="red" fill="${partyShade('#cc0000', PALETTES.light)}" stroke="${background}" fill-opacity="${PALETTES.light.leadFill}" stroke-width="0.6" stroke-linejoin="round">`,
      `<path d="M50,0L90,0L90,40Z" data-riding="102" data-party="blue" fill="${partyShade('#0033aa', PALETTES.light)}" stroke="${background}" fill-opacity="${dim}" stroke-opacity="${dim}" stroke-width="0.6" stroke-linejoin="round">`,
    ]);
    // A riding that changed hands is outlined over the others: a line of the text's colour on a halo.
    expect(svg).toContain(
      `<g><g><path d="M50,0L90,0L90,40Z" fill="none" stroke="${background}" stroke-width="4.5" stroke-linejoin="round"></path><path d="M50,0L90,0L90,40Z" fill="none" stroke="${text}" stroke-width="2" stroke-linejoin="round"></path></g></g>`,
    );
    // The map keeps its frame (the hemicycle's is centred), and nothing of the page's own: roles, labels, tab stops.
    expect(svg).toContain('viewBox="0 0 100 50"');
    expect(svg).not.toMatch(/role=|aria-|tabindex|data-index/);
    // The cartogram's hexagons have no parting line, and its province names a halo of the background.
    const hex = viewPicture(drawMapPage('hex'), { ...options, theme: 'light', accent: undefined });
    expect(hex).toContain('data-riding="101" data-party="red" fill="');
    expect(hex).toMatch(/data-riding="101"[^>]* stroke-width="0"/);
    expect(hex).toContain(
      `<text x="45" y="25" font-size="14" text-anchor="middle" fill="${text}" stroke="${background}" stroke-width="4" stroke-linejoin="round" paint-order="stroke" font-weight="700" dominant-baseline="middle">N.L.</text>`,
    );
  });

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
      } else expect(seat).toContain(`fill-opacity="${PALETTES.dark.dim}" stroke-opacity="${PALETTES.dark.dim}"`);
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
