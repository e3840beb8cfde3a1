import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellCentre, contiguous, type HexCell } from '../../src/core/picture/hexGrid.ts';
import { assignCells, hexCartogram, type PlacedRiding } from './hexCartogram.ts';

describe('assignCells', () => {
  it('gives each riding the cell at its target when there is one', () => {
    const cells: HexCell[] = [
      { col: 0, row: 0 },
      { col: 1, row: 0 },
      { col: 0, row: 1 },
      { col: 1, row: 1 },
    ];
    const wanted = [3, 0, 2, 1].map((i) => cells[i]!);
    expect(assignCells(wanted.map(cellCentre), cells)).toEqual(wanted);
  });

  it('swaps a greedy choice that costs the others more', () => {
    // Greedy gives riding 0 the cell at 0 (distance 0.1), leaving riding 1 the far cell; a swap is cheaper overall.
    const cells: HexCell[] = [
      { col: 0, row: 0 },
      { col: 5, row: 0 },
    ];
    expect(
      assignCells(
        [
          { x: 0.1, y: 0 },
          { x: -4, y: 0 },
        ].reverse(),
        cells,
      ),
    ).toEqual([cells[0], cells[1]]);
  });
});

const riding = (id: string, group: string, x: number, y: number): PlacedRiding => ({ id, group, x, y });

describe('hexCartogram', () => {
  // Two provinces side by side and a territory to the north of the western one.
  const west = [riding('w1', 'W', 0, 0), riding('w2', 'W', 1, 0), riding('w3', 'W', 0, 1), riding('w4', 'W', 1, 1)];
  const east = Array.from({ length: 9 }, (_, i) => riding(`e${i}`, 'E', 10 + (i % 3), Math.floor(i / 3)));
  const north = [riding('n1', 'N', 0.5, 5)];
  const cells = hexCartogram([...west, ...east, ...north], new Set(['N']));

  it('places every riding once, each province in one piece', () => {
    expect(cells.size).toBe(14);
    expect(new Set([...cells.values()].map((c) => `${c.col},${c.row}`)).size).toBe(14);
    for (const group of [west, east, north]) expect(contiguous(group.map((r) => cells.get(r.id)!))).toBe(true);
  });

  it('keeps provinces where they are: west to west, the territory on top', () => {
    const x = (rs: PlacedRiding[]) => Math.max(...rs.map((r) => cellCentre(cells.get(r.id)!).x));
    expect(x(west)).toBeLessThan(Math.min(...east.map((r) => cellCentre(cells.get(r.id)!).x)));
    expect(cells.get('n1')!.row).toBeLessThan(Math.min(...west.map((r) => cells.get(r.id)!.row)));
    // The western province is the southern one: it sits lower (rows 4–5), the territory on the row above it.
    expect(cells.get('n1')).toEqual({ col: 0, row: 3 });
  });

  it('keeps ridings where they are inside their province: the north-east one in the top right cell', () => {
    // w4 is north-east (x 1, y 1): the top row of its block (the smaller row), right cell; w1, south-west.
    expect(cells.get('w4')).toEqual({ col: 1, row: 4 });
    expect(cells.get('w1')).toEqual({ col: 0, row: 5 });
  });

  it('always gives one cell each and contiguous provinces, for any ridings', () => {
    const arb = fc.array(
      fc.record({
        group: fc.constantFrom('a', 'b', 'c', 'd', 't'),
        x: fc.double({ min: -100, max: 100, noNaN: true }),
        y: fc.double({ min: -100, max: 100, noNaN: true }),
      }),
      {
        minLength: 1,
        maxLength: 120,
      },
    );
    fc.assert(
      fc.property(arb, (points) => {
        const rs = points.map((p, i) => riding(String(i), p.group, p.x, p.y));
        const placed = hexCartogram(rs, new Set(['t']));
        expect(placed.size).toBe(rs.length);
        expect(new Set([...placed.values()].map((c) => `${c.col},${c.row}`)).size).toBe(rs.length);
        for (const g of new Set(rs.map((r) => r.group)))
          expect(contiguous(rs.filter((r) => r.group === g).map((r) => placed.get(r.id)!))).toBe(true);
      }),
      { numRuns: 60, seed: 16 },
    );
  });
});
