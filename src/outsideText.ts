/**
 * Text from outside the app (a name in the URL) quoted in one of its sentences: characters that would act
 * unseen (controls, direction marks and overrides) are written out as their code ("U+202E"), and the text is
 * isolated (U+2068 … U+2069), so no direction it carries can turn the rest of the sentence around. At the
 * root of src/ because data/ (a made chart's names, madeElection) and the views (a name in the URL) both need it.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function outsideText(text: string): string {
  const shown = text.replace(INVISIBLE, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `\u2068${shown}\u2069`;
}

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A name typed by a reader (a made chart's), as every output shows it: isolated and its unseen characters written
 * out when it has any, or right-to-left letters; as typed otherwise, so a plain name stays plain in its file.
 */
export function typedName(text: string): string {
  INVISIBLE.lastIndex = 0;
  return RIGHT_TO_LEFT.test(text) || INVISIBLE.test(text) ? outsideText(text) : text;
}
