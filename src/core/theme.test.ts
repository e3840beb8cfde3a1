import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, type Palette } from './theme.ts';

const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

/** The custom properties the stylesheet gives a theme, as a palette. */
function declared(block: string): Palette {
  const value = (name: string) => new RegExp(`--${name}: ([^;]+);`).exec(block)?.[1]?.trim() ?? '';
  return {
    background: value('bg'),
    text: value('text'),
    muted: value('muted'),
    majority: value('majority'),
    dim: Number(value('dim')),
    fillL: [Number(value('fill-l-min')), Number(value('fill-l-max'))],
  };
}

describe('PALETTES', () => {
  it('are the colours the stylesheet gives each theme', () => {
    const light = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    const dark = css.slice(css.indexOf(":root[data-theme='dark'] {"));
    const systemDark = css.slice(css.indexOf(":root:not([data-theme='light']) {"));
    expect(declared(light)).toEqual(PALETTES.light);
    expect(declared(dark.slice(0, dark.indexOf('}')))).toEqual(PALETTES.dark);
    expect(declared(systemDark.slice(0, systemDark.indexOf('}')))).toEqual(PALETTES.dark);
  });
});
