import { describe, expect, it } from 'vitest';
import { cellCentre, contiguous, neighbours } from './hexGrid.ts';

describe('hex grid', () => {
  it('gives each cell its six neighbours, odd rows shifted right', () => {
    expect(neighbours({ col: 2, row: 2 })).toEqual([
      { col: 1, row: 2 },
      { col: 3, row: 2 },
      { col: 1, row: 1 },
      { col: 2, row: 1 },
      { col: 1, row: 3 },
      { col: 2, row: 3 },
    ]);
    expect(neighbours({ col: 2, row: 1 }).slice(2)).toEqual([
      { col: 2, row: 0 },
      { col: 3, row: 0 },
      { col: 2, row: 2 },
      { col: 3, row: 2 },
    ]);
    // Every neighbour's centre is one cell away.
    for (const n of neighbours({ col: 5, row: 3 })) {
      const [a, b] = [cellCentre(n), cellCentre({ col: 5, row: 3 })];
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(1, 12);
    }
  });

  it('tells one piece from two', () => {
    expect(
      contiguous([
        { col: 0, row: 0 },
        { col: 1, row: 0 },
        { col: 0, row: 1 },
      ]),
    ).toBe(true);
    expect(
      contiguous([
        { col: 0, row: 0 },
        { col: 2, row: 0 },
      ]),
    ).toBe(false);
  });
});
