import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markCss, markLook } from './markLooks.ts';
import { partyShade } from './partyShade.ts';
import { PALETTES } from './theme.ts';

const { light, dark } = PALETTES;

describe('markLook', () => {
  it('paints a seat in its party’s shade, pale and ringed when led, an empty ring when still to report', () => {
    const shade = partyShade('#d71920', dark);
    expect(markLook('seat', {}, dark, '#d71920')).toEqual({ fill: shade });
    expect(markLook('seat', { status: 'leading' }, dark, '#d71920')).toEqual({ fill: shade, stroke: shade, 'fill-opacity': dark.leadFill });
    expect(markLook('seat', { status: 'pending' }, light, '#d71920')).toEqual({ fill: 'none', stroke: light.muted });
  });

  it('dims a mark outline and all, a lead’s fill by both its paleness and the dimming', () => {
    expect(markLook('seat', { status: 'leading', dimmed: true }, light, '#1a4782')).toMatchObject({
      'fill-opacity': light.leadFill * light.dim,
      'stroke-opacity': light.dim,
    });
    expect(markLook('riding', { status: 'pending', dimmed: true }, dark, '#1a4782')).toEqual({
      fill: dark.muted,
      stroke: dark.background,
      'fill-opacity': dark.pendingFill * dark.dim,
      'stroke-opacity': dark.dim,
    });
    expect(markLook('dot', { dimmed: true }, light, '#000000')).toEqual({ 'fill-opacity': light.dim, 'stroke-opacity': light.dim });
    expect(markLook('dot', {}, light, '#000000')).toEqual({});
  });
});

describe('markCss', () => {
  it('is the stylesheet the page loads (npm run build writes it: scripts/theme/writeMarkStyles.ts)', () => {
    expect(readFileSync(new URL('../../theme/marks.generated.css', import.meta.url), 'utf8')).toBe(markCss());
  });

  it('says each state in the theme’s custom properties, more specific the more states a rule names', () => {
    const css = markCss();
    expect(css).toContain(
      ".hemicycle-seats > circle.seat-dimmed[data-status='leading'] {\n  fill-opacity: calc(var(--lead-fill) * var(--dim));\n}",
    );
    expect(css).toContain('.riding-map path[data-riding].map-dimmed {\n  fill-opacity: var(--dim);\n  stroke-opacity: var(--dim);\n}');
  });
});
