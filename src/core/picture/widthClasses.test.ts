import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDTH_CLASSES, widthClassAt } from './widthClasses.ts';

describe('widthClassAt', () => {
  it.each([
    [280, 'narrow'],
    [399, 'narrow'],
    [400, 'medium'],
    [559, 'medium'],
    [560, 'wide'],
    [672, 'wide'],
    [4000, 'wide'],
  ])('%i px → %s', (width, name) => expect(widthClassAt(width).name).toBe(name));

  it('matches the container queries of the stylesheet, which decide in the browser', () => {
    const css = readFileSync(new URL('../../features/hemicycle/hemicycle.css', import.meta.url), 'utf8');
    let from = 0;
    for (const c of WIDTH_CLASSES) {
      const query = [from > 0 ? `width >= ${from}px` : '', Number.isFinite(c.belowPx) ? `width < ${c.belowPx}px` : '']
        .filter(Boolean)
        .map((q) => `(${q})`)
        .join(' and ');
      expect(css).toContain(`@container hemicycle ${query} {\n  .hemicycle [data-width-class='${c.name}'] {`);
      from = c.belowPx;
    }
  });
});
