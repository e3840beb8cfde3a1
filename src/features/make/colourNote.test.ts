import { describe, expect, it } from 'vitest';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import { colourNote, lowContrastThemes } from './colourNote.ts';

describe('colourNote', () => {
  it('flags a colour that reaches less than 3:1 on a theme’s background', () => {
    expect(lowContrastThemes('#f0e442')).toEqual(['light']);
    expect(lowContrastThemes('#0b1f44')).toEqual(['dark']);
    expect(lowContrastThemes('#0072b2')).toEqual([]);
  });

  it('says a repeated or faint colour, and nothing of one that is neither', () => {
    expect(colourNote(MAKE_WORDS.en, { color: '#0072b2', given: true, repeated: false })).toBeUndefined();
    expect(colourNote(MAKE_WORDS.en, { color: '#f0e442', given: false, repeated: true })).toBe(
      'The same colour as a party above: readers cannot tell them apart. Under 3:1 on the light background: the chart draws a stronger shade there.',
    );
  });
});
