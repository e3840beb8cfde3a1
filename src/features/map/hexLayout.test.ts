import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bandsOf, hexagonPath, hexLayout, MIN_CELL, type HexLayout } from './hexLayout.ts';
import { hexCells } from './mapShapes.ts';
import { parseRidingMap } from './ridingMapSchema.ts';

const topology = parseRidingMap(JSON.parse(readFileSync('public/data/canada-2025-ridings.topo.json', 'utf8')));
const cells = hexCells(topology);
const election = JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')) as {
  regions: { id: string; abbreviation: { en: string; fr: string } }[];
  ridings: { id: string; region: string }[];
};
/** Each province's short name, by the first two digits of its ridings' numbers, as the map panel names them. */
const namesIn = (lang: 'en' | 'fr') => {
  const names = new Map<string, string>();
  for (const r of election.ridings) names.set(r.id.slice(0, 2), election.regions.find((g) => g.id === r.region)!.abbreviation[lang]);
  return (province: string) => names.get(province);
};

const group = (province: string, minX: number, maxX: number) => ({ province, cells: [], minX, maxX });

describe('hexagonPath', () => {
  it('writes a hexagon point up, its six corners at the given distance', () => {
    expect(hexagonPath(0, 0, 10)).toBe('M8.7,5L0,10L-8.7,5L-8.7,-5L0,-10L8.7,-5Z');
  });
});

