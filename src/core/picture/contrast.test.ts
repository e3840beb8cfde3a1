import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn } from './contrast.ts';

describe('contrastRatio', () => {
  it('matches the WCAG extremes and known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#33b2cc', '#f6f7f9')).toBe(contrastRatio('#f6f7f9', '#33b2cc'));
  });
});

describe('inkOn', () => {
  it('picks the more readable of black and white', () => {
    expect(inkOn('#1a4782')).toBe('#ffffff');
    expect(inkOn('#33b2cc')).toBe('#000000');
  });
});
