/**
 * The surface colour the seats are drawn on, per theme. Must match `--panel`
 * in styles.css: a party colour with less than 3:1 against it gets an outline.
 */
import { contrastRatio, GRAPHICS_CONTRAST } from '../core/contrast.ts';

export const SEAT_SURFACE = { light: '#f6f7f9', dark: '#1c1f25' } as const;

const cache = new Map<string, string>();

/** Classes that outline a seat in each theme where its fill alone is too faint (cached: a few colours, thousands of seats). */
export function outlineClasses(fill: string): string {
  let classes = cache.get(fill);
  if (classes === undefined) cache.set(fill, (classes = computeOutlineClasses(fill)));
  return classes;
}

function computeOutlineClasses(fill: string): string {
  return (Object.keys(SEAT_SURFACE) as (keyof typeof SEAT_SURFACE)[])
    .filter((theme) => contrastRatio(fill, SEAT_SURFACE[theme]) < GRAPHICS_CONTRAST)
    .map((theme) => ` outline-${theme}`)
    .join('');
}
