import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  RIDING_MAP_FILE,
  readRidingMapInputs,
  ridingMap,
  ridingShapes,
  type RidingMapInputs,
  type RidingMapResult,
} from './buildRidingMap.ts';
import { contiguous } from '../../src/core/picture/hexGrid.ts';
import { topologyAreas, type RidingProperties } from './ridingTopology.ts';

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

// The whole build on the real files: about 10 s.
describe('the riding map of the 2023 Representation Order', () => {
  let inputs: RidingMapInputs;
  let result: RidingMapResult;
  beforeAll(() => {
    inputs = readRidingMapInputs();
    result = ridingMap(inputs);
  }, 120_000);

  it('has the 343 ridings, each with its province and an area', () => {
    const geometries = result.topology.objects.ridings.geometries;
    expect(geometries).toHaveLength(343);
    expect(new Set(geometries.map((g) => g.id))).toEqual(new Set(inputs.ridingIds));
    for (const g of geometries) expect((g.properties as RidingProperties).province).toBe(String(g.id).slice(0, 2));
    expect(geometries.every((g) => g.type === 'Polygon' || g.type === 'MultiPolygon')).toBe(true);
    expect([...topologyAreas(result.topology).values()].every((area) => area > 0)).toBe(true);
  });

  it('matches the official areas before clipping, and keeps the Arctic islands after', () => {
    expect(result.areaRatio[0]).toBeGreaterThan(0.995);
    expect(result.areaRatio[1]).toBeLessThan(1.005);
    // Nunavut: its land and lakes are about 2.09 million km², not the 4.7 million of its boundary.
    const nunavut = topologyAreas(result.topology).get('62001')! / 1e6;
    expect(nunavut).toBeGreaterThan(1.9e6);
    expect(nunavut).toBeLessThan(2.3e6);
  });

  it('puts each riding in a cell of its own on the cartogram, each province in one piece and in its place', () => {
    const geometries = result.topology.objects.ridings.geometries;
    const cells = geometries.map((g) => {
      const { province, hex } = g.properties as RidingProperties;
      return { province, col: hex[0], row: hex[1] };
    });
    expect(new Set(cells.map((c) => `${c.col},${c.row}`)).size).toBe(343);
    const provinces = [...new Set(cells.map((c) => c.province))];
    for (const p of provinces) expect(contiguous(cells.filter((c) => c.province === p)), p).toBe(true);
    // West to east: British Columbia, Alberta, Saskatchewan, Manitoba, Ontario, Quebec, then the Atlantic.
    const meanCol = (p: string) => mean(cells.filter((c) => c.province === p).map((c) => c.col));
    const order = ['59', '48', '47', '46', '35', '24'].map(meanCol);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(Math.min(...['10', '11', '12', '13'].map(meanCol))).toBeGreaterThan(meanCol('24'));
    // The territories on top of the provinces under them.
    const topRow = Math.min(...cells.filter((c) => !['60', '61', '62'].includes(c.province)).map((c) => c.row));
    for (const t of ['60', '61', '62']) expect(cells.find((c) => c.province === t)!.row).toBeLessThan(topRow + 3);
  });

  it('fits the budget', () => {
    expect(result.bytes).toBeLessThanOrEqual(250_000);
    expect(result.gzipBytes).toBeLessThanOrEqual(90_000);
    expect(result.topology.crs).toMatch(/^EPSG:3347 .* in metres$/);
  });

  it('is the file in public/data (run npm run data after changing the build)', () => {
    expect(result.text).toBe(readFileSync(RIDING_MAP_FILE, 'utf8'));
  });

  it('fails loudly when a path is missing or the order is off', () => {
    const paths = inputs.svg.match(/<path\b[^>]*>/g)!;
    expect(() => ridingShapes({ ...inputs, svg: inputs.svg.replace(paths.at(-1)!, '') })).toThrow(
      'wrong count: 342 SVG paths and 343 .dbf records, expected 343 of each',
    );
    const swapped = inputs.svg.replace(paths[0]!, '\u0000').replace(paths[1]!, paths[0]!).replace('\u0000', paths[1]!);
    expect(() => ridingShapes({ ...inputs, svg: swapped })).toThrow(/areas differ by more than 2 %.*shape 1 \(10001 Avalon\)/);
  });
});
