/**
 * What to say of a party's colour: that it repeats one above, or cannot reach 3:1 on a theme's background (the
 * chart then draws that theme's accessible shade of it, as it does every party's: core/picture/partyShade).
 */
import { contrastRatio } from '../../core/picture/contrast.ts';
import { PALETTES, type ThemeName } from '../../core/picture/theme.ts';
import type { MadeColour } from '../../data/madeColours.ts';
import type { MAKE_WORDS } from '../../i18n/words/make.ts';

type Words = (typeof MAKE_WORDS)['en'];

const THEMES = Object.keys(PALETTES) as ThemeName[];

/** The themes on whose background a colour reaches less than 3:1. */
export const lowContrastThemes = (color: string): ThemeName[] =>
  THEMES.filter((theme) => contrastRatio(color, PALETTES[theme].background) < 3);

export function colourNote(words: Words, colour: MadeColour): string | undefined {
  const notes: string[] = [];
  if (colour.repeated) notes.push(words.colourRepeated);
  const faint = lowContrastThemes(colour.color);
  if (faint.length > 0) notes.push(words.colourLowContrast(faint.map((theme) => words.themes[theme]).join(words.and)));
  return notes.length > 0 ? notes.join(' ') : undefined;
}
