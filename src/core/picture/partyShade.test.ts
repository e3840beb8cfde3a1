import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { partyShade } from './partyShade.ts';
import { PALETTES } from './theme.ts';

describe('partyShade', () => {
  it('keeps a colour whose lightness is in the theme range', () => {
    expect(partyShade('#d71920', PALETTES.light)).toBe('#d71920');
    expect(partyShade('#33b2cc', PALETTES.dark)).toBe('#33b2cc');
  });

  it('darkens a light colour for the light theme and lightens a dark one for the dark theme, hue kept', () => {
    expect(partyShade('#33b2cc', PALETTES.light)).toBe('#0090aa');
    expect(partyShade('#1a4782', PALETTES.dark)).toBe('#5988c8');
    expect(partyShade('#ffffff', PALETTES.light)).toBe('#808080');
  });

  it('reads at 3:1 or more on the background, for every party colour of the bundled elections', () => {
    for (const color of ['#d71920', '#1a4782', '#33b2cc', '#f37021', '#3d9b35', '#442d7b', '#7a7a7a']) {
      for (const palette of Object.values(PALETTES))
        expect(contrastRatio(partyShade(color, palette), palette.background)).toBeGreaterThanOrEqual(3);
    }
  });
});
