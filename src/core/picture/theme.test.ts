import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../theme/theme.css', import.meta.url), 'utf8');
const declarations = (name: string) => [...css.matchAll(new RegExp(`--${name}: ([^;]+);`, 'g'))].map((m) => m[1]!.trim());

// That the palettes pictures paint with are the stylesheet's: scripts/theme/palettes.test.ts.
describe('the theme', () => {
  it('defines each property once: each has one declaration has one declaration, and the dark switches hold none', () => {
    for (const name of [
      'bg',
      'panel',
      'text',
      'muted',
      'rule',
      'accent',
      'focus',
      'majority',
      'error',
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
