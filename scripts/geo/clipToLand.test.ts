import { describe, expect, it } from 'vitest';
import {
  checkLandShares,
  clipToLand,
  keptShare,
  landInBox,
  landNear,
  multiPolygonBbox,
  roundMultiPolygon,
  tileLand,
} from './clipToLand.ts';
import { multiPolygonArea, rectanglePolygon, type MultiPolygon, type Polygon } from './polygons.ts';
import type { Point } from './svgPaths.ts';

const rect = rectanglePolygon;

/** A circle-like polygon of n points (a coastline with many points), rounded to 0.001 as the build rounds to 1 m. */
function disc(cx: number, cy: number, r: number, n: number): Polygon {
  const ring: Point[] = [];
  const round = (v: number) => Math.round(v * 1000) / 1000;
  for (let i = 0; i < n; i++) ring.push([round(cx + r * Math.cos((2 * Math.PI * i) / n)), round(cy + r * Math.sin((2 * Math.PI * i) / n))]);
  ring.push([...ring[0]!]);
  return [ring];
}

describe('clipToLand', () => {
  it('keeps the land half of a riding that runs half into the sea', () => {
    const land = tileLand([rect(-100, -100, 5, 100)]);
    const riding: MultiPolygon = [rect(0, 0, 10, 10)];
    const clipped = clipToLand(riding, land);
    expect(multiPolygonArea(clipped)).toBe(50);
    expect(multiPolygonBbox(clipped)).toEqual({ xmin: 0, ymin: 0, xmax: 5, ymax: 10 });
    expect(keptShare(riding, clipped)).toBe(0.5);
  });

  it('keeps a lake inside the riding when the land has no hole there', () => {
    const riding: MultiPolygon = [[...rect(0, 0, 10, 10), rect(4, 4, 6, 6)[0]!]];
    expect(multiPolygonArea(clipToLand(riding, tileLand([rect(-1, -1, 11, 11)])))).toBe(96);
  });

  it('gives nothing for a riding all at sea', () => {
    expect(clipToLand([rect(50, 50, 60, 60)], tileLand([rect(0, 0, 10, 10)]))).toEqual([]);
  });

  it('joins the pieces of land from several tiles into one shape', () => {
    const island = disc(0, 0, 100, 400);
    const tiles = tileLand([island], 50);
    expect(tiles.length).toBeGreaterThan(4);
    const clipped = clipToLand([rect(-20, -20, 20, 20)], tiles);
    expect(clipped).toHaveLength(1);
    expect(multiPolygonArea(clipped)).toBeCloseTo(1600, 6);
  });
});

describe('tileLand', () => {
  it('cuts a large polygon into tiles of at most maxPoints, covering the same area', () => {
    const land = [disc(0, 0, 100, 1000), rect(200, 0, 210, 10)];
    const tiles = tileLand(land, 100);
    for (const tile of tiles) {
      const points = tile.polygons.flat(2).length;
      expect(points).toBeLessThanOrEqual(100);
      expect(tile.bbox).toEqual(multiPolygonBbox(tile.polygons));
    }
    const total = tiles.reduce((sum, tile) => sum + multiPolygonArea(tile.polygons), 0);
    expect(total).toBeCloseTo(multiPolygonArea(land), 6);
    // The small square is its own tile, uncut.
    expect(tiles.some((tile) => tile.polygons.length === 1 && tile.polygons[0] === land[1])).toBe(true);
  });
});

describe('landNear and landInBox', () => {
  it('keeps polygons with a point in the box, not one whose ring only spans it (Eurasia from −180° to 180°)', () => {
    const canadaIsland = rect(-80, 60, -79, 61);
    const farAway = rect(10, 10, 20, 20);
    const aroundTheWorld: Polygon = [
      [
        [-180, 65],
        [-170, 65],
        [-170, 70],
        [170, 70],
        [180, 70],
        [180, 65],
        [-180, 65],
      ],
    ];
    expect(landNear([canadaIsland, farAway, aroundTheWorld], { xmin: -141, ymin: 41, xmax: -52, ymax: 90 })).toEqual([canadaIsland]);
  });

  it('keeps whole polygons inside the box and cuts the ones across its edge', () => {
    const inside = rect(1, 1, 2, 2);
    const land = landInBox([inside, rect(8, 0, 12, 4), rect(20, 20, 30, 30)], { xmin: 0, ymin: 0, xmax: 10, ymax: 10 });
    expect(land[0]).toBe(inside);
    expect(land.slice(1).map((p) => multiPolygonBbox([p]))).toEqual([{ xmin: 8, ymin: 0, xmax: 10, ymax: 4 }]);
  });
});

describe('roundMultiPolygon', () => {
  it('rounds every coordinate to the step', () => {
    expect(
      roundMultiPolygon(
        [
          [
            [
              [1.4, 2.6],
              [10.5, -3.2],
            ],
          ],
        ],
        1,
      ),
    ).toEqual([
      [
        [
          [1, 3],
          [11, -3],
        ],
      ],
    ]);
  });
});

describe('checkLandShares', () => {
  const limits = { minLandShare: 0.05, minShareMostlyLand: 0.6, canadaLandKm2: 100, canadaTotalKm2: 110, canadaAreaTolerance: 0.02 };
  const shares = [
    { id: 'a', share: 1 },
    { id: 'b', share: 0.99 },
    { id: 'c', share: 0.1 },
  ];

  it('passes a country that is mostly land and within its area', () => {
    expect(() => checkLandShares(shares, 105, limits)).not.toThrow();
  });

  it('fails on a riding left with too little land', () => {
    expect(() => checkLandShares([...shares, { id: 'd', share: 0.04 }], 105, limits)).toThrow(
      'Riding map: clipping to land left less than 5 % of 1 ridings: d keeps 4.0 %',
    );
  });

  it('fails when too few ridings are mostly land (the land is not where the ridings are)', () => {
    expect(() => checkLandShares([...shares, { id: 'd', share: 0.5 }], 105, limits)).toThrow('only 50.0 % of ridings keep ≥ 95 %');
  });

  it('fails when the clipped country is smaller than its land or larger than its land and water', () => {
    expect(() => checkLandShares(shares, 97, limits)).toThrow('the clipped ridings cover 97 km², outside 98–112 km²');
    expect(() => checkLandShares(shares, 113, limits)).toThrow('outside 98–112 km²');
  });
});
