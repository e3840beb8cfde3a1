// Written by scripts/theme/writePalettes.ts from src/theme/theme.css (npm run build): do not edit.
import type { Palette, ThemeName } from './theme.ts';

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  "light": {
    "background": "#ffffff",
    "text": "#1b1e23",
    "muted": "#545b66",
    "majority": "#1b1e23",
    "dim": 0.18,
    "fillL": [
      0,
      0.6
    ],
    "leadFill": 0.35,
    "pendingFill": 0.12
  },
  "dark": {
    "background": "#121418",
    "text": "#eef0f3",
    "muted": "#aab1bc",
    "majority": "#eef0f3",
    "dim": 0.22,
    "fillL": [
      0.62,
      1
    ],
    "leadFill": 0.6,
    "pendingFill": 0.25
  }
};
