/**
 * The palettes of the themes, read from the stylesheet that defines them (src/theme/theme.css): each colour a
 * `light-dark(light, dark)` pair, each number a `calc()` of `--dark` (0 light, 1 dark). writePalettes.ts writes
 * them into src/core/picture/palettes.generated.ts for what draws away from the page (pictures), so no colour is
 * copied from the CSS by hand.
 */
import type { Palette, ThemeName } from '../../src/core/picture/theme.ts';

/** The one declaration of `--name` (the theme defines each once: theme.test.ts). */
function declaration(css: string, name: string): string {
  const found = [...css.matchAll(new RegExp(`--${name}: ([^;]+);`, 'g'))].map((m) => m[1]!.trim());
  if (found.length !== 1) throw new Error(`theme.css declares --${name} ${found.length} times, not once`);
  return found[0]!;
}

/** `--name` in one theme: a side of `light-dark(a, b)`, or `a + b × dark` for `calc(a + b * var(--dark))`. */
export function valueIn(css: string, theme: ThemeName, name: string): string | number {
  const declared = declaration(css, name);
  const colours = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/i.exec(declared);
  if (colours) return theme === 'light' ? colours[1]! : colours[2]!;
  const dark = theme === 'dark' ? 1 : 0;
  if (/^[\d.]+$/.test(declared)) return Number(declared);
  const sum = /^calc\((?:([\d.]+) \+ )?([\d.]+) \* var\(--dark\)\)$/.exec(declared);
  if (!sum) throw new Error(`--${name} is neither a colour pair nor a calc() of --dark: ${declared}`);
  return Math.round((Number(sum[1] ?? 0) + Number(sum[2]) * dark) * 1e6) / 1e6;
}

export function palettesFromCss(css: string): Record<ThemeName, Palette> {
  const palette = (theme: ThemeName): Palette => {
    const colour = (name: string) => String(valueIn(css, theme, name));
    const number = (name: string) => Number(valueIn(css, theme, name));
    return {
      background: colour('bg'),
      text: colour('text'),
      muted: colour('muted'),
      majority: colour('majority'),
      dim: number('dim'),
      fillL: [number('fill-l-min'), number('fill-l-max')],
      leadFill: number('lead-fill'),
      pendingFill: number('pending-fill'),
    };
  };
  return { light: palette('light'), dark: palette('dark') };
}

/** The generated module's text. */
export function palettesModule(css: string): string {
  return `// Written by scripts/theme/writePalettes.ts from src/theme/theme.css (npm run build): do not edit.
import type { Palette, ThemeName } from './theme.ts';

export const PALETTES: Readonly<Record<ThemeName, Palette>> = ${JSON.stringify(palettesFromCss(css), null, 2)};
`;
}
