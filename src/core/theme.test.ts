import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, type Palette, type ThemeName } from './theme.ts';

const css = readFileSync(new URL('../theme/theme.css', import.meta.url), 'utf8');
const declarations = (name: string) => [...css.matchAll(new RegExp(`--${name}: ([^;]+);`, 'g'))].map((m) => m[1]!.trim());

/** A custom property in one theme: `light-dark(a, b)` picks a side; a number is its `calc()` with `--dark` at 0 or 1. */
function valueIn(theme: ThemeName, name: string): string {
  const [declared] = declarations(name);
  const colours = /^light-dark\(([^,]+), ([^)]+)\)$/.exec(declared ?? '');
  if (colours) return theme === 'light' ? colours[1]! : colours[2]!;
  const arithmetic = (declared ?? '').replaceAll('calc(', '(').replaceAll('var(--dark)', theme === 'light' ? '0' : '1');
  if (!/^[\d.+*\-() ]+$/.test(arithmetic)) throw new Error(`--${name} is neither a colour pair nor a number: ${declared}`);
  return String(Math.round((Function(`return ${arithmetic}`)() as number) * 1e6) / 1e6);
}

function declared(theme: ThemeName): Palette {
  const value = (name: string) => valueIn(theme, name);
  return {
    background: value('bg'),
    text: value('text'),
    muted: value('muted'),
    majority: value('majority'),
    dim: Number(value('dim')),
    fillL: [Number(value('fill-l-min')), Number(value('fill-l-max'))],
    leadFill: Number(value('lead-fill')),
    pendingFill: Number(value('pending-fill')),
  };
}

describe('PALETTES', () => {
  it('are the colours the stylesheet gives each theme', () => {
    expect(declared('light')).toEqual(PALETTES.light);
    expect(declared('dark')).toEqual(PALETTES.dark);
  });

  it('are defined once: each property has one declaration, and the dark switches hold none', () => {
    for (const name of [
      'bg',
      'panel',
      'text',
      'muted',
      'rule',
      'accent',
      'focus',
      'majority',
      'dim',
      'fill-l-min',
      'fill-l-max',
      'lead-fill',
      'pending-fill',
    ]) {
      expect(declarations(name), name).toHaveLength(1);
    }
    expect(declarations('dark')).toEqual(['0', '1', '1']);
  });
});
