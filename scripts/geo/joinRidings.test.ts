import { describe, expect, it } from 'vitest';
import { joinRidings } from './joinRidings.ts';
import type { MultiPolygon } from './polygons.ts';

/** One square polygon of the given area (m²). */
function shape(area: number): MultiPolygon {
  const s = Math.sqrt(area);
  return [
    [
      [
        [0, 0],
        [s, 0],
        [s, s],
        [0, s],
        [0, 0],
      ],
    ],
  ];
}

const records = [
  { FED_NUM: 24073, ED_NAMEE: 'Terrebonne', SHAPE_AREA: 1_000_000 },
  { FED_NUM: 35060, ED_NAMEE: 'Milton East—Halton Hills South', SHAPE_AREA: 4_000_000 },
  { FED_NUM: 62001, ED_NAMEE: 'Nunavut', SHAPE_AREA: 9_000_000 },
];
const ridingIds = ['24073', '35060', '62001'];
const shapes = [shape(1_000_000), shape(4_000_000 * 1.015), shape(9_000_000 * 0.99)];

describe('joinRidings', () => {
  it('gives shape i the FED_NUM of record i as its id, with its province', () => {
    const ridings = joinRidings(shapes, records, { count: 3, ridingIds });
    expect(ridings.map((r) => [r.id, r.province])).toEqual([
      ['24073', '24'],
      ['35060', '35'],
      ['62001', '62'],
    ]);
    expect(ridings.map((r) => r.areaRatio)).toEqual([1, expect.closeTo(1.015, 10), expect.closeTo(0.99, 10)]);
    expect(ridings[2]!.polygons).toBe(shapes[2]);
  });

  it('fails on a wrong count of paths or records', () => {
    expect(() => joinRidings(shapes.slice(0, 2), records, { count: 3, ridingIds })).toThrow(
      'Riding map join: wrong count: 2 SVG paths and 3 .dbf records, expected 3 of each',
    );
    expect(() => joinRidings(shapes, records, { count: 343, ridingIds })).toThrow('expected 343 of each');
  });

  it('fails on an id the election does not have, and on a riding left without a shape', () => {
    const wrong = [records[0]!, { ...records[1]!, FED_NUM: 35999 }, records[2]!];
    expect(() => joinRidings(shapes, wrong, { count: 3, ridingIds })).toThrow(
      'Riding map join: ids do not match the election data: 35999 (record 2) is not a riding of the election data; riding 35060 has no shape',
    );
  });

  it('fails on an id that appears twice', () => {
    const twice = [records[0]!, records[0]!, records[2]!];
    expect(() => joinRidings(shapes, twice, { count: 3, ridingIds })).toThrow('24073 appears twice (record 2)');
  });

  it('fails on a FED_NUM that is not a five-digit number', () => {
    expect(() => joinRidings(shapes, [records[0]!, { ...records[1]!, FED_NUM: '35060' }, records[2]!], { count: 3, ridingIds })).toThrow(
      'record 2 has FED_NUM "35060", not a five-digit number',
    );
  });

  it('fails when a shape differs from its official area by more than 2 %', () => {
    // Shapes 2 and 3 swapped: what a join off by one looks like.
    const swapped = [shapes[0]!, shapes[2]!, shapes[1]!];
    expect(() => joinRidings(swapped, records, { count: 3, ridingIds })).toThrow(
      'Riding map join: areas differ by more than 2 % (is shape i still record i?): shape 2 (35060 Milton East—Halton Hills South) has 222.75 % of its official area; shape 3 (62001 Nunavut) has 45.11 % of its official area',
    );
    const offBy21 = [shapes[0]!, shape(4_000_000 * 1.021), shapes[2]!];
    expect(() => joinRidings(offBy21, records, { count: 3, ridingIds })).toThrow(
      'shape 2 (35060 Milton East—Halton Hills South) has 102.10 %',
    );
  });
});
