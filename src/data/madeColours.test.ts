import { describe, expect, it } from 'vitest';
import { DISTINCT_COLOURS, madeColours } from './madeColours.ts';

describe('madeColours', () => {
  it('keeps the colours given and gives the others the distinct palette in order, skipping those taken', () => {
    const colours = madeColours(['#D71920', undefined, '#0072B2', undefined]);
    expect(colours.map((c) => [c.color, c.given])).toEqual([
      ['#d71920', true],
      ['#e69f00', false],
      ['#0072b2', true],
      ['#009e73', false],
    ]);
  });

  it('says when a colour repeats: the palette ran out, or two parties were given the same', () => {
    const many = madeColours(Array.from({ length: 10 }, () => undefined));
    expect(many.slice(0, 8).map((c) => c.color)).toEqual([...DISTINCT_COLOURS]);
    expect(many.map((c) => c.repeated)).toEqual([false, false, false, false, false, false, false, false, true, true]);
    expect(madeColours(['#123456', '#123456']).map((c) => c.repeated)).toEqual([false, true]);
  });
});
