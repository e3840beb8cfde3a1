import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../src/core/picture/theme.ts';
import { palettesFromCss, palettesModule, valueIn } from './palettes.ts';

const css = readFileSync(new URL('../../src/theme/theme.css', import.meta.url), 'utf8');

describe('palettes', () => {
  it('read each theme’s side of a colour pair and each number with --dark at 0 or 1', () => {
    const sheet = ':root { --bg: light-dark(#ffffff, #121418); --dim: calc(0.18 + 0.04 * var(--dark)); --l: calc(0.62 * var(--dark)); }';
    expect([valueIn(sheet, 'light', 'bg'), valueIn(sheet, 'dark', 'bg')]).toEqual(['#ffffff', '#121418']);
    expect([valueIn(sheet, 'light', 'dim'), valueIn(sheet, 'dark', 'dim')]).toEqual([0.18, 0.22]);
    expect([valueIn(sheet, 'light', 'l'), valueIn(sheet, 'dark', 'l')]).toEqual([0, 0.62]);
    expect(() => valueIn(':root { --x: red; }', 'light', 'x')).toThrow('--x is neither a colour pair nor a calc() of --dark');
    expect(() => valueIn(':root { --x: 1; --x: 2; }', 'light', 'x')).toThrow('declares --x 2 times');
  });

  it('are what the app paints pictures with: the generated module is the stylesheet’s (npm run build writes it)', () => {
    expect(PALETTES).toEqual(palettesFromCss(css));
    expect(readFileSync(new URL('../../src/core/picture/palettes.generated.ts', import.meta.url), 'utf8')).toBe(palettesModule(css));
  });
});
