/**
 * The colours of each theme, as the stylesheet defines them (src/theme/theme.css, the
 * custom properties of `:root` and of the dark theme): what a picture drawn
 * away from the page (a download, a link preview made at build time) paints
 * with, where no stylesheet applies. Generated from the stylesheet, so it is defined once.
 */
export type ThemeName = 'light' | 'dark';

export interface Palette {
  /** --bg: the page. */
  background: string;
  /** --text */
  text: string;
  /** --muted: secondary text. */
  muted: string;
  /** --majority: the majority line. */
  majority: string;
  /** --dim: the opacity of seats outside what the view shows. */
  dim: number;
  /** --fill-l-min, --fill-l-max: party colours are drawn with an OKLCH lightness in this range (see partyShade). */
  fillL: readonly [number, number];
  /** --lead-fill, --pending-fill: a night in progress, the fill opacity of a seat or riding only led, and of a riding still to report on the map. */
  leadFill: number;
  pendingFill: number;
}

// Read from the stylesheet by scripts/theme/writePalettes.ts (npm run build), never typed here.
export { PALETTES } from './palettes.generated.ts';
