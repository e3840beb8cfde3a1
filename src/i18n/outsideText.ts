/**
 * Text from outside the app (a name in the URL) quoted in one of its sentences: characters that would act
 * unseen (controls, direction marks and overrides) are written out as their code ("U+202E"), and the text is
 * isolated (U+2068 … U+2069), so no direction it carries can turn the rest of the sentence around.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function outsideText(text: string): string {
  const shown = text.replace(INVISIBLE, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `\u2068${shown}\u2069`;
}
