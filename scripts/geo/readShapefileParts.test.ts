import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDbf, readShxBbox } from './readShapefileParts.ts';

/** A dBASE III file with the given fields (name, type, length) and records (already padded text). */
function dbf(fields: [string, string, number][], records: string[]): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, [, , length]) => sum + length, 0);
  const bytes = new Uint8Array(headerLength + records.length * recordLength + 1);
  const view = new DataView(bytes.buffer);
  bytes[0] = 3;
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  fields.forEach(([name, type, length], i) => {
    bytes.set(new TextEncoder().encode(name), 32 + 32 * i);
    bytes[32 + 32 * i + 11] = type.charCodeAt(0);
    bytes[32 + 32 * i + 16] = length;
  });
  bytes[headerLength - 1] = 0x0d;
  records.forEach((record, i) => bytes.set(new TextEncoder().encode(record), headerLength + i * recordLength));
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}

describe('readDbf', () => {
  const fields: [string, string, number][] = [
    ['FED_NUM', 'N', 5],
    ['ED_NAMEE', 'C', 12],
    ['SHAPE_AREA', 'F', 10],
  ];

  it('reads numbers as numbers and trims text, in record order', () => {
    const { records } = readDbf(dbf(fields, [' 24073Terrebonne  1.5e8     ', ' 10001Avalon      123.25    ']));
    expect(records).toEqual([
      { FED_NUM: 24073, ED_NAMEE: 'Terrebonne', SHAPE_AREA: 150000000 },
      { FED_NUM: 10001, ED_NAMEE: 'Avalon', SHAPE_AREA: 123.25 },
    ]);
  });

  it('skips deleted records and reads UTF-8', () => {
    // Field lengths are in bytes: "Lévis" takes 6 of its 12.
    const { records } = readDbf(dbf(fields, ['*00001Gone        1         ', ' 24001Lévis      2         ']));
    expect(records).toEqual([{ FED_NUM: 24001, ED_NAMEE: 'Lévis', SHAPE_AREA: 2 }]);
  });

  it('fails on a number that is not one', () => {
    expect(() => readDbf(dbf(fields, [' 2407xTerrebonne  1         ']))).toThrow('.dbf record 1: FED_NUM "2407x" is not a number');
  });

  it('reads the 343 records of the official file', () => {
    const { records } = readDbf(readFileSync(new URL('../../data/canada-2025/geo/FED_CA_2023_EN.dbf', import.meta.url)));
    expect(records).toHaveLength(343);
    expect(records[0]).toMatchObject({ FED_NUM: 10001, ED_NAMEE: 'Avalon', REP_ORDER: '2023' });
    expect(records.find((r) => r.FED_NUM === 24073)?.ED_NAMEE).toBe('Terrebonne');
  });
});

describe('readShxBbox', () => {
  it('reads the bounding box of the official index', () => {
    const box = readShxBbox(readFileSync(new URL('../../data/canada-2025/geo/FED_CA_2023_EN.shx', import.meta.url)));
    expect(box.xmin).toBeCloseTo(3658201.494, 3);
    expect(box.ymin).toBeCloseTo(658872.974, 3);
    expect(box.xmax).toBeCloseTo(9019156.614, 3);
    expect(box.ymax).toBeCloseTo(6083004.851, 3);
  });

  it('refuses a file that is not a shapefile index', () => {
    expect(() => readShxBbox(new Uint8Array(100))).toThrow('not a shapefile index');
  });
});
