import { describe, expect, it } from 'vitest';
import { outsideText } from './outsideText.ts';

describe('outsideText', () => {
  it('isolates the text, so its direction stays inside it', () => {
    expect(outsideText('cpc')).toBe('\u2068cpc\u2069');
    expect(outsideText('مرحبا')).toBe('\u2068مرحبا\u2069');
  });

  it('writes out the characters that would act unseen', () => {
    expect(outsideText('\u202Ecpl is the winner')).toBe('\u2068U+202Ecpl is the winner\u2069');
    expect(outsideText('a\u0000b\u2069c\u200F')).toBe('\u2068aU+0000bU+2069cU+200F\u2069');
  });
});