describe('bandsOf', () => {
  it('cuts the groups, in order, where the widest band is narrowest, ties to the most even', () => {
    const groups = [group('a', 0, 6), group('b', 7, 12), group('c', 13, 16), group('d', 17, 31), group('e', 32, 51)];
    const names = (k: number) => bandsOf(groups, k).map((band) => band.map((g) => g.province).join(''));
    expect(names(1)).toEqual(['abcde']);
    expect(names(2)).toEqual(['abcd', 'e']);
    expect(names(3)).toEqual(['abc', 'd', 'e']);
    // More bands than groups: one group a band.
    expect(names(9)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('hexLayout', () => {
  const tiny = [
    { id: 'a1', province: 'A', col: 0, row: 0 },
    { id: 'b1', province: 'B', col: 5, row: 0 },
    { id: 'a2', province: 'A', col: 1, row: 0 },
  ];

  it('keeps the grid in one band when its hexagons are wide enough to aim at', () => {
    // 6 columns across 120: 20 a hexagon.
    const { shapes, height } = hexLayout(tiny, 120);
    const r = 20 / Math.sqrt(3);
    expect(shapes.map((s) => [s.id, s.x, s.y])).toEqual([
      ['a1', 10, 11.5],
      ['b1', 110, 11.5],
      ['a2', 30, 11.5],
    ]);
    expect(height).toBe(Math.ceil(2 * r));
  });

  it('wraps into bands, each centred, rather than draw hexagons narrower than MIN_CELL', () => {
    // One band would give 60 / 6 = 10 a hexagon; two give 60 / 2 = 30.
    expect(60 / 6).toBeLessThan(MIN_CELL);
    const { shapes, height } = hexLayout(tiny, 60);
    const r = 30 / Math.sqrt(3);
    const secondTop = 2 * r + 15;
    expect(shapes.map((s) => [s.id, s.x, s.y])).toEqual([
      ['a1', 15, 17.3],
      ['b1', 30, Math.round((secondTop + r) * 10) / 10],
      ['a2', 45, 17.3],
    ]);
    expect(height).toBe(Math.ceil(secondTop + 2 * r));
  });

  it('names each group, over a large one, beside a small one, with room made above the band', () => {
    const cluster = [
      ...[0, 1, 2, 3, 4, 5].map((col) => ({ id: `big${col}`, province: 'B', col, row: 1 })),
      { id: 'small', province: 'S', col: 8, row: 1 },
    ];
    const { provinces, labelSize, shapes } = hexLayout(cluster, 180, { nameOf: (p) => (p === 'B' ? 'Big' : 'Sm') });
    // 9 columns across 180: 20 a hexagon; the names 16 high, and 20 of room over the band.
    expect(labelSize).toBe(16);
    const small = shapes.find((s) => s.id === 'small')!;
    expect(small.y).toBe(Math.round((20 + 20 / Math.sqrt(3)) * 10) / 10);
    expect(provinces).toEqual([
      { province: 'B', x: 60, y: small.y, anchor: 'middle' },
      { province: 'S', x: small.x, y: Math.round((small.y - 20 / Math.sqrt(3) - 9) * 10) / 10, anchor: 'middle' },
    ]);
  });

  it('keeps in sight what it is asked to: the name moves to the nearest cell where it hides none of them', () => {
    const row = [0, 1, 2, 3, 4, 5].map((col) => ({ id: `big${col}`, province: 'B', col, row: 1 }));
    const cluster = [...row, { id: 'small', province: 'S', col: 8, row: 1 }];
    const plain = hexLayout(cluster, 180, { nameOf: (p) => (p === 'B' ? 'Big' : 'Sm') });
    // 'Big' is 30 wide on 20-wide cells: over a cell, it hides that cell and half of each neighbour.
    const kept = hexLayout(cluster, 180, { nameOf: (p) => (p === 'B' ? 'Big' : 'Sm'), keepInSight: (id) => id === 'big2' });
    const x = (layout: HexLayout, id: string) => layout.shapes.find((c) => c.id === id)!.x;
    expect(plain.provinces[0]!.x).toBe(60);
    expect(kept.provinces[0]!.x).toBe(x(kept, 'big4'));
  });

  it('parts two provinces where their hexagons meet: the side they share, perpendicular to their centres', () => {
    const pair = [
      { id: 'a1', province: 'A', col: 0, row: 0 },
      { id: 'a2', province: 'A', col: 1, row: 0 },
      { id: 'b1', province: 'B', col: 2, row: 0 },
    ];
    // 3 columns across 60: cells 20 wide, corners r = 20/√3 from their centres; the shared side at x = 40.
    const r = 20 / Math.sqrt(3);
    const round = (n: number) => Math.round(n * 10) / 10;
    // (From the centres as placed, to a tenth: y = 11.5.)
    expect(hexLayout(pair, 60).edges).toBe(`M40,${round(11.5 + r / 2)}L40,${round(11.5 - r / 2)}`);
    // Neighbours on the grid that the bands put apart share no side.
    expect(hexLayout(tiny, 60).edges).toBe('');
  });

  it('names none when it draws one province: the page says which it is', () => {
    expect(
      hexLayout(
        tiny.filter((c) => c.province === 'A'),
        120,
        { nameOf: () => 'A' },
      ).provinces,
    ).toEqual([]);
  });
});

/** Every riding once, no two hexagons on each other, all inside; every name inside, apart, and off others' hexagons. */
function expectReadable(layout: HexLayout, names: (p: string) => string | undefined) {
  const { shapes, provinces, width, height, labelSize } = layout;
  expect(new Set(shapes.map((s) => s.id)).size).toBe(343);
  const centres = shapes.map((s) => [s.x, s.y] as const);
  const nearest = Math.min(...centres.flatMap(([x, y], i) => centres.slice(i + 1).map(([u, v]) => Math.hypot(x - u, y - v))));
  const step = nearest; // neighbours are one hexagon's width apart
  for (const s of shapes) {
    expect(s.x - step / 2).toBeGreaterThanOrEqual(-0.1);
    expect(s.x + step / 2).toBeLessThanOrEqual(width + 0.1);
    expect(s.y).toBeLessThanOrEqual(height);
  }
  expect(new Set(provinces.map((p) => p.province))).toEqual(new Set(shapes.map((s) => s.province)));
  const boxes = provinces.map((p) => {
    const w = [...names(p.province)!].length * 0.62 * labelSize;
    const x0 = p.anchor === 'middle' ? p.x - w / 2 : p.anchor === 'start' ? p.x : p.x - w;
    return { province: p.province, x0, x1: x0 + w, y0: p.y - labelSize / 2, y1: p.y + labelSize / 2 };
  });
  for (const [i, a] of boxes.entries()) {
    expect(a.x0, a.province).toBeGreaterThanOrEqual(-0.1);
    expect(a.x1, a.province).toBeLessThanOrEqual(width + 0.1);
    for (const b of boxes.slice(i + 1)) {
      // A third of the size between names side by side, as between words.
      const space = labelSize / 3;
      const apart = a.x1 + space <= b.x0 || b.x1 + space <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      expect(apart, `${a.province} and ${b.province}`).toBe(true);
    }
  }
  return step;
}

describe('the 2025 cartogram', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`keeps one band on a wide panel, every province and territory named (${lang})`, () => {
      const layout = hexLayout(cells, 1000, { nameOf: namesIn(lang) });
      const step = expectReadable(layout, namesIn(lang));
      expect(step).toBeCloseTo(1000 / 52.5, 0);
      expect(layout.provinces).toHaveLength(13);
    });

    for (const width of [296, 316, 346]) {
      it(`wraps into three bands of hexagons a finger can aim at, at ${width} px (${lang})`, () => {
        const layout = hexLayout(cells, width, { nameOf: namesIn(lang) });
        const step = expectReadable(layout, namesIn(lang));
        expect(step).toBeGreaterThanOrEqual(MIN_CELL);
        // West of Manitoba, Manitoba to Ontario (and Nunavut), Quebec to Newfoundland.
        const band = (province: string) => layout.shapes.find((s) => s.province === province)!.y;
        expect(band('59')).toBeLessThan(band('46'));
        expect(band('46')).toBeLessThan(band('24'));
      });
    }
  }
});
