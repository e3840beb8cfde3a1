import { describe, expect, it } from 'vitest';
import { pictureSvg, wrap } from './picture.ts';

const input = {
  width: 600,
  chart: { markup: '<circle cx="0" cy="-0.5" r="0.1" data-seat="0"/>', viewBox: '-1 -1 2 1' },
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
  });

  it('is transparent without a background colour', () => {
    expect(svg).toContain('<rect width="600"');
    expect(pictureSvg({ ...input, colors: { ...input.colors, background: undefined } })).not.toContain('<rect');
  });

  it('escapes text', () => {
    expect(pictureSvg({ ...input, headline: 'A < B & "C"' })).toContain('>A &lt; B &amp; &quot;C&quot;</text>');
  });
});
