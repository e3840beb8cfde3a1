/**
 * The shade of a party colour a theme draws it in: the same hue and chroma
 * with the OKLCH lightness held inside the theme's range, so every party reads
 * at 3:1 or more on the theme's background. The stylesheet does the same in
 * the browser (`oklch(from currentColor clamp(…) c h)` on `.party-fill` and
 * the seats); this is it for pictures drawn away from a stylesheet.
 */
// culori's `useMode` registers a colour space; it is not a React hook.
import { formatHex, modeLrgb, modeOklab, modeOklch, modeRgb, toGamut, useMode as registerMode } from 'culori/fn';
import type { Palette } from './theme.ts';

registerMode(modeRgb);
registerMode(modeLrgb);
registerMode(modeOklab);
const toOklch = registerMode(modeOklch);
// Lightness the clamp takes out of sRGB comes back by CSS Color 4's gamut mapping (chroma lowered, hue kept).
const intoRgb = toGamut('rgb', 'oklch');

export function partyShade(color: string, { fillL: [min, max] }: Pick<Palette, 'fillL'>): string {
  const parsed = toOklch(color);
  if (!parsed) return color;
  return formatHex(intoRgb({ ...parsed, l: Math.min(max, Math.max(min, parsed.l)) }));
}
