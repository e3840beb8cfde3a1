import { describe, expect, it } from 'vitest';
import { linearScale } from './linearScale.ts';

describe('linearScale', () => {
  it('maps the domain onto the range, extrapolating outside', () => {
    const x = linearScale([0, 343], [0, 100]);
    expect(x(0)).toBe(0);
    expect(x(343)).toBe(100);
    expect(x(172)).toBeCloseTo(50.1458, 4);
    expect(x(686)).toBe(200);
  });

  it('handles signed domains and reversed ranges', () => {
    expect(linearScale([-20, 20], [0, 100])(0)).toBe(50);
    expect(linearScale([0, 10], [100, 0])(2)).toBe(80);
  });

  it('maps a zero-width domain to the start of the range', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
  });
});
