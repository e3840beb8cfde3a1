/**
 * The colours of each theme, as the stylesheet defines them (src/theme/theme.css, the
 * custom properties of `:root` and of the dark theme): what a picture drawn
 * away from the page (a download, a link preview made at build time) paints
 * with, where no stylesheet applies. A unit test keeps the two the same.
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

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: {
    background: '#ffffff',
    text: '#1b1e23',
    muted: '#545b66',
    majority: '#1b1e23',
    dim: 0.18,
    fillL: [0, 0.6],
    leadFill: 0.35,
    pendingFill: 0.12,
  },
  dark: {
    background: '#121418',
    text: '#eef0f3',
    muted: '#aab1bc',
    majority: '#eef0f3',
    dim: 0.22,
    fillL: [0.62, 1],
    leadFill: 0.6,
    pendingFill: 0.25,
  },
};
