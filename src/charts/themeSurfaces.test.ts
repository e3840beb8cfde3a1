import { describe, expect, it } from 'vitest';
import { contrastRatio, GRAPHICS_CONTRAST } from '../core/contrast.ts';
import { outlineClasses, SEAT_SURFACE } from './themeSurfaces.ts';

describe('outlineClasses', () => {
  it('outlines a colour only in the themes where it is too faint', () => {
    expect(outlineClasses('#33b2cc')).toBe(' outline-light');
    expect(outlineClasses('#1a4782')).toBe(' outline-dark');
    expect(outlineClasses('#7a7a7a')).toBe('');
  });

  it('uses outlines that themselves reach 3:1', () => {
    expect(contrastRatio('#1b1e23', SEAT_SURFACE.light)).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
    expect(contrastRatio('#eef0f3', SEAT_SURFACE.dark)).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
  });
});
