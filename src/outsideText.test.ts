import { describe, expect, it } from 'vitest';
import { outsideText } from './outsideText.ts';

describe('outsideText', () => {
  it.each([
    // Isolated, so its direction stays inside it.
    ['cpc', '\u2068cpc\u2069'],
    ['مرحبا', '\u2068مرحبا\u2069'],
    // The characters that would act unseen, written out.
    ['\u202Ecpl is the winner', '\u2068U+202Ecpl is the winner\u2069'],
    ['a\u0000b\u2069c\u200F', '\u2068aU+0000bU+2069cU+200F\u2069'],
  ])('writes %j as %j', (text, written) => expect(outsideText(text)).toBe(written));
});
