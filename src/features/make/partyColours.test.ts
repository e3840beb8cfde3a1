import { describe, expect, it } from 'vitest';
import { DISTINCT_COLOURS, partyColours } from './partyColours.ts';

describe('partyColours', () => {
  it('keeps the colours given and gives the others the distinct palette in order, skipping those taken', () => {
    const colours = partyColours(['#D71920', undefined, '#0072B2', undefined]);
    expect(colours.map((c) => [c.color, c.given])).toEqual([
      ['#d71920', true],
      ['#e69f00', false],
      ['#0072b2', true],
      ['#009e73', false],
    ]);
  });

  it('says when a colour repeats: the palette ran out, or two parties were given the same', () => {
    const many = partyColours(Array.from({ length: 10 }, () => undefined));
    expect(many.slice(0, 8).map((c) => c.color)).toEqual([...DISTINCT_COLOURS]);
    expect(many.map((c) => c.repeated)).toEqual([false, false, false, false, false, false, false, false, true, true]);
    expect(partyColours(['#123456', '#123456']).map((c) => c.repeated)).toEqual([false, true]);
  });

  it('flags a colour that reaches less than 3:1 on a theme’s background', () => {
    const [yellow, navy, mid] = partyColours(['#f0e442', '#0b1f44', '#0072b2']);
    expect(yellow!.lowContrast).toEqual(['light']);
    expect(navy!.lowContrast).toEqual(['dark']);
    expect(mid!.lowContrast).toEqual([]);
  });
});
