import { describe, expect, it } from 'vitest';
import { pictureSvg, wrap, type PictureInput } from './picture.ts';

const drawn: [number, number][] = [];
const input: PictureInput = {
  format: 'page',
  width: 600,
  chart: {
    viewBox: '-1 -1 2 1',
    draw: (width, scale) => {
      drawn.push([width, scale]);
      return '<circle cx="0" cy="-0.5" r="0.1" data-seat="0"/>';
    },
  },
  headline: '2025 Canadian federal election',
  summary: 'The Liberal Party of Canada won 169 seats, 3 short of a majority: a minority.',
  legend: [
    { label: 'Liberal', seats: '169', color: 'rgb(215, 25, 32)' },
    { label: 'Conservative', seats: '144', color: 'rgb(26, 71, 130)' },
  ],
  source: 'Source: Elections Canada · April 28, 2025',
  credit: 'Hemicycle · hemicycle.example',
  colors: { background: 'rgb(255, 255, 255)', ink: 'rgb(27, 30, 35)', muted: 'rgb(84, 91, 102)' },
  fontFamily: 'system-ui, sans-serif',
};

describe('wrap', () => {
  it('breaks between words to fit the width', () => {
    expect(wrap('one two three four', 10, 60)).toEqual(['one two', 'three four']);
    expect(wrap('unbreakable', 10, 20)).toEqual(['unbreakable']);
    // No word left alone on the last line when the line above can give it company.
    expect(wrap('one two three four five', 10, 110)).toEqual(['one two three', 'four five']);
  });
});

describe('pictureSvg', () => {
  const svg = pictureSvg(input);

  it('holds the headline, the sentence, the chart, the legend with seats, the source and the credit', () => {
    expect(svg).toContain('>2025 Canadian federal election</text>');
    // Wrapped to the 552 px between the margins.
    expect(svg).toContain('>The Liberal Party of Canada won 169 seats, 3 short of a majority:</text>');
    expect(svg).toContain('>a minority.</text>');
    expect(svg).toContain('<circle cx="0" cy="-0.5" r="0.1" data-seat="0"/>');
    expect(svg).toContain('>Liberal <tspan font-weight="700">169</tspan></text>');
    expect(svg).toContain('>Conservative <tspan font-weight="700">144</tspan></text>');
    expect(svg).toContain('>Source: Elections Canada · April 28, 2025</text>');
    expect(svg).toContain('text-anchor="end">Hemicycle · hemicycle.example</text>');
  });

  it('keeps a 24 px margin round the chart, scaled to the width at its own aspect', () => {
    // 552 px wide for a 2 × 1 viewBox: 276 px tall.
    expect(svg).toMatch(/<svg x="24" y="\d+(\.\d+)?" width="552" height="276" viewBox="-1 -1 2 1">/);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="600" height="')).toBe(true);
    // The chart was asked for its drawing at the width it is drawn, at type scale 1.
    expect(drawn).toContainEqual([552, 1]);
  });

  it.each([
    ['square', 1080, 1080, 1.8],
    ['wide', 1200, 675, 1.4],
    ['preview', 1200, 630, 1.4],
  ] as const)(
    'a %s picture is %i × %i, the chart centred in the room the texts leave, the type %f× larger',
    (format, width, height, scale) => {
      drawn.length = 0;
      const picture = pictureSvg({ ...input, format, width: 9999 });
      expect(
        picture.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`),
      ).toBe(true);
      expect(picture).toContain(
        `font-size="${Math.round(22 * scale * 10) / 10}" fill="rgb(27, 30, 35)" font-weight="700">2025 Canadian federal election</text>`,
      );
      const [, x, y, w, h] = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="-1 -1 2 1">/
        .exec(picture)!
        .map(Number) as number[];
      // At its own aspect, inside the margins, centred across.
      expect(w! / h!).toBeCloseTo(2, 1);
      expect(x).toBeGreaterThanOrEqual(24 * scale - 0.1);
      expect(x! + w! / 2).toBeCloseTo(width / 2, 0);
      // Under the sentence, above the legend, which sit inside the picture.
      const textYs = [...picture.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
      const summaryY = Math.max(...textYs.filter((ty) => ty < y!));
      const legendY = Math.min(...textYs.filter((ty) => ty > y!));
      expect(summaryY).toBeLessThan(y!);
      expect(legendY - 13 * scale).toBeGreaterThanOrEqual(y! + h! - 0.1);
      expect(Math.max(...textYs)).toBeLessThanOrEqual(height - 24 * scale);
      expect(drawn).toEqual([[w, scale]]);
    },
  );

  it('leads the legend with what its seats count, when they are not the totals', () => {
    expect(pictureSvg({ ...input, legendCaption: 'Seats in East' })).toMatch(
      /<text x="24" y="[\d.]+" font-size="13" fill="rgb\(84, 91, 102\)">Seats in East<\/text><circle cx="(1[3-9]\d|2\d\d)/,
    );
  });

  it('says under the legend what the chart’s other marks mean, wrapped to the picture, before the source', () => {
    const note = 'A dot marks a riding that changed hands since 2021 (transposed), whichever result the seats show.';
    const picture = pictureSvg({ ...input, note });
    const lines = [...picture.matchAll(/<text x="24" y="([\d.]+)" font-size="13" fill="rgb\(84, 91, 102\)">([^<]*)<\/text>/g)];
    expect(lines.map((m) => m[2]).join(' ')).toBe(note);
    expect(lines.length).toBeGreaterThan(1);
    const sourceY = Number(picture.match(new RegExp(`<text x="24" y="([\\d.]+)"[^>]*>${input.source}`))![1]);
    for (const [, y] of lines) expect(Number(y)).toBeLessThan(sourceY);
  });

  it('wraps a long source line to the picture, the credit beside its last line', () => {
    const source =
      'Source: 2019 seats by party ("Vote 2019 Live Results"); 2019 votes and shares, 2015 shares by party, CPAC; Elections Canada official voting results · October 21, 2019';
    const picture = pictureSvg({ ...input, source });
    const lines = [...picture.matchAll(/<text x="24" y="([\d.]+)" font-size="12" fill="rgb\(84, 91, 102\)">([^<]*)<\/text>/g)];
    expect(lines.map((m) => m[2]).join(' ')).toBe(source.replace(/"/g, '&quot;'));
    // 552 px of text at 12 px and 7.2 px a character (the estimate): at most 76 characters a line.
    expect(lines.length).toBe(3);
    for (const [, , line] of lines) expect(line!.replace(/&quot;/g, '"').length).toBeLessThanOrEqual(76);
    const creditY = Number(picture.match(/<text x="576" y="([\d.]+)"[^>]*text-anchor="end">/)![1]);
    expect(creditY).toBe(Number(lines.at(-1)![1]));
  });

  it('draws a stripe in the colour of the party a view is about', () => {
    expect(pictureSvg({ ...input, accent: '#ff0000' })).toContain('<rect width="600" height="5" fill="#ff0000"/>');
    expect(svg).not.toContain('height="5"');
  });

  it('is transparent without a background colour', () => {
    expect(svg).toContain('<rect width="600"');
    expect(pictureSvg({ ...input, colors: { ...input.colors, background: undefined } })).not.toContain('<rect');
  });

  it('escapes text', () => {
    expect(pictureSvg({ ...input, headline: 'A < B & "C"' })).toContain('>A &lt; B &amp; &quot;C&quot;</text>');
  });
});
