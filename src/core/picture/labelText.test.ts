import { describe, expect, it } from 'vitest';
import { fitLabel, labelSize } from './labelText.ts';

describe('labelSize', () => {
  it('gives plain letters 0.58 em, bold figures 0.64 em and Han or Hangul letters a whole em', () => {
    expect(labelSize([{ text: 'Liberal ' }, { text: '169', strong: true }], 10)).toEqual({ width: 8 * 5.8 + 3 * 6.4, height: 12.5 });
    expect(labelSize([{ text: '中国人' }], 10).width).toBe(30);
    expect(labelSize([{ text: '민주당' }], 10).width).toBe(30);
  });
});

describe('fitLabel', () => {
  const width = (parts: readonly { text: string; strong?: boolean }[]) => labelSize(parts, 10).width;

  it('leaves a label that fits as it is', () => {
    const parts = [{ text: 'Liberal\u00a0' }, { text: '169', strong: true }];
    expect(fitLabel(parts, 10, 200)).toBe(parts);
  });

  it('cuts a long name to the width with an ellipsis, never the figure', () => {
    const fitted = fitLabel([{ text: 'Supercalifragilisticexpialidocious\u00a0' }, { text: '169', strong: true }], 10, 120);
    expect(fitted).toEqual([{ text: 'Supercalifragil…\u00a0' }, { text: '169', strong: true }]);
    expect(width(fitted)).toBeLessThanOrEqual(120);
  });

  it('cuts the longest name first, and keeps the dot between neighbours', () => {
    const fitted = fitLabel(
      [
        { text: 'Bloc\u00a0' },
        { text: '22', strong: true },
        { text: ' · Parti démocratique des travailleuses\u00a0' },
        { text: '7', strong: true },
      ],
      10,
      200,
    );
    expect(fitted.map((p) => p.text)).toEqual(['Bloc\u00a0', '22', ' · Parti démocratique de…\u00a0', '7']);
    expect(width(fitted)).toBeLessThanOrEqual(200);
  });

  it('cuts between letters, not inside one: a flag or an accented letter stays whole', () => {
    const fitted = fitLabel([{ text: '🇨🇦🇨🇦🇨🇦🇨🇦🇨🇦 ' }, { text: '3', strong: true }], 10, 45);
    expect(fitted[0]!.text).toBe('🇨🇦… ');
  });

  it('lets the last parties give way when every name is down to a letter', () => {
    const parts = Array.from({ length: 12 }, (_, i) => [
      { text: `${i > 0 ? ' · ' : ''}Party ${i}\u00a0` },
      { text: String(i), strong: true },
    ]).flat();
    const fitted = fitLabel(parts, 10, 100);
    expect(fitted.at(-1)).toEqual({ text: ' …' });
    expect(width(fitted)).toBeLessThanOrEqual(100);
    expect(fitted[0]!.text).toBe('P…\u00a0');
  });
});
