import { describe, expect, it } from 'vitest';
import type { Point } from './svgPaths.ts';
import {
  CRS,
  checkTopology,
  finishTopology,
  fitTopology,
  presimplifiedTopology,
  ridingFeatures,
  topologyAreas,
  type RidingGeometry,
} from './ridingTopology.ts';
import { rectanglePolygon, type Polygon } from './polygons.ts';

const rect = rectanglePolygon;

/** A wiggly line from (x, y0) to (x, y1): a border with many points. */
function wiggle(x: number, y0: number, y1: number, n: number): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => [x + (i % 2 === 0 ? 0 : 100), y0 + ((y1 - y0) * i) / n] as Point);
}

// Two ridings of 100 km × 100 km sharing a wiggly border, and a 1 km² island.
const border = wiggle(100_000, 0, 100_000, 200);
const west: Polygon = [[[0, 0], ...border, [0, 100_000], [0, 0]]];
const east: Polygon = [[[200_000, 0], [200_000, 100_000], ...[...border].reverse(), [200_000, 0]]];
const ridings: RidingGeometry[] = [
  { id: '35001', province: '35', polygons: [west], hex: [0, 0] },
  { id: '24001', province: '24', polygons: [east, rect(300_000, 0, 301_000, 1_000)], hex: [1, 0] },
];
const options = { maxBytes: 100_000, maxGzipBytes: 100_000, quantization: 1e4, minRingArea: 5e6, referenceArea: 1e9, exponent: 0 };

describe('ridingFeatures', () => {
  it('makes one feature per riding with its id and province', () => {
    const collection = ridingFeatures(ridings);
    expect(collection.features.map((f) => [f.id, f.properties, f.geometry.type])).toEqual([
      ['35001', { province: '35', hex: [0, 0] }, 'MultiPolygon'],
      ['24001', { province: '24', hex: [1, 0] }, 'MultiPolygon'],
    ]);
  });
});

describe('fitTopology', () => {
  it('keeps everything when the budget allows, storing the shared border once', () => {
    const fitted = fitTopology(ridings, options);
    const topo = fitted.topology;
    expect(topo.type).toBe('Topology');
    expect(topo.crs).toBe(CRS);
    expect(topo.transform).toBeDefined();
    expect(topo.objects.ridings.geometries.map((g) => [g.id, g.properties])).toEqual([
      ['35001', { province: '35', hex: [0, 0] }],
      ['24001', { province: '24', hex: [1, 0] }],
    ]);
    // The wiggly border is one arc, all 201 points kept; the 1 km² island is gone.
    expect(Math.max(...topo.arcs.map((arc) => arc.length))).toBe(201);
    expect(topo.objects.ridings.geometries[1]).toMatchObject({ type: 'MultiPolygon', arcs: [expect.anything()] });
    const areas = topologyAreas(topo);
    expect(areas.get('35001')).toBeCloseTo(1e10 + 5e5, -7);
    expect(fitted.text).toBe(`${JSON.stringify(topo)}\n`);
    expect(fitted.bytes).toBe(fitted.text.length);
  });

  it('simplifies until the file fits the budget', () => {
    const full = fitTopology(ridings, options);
    const fitted = fitTopology(ridings, { ...options, maxBytes: full.bytes - 300 });
    expect(fitted.bytes).toBeLessThanOrEqual(full.bytes - 300);
    expect(fitted.gzipBytes).toBeLessThanOrEqual(options.maxGzipBytes);
    expect(Math.max(...fitted.topology.arcs.map((arc) => arc.length))).toBeLessThan(201);
    expect([...topologyAreas(fitted.topology).values()].every((a) => a > 0)).toBe(true);
  });

  it('fails when even the coarsest file is over the budget', () => {
    expect(() => fitTopology(ridings, { ...options, maxGzipBytes: 100 })).toThrow(
      /even with only the arcs' ends kept, the file is \d+ bytes/,
    );
  });

  it("never drops a riding's largest ring, however small", () => {
    const tiny: RidingGeometry[] = [...ridings, { id: '12001', province: '12', polygons: [rect(400_000, 0, 400_100, 100)], hex: [2, 0] }];
    const topo = fitTopology(tiny, options).topology;
    // 100 m × 100 m, drawn on a grid of 40 m.
    expect(topologyAreas(topo).get('12001')).toBeGreaterThan(5_000);
  });
});

describe('presimplifiedTopology', () => {
  it('weighs the points on a small riding more when the exponent is above 0', () => {
    const small: RidingGeometry[] = [
      {
        id: '1',
        province: '1',
        hex: [0, 0],
        polygons: [
          [
            [
              [0, 0],
              [1000, 0],
              [1000, 1000],
              [500, 1010],
              [0, 1000],
              [0, 0],
            ],
          ],
        ],
      },
    ];
    const weight = (exponent: number) =>
      Math.max(
        ...presimplifiedTopology(small, { referenceArea: 1e9, exponent })
          .arcs[0]!.filter((p) => Number.isFinite(p[2]))
          .map((p) => p[2]!),
      );
    // The riding is ~1e6 m², 1000 times smaller than the reference: weights × √1000.
    expect(weight(0.5) / weight(0)).toBeCloseTo(Math.sqrt(1e9 / 1_005_000), 6);
  });
});

describe('checkTopology', () => {
  it('fails on a riding without area and on a missing riding', () => {
    const pre = presimplifiedTopology(ridings, { referenceArea: 1e9, exponent: 0 });
    const topo = finishTopology(pre, 0, options);
    expect(() => checkTopology(topo, ['35001', '24001'])).not.toThrow();
    expect(() => checkTopology(topo, ['35001', '24001', '10001'])).toThrow('the topology has 2 shapes, expected 3');
    expect(() => checkTopology(topo, ['35001', '10001'])).toThrow('1 ridings have no area after simplification: 10001');
  });
});
