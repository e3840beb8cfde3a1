/**
 * The join between the SVG's shapes and the .dbf's records: shape i is record i.
 * Nothing in the SVG names its ridings, so the join is checked by the area of
 * every shape against the record's official SHAPE_AREA.
 */
import { multiPolygonArea, type MultiPolygon } from './polygons.ts';
import type { DbfRecord } from './readShapefileParts.ts';

export interface RidingShape {
  /** The Elections Canada district number, e.g. "24073": the riding's id in the app's data. */
  id: string;
  /** The two-digit province code, the first two digits of the id, e.g. "24". */
  province: string;
  polygons: MultiPolygon;
  /** Area of the shape divided by the official SHAPE_AREA. */
  areaRatio: number;
}

export interface JoinOptions {
  /** How many ridings there must be. */
  count: number;
  /** The ids every riding of the election data has: each must get a shape, and no shape may have another id. */
  ridingIds: Iterable<string>;
  /** Largest relative difference between a shape's area and its SHAPE_AREA. */
  areaTolerance?: number;
}

const MAX_LISTED = 10;

function fail(what: string, problems: string[]): never {
  const listed = problems.slice(0, MAX_LISTED).join('; ');
  const more = problems.length > MAX_LISTED ? `; and ${problems.length - MAX_LISTED} more` : '';
  throw new Error(`Riding map join: ${what}: ${listed}${more}`);
}

/** Shape i gets the id (FED_NUM) of record i, after checking counts, ids and areas; throws on any mismatch. */
export function joinRidings(shapes: readonly MultiPolygon[], records: readonly DbfRecord[], options: JoinOptions): RidingShape[] {
  const { count, areaTolerance = 0.02 } = options;
  if (shapes.length !== count || records.length !== count) {
    fail('wrong count', [`${shapes.length} SVG paths and ${records.length} .dbf records, expected ${count} of each`]);
  }

  const ids = records.map((record, i) => {
    const num = record.FED_NUM;
    if (typeof num !== 'number' || !Number.isInteger(num) || num < 10000 || num > 99999) {
      fail('bad FED_NUM', [`record ${i + 1} has FED_NUM ${JSON.stringify(num)}, not a five-digit number`]);
    }
    return String(num);
  });

  const known = new Set(options.ridingIds);
  const seen = new Set<string>();
  const idProblems: string[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) idProblems.push(`${id} appears twice (record ${i + 1})`);
    seen.add(id);
    if (!known.has(id)) idProblems.push(`${id} (record ${i + 1}) is not a riding of the election data`);
  });
  for (const id of known) if (!seen.has(id)) idProblems.push(`riding ${id} has no shape`);
  if (idProblems.length > 0) fail('ids do not match the election data', idProblems);

  const ridings: RidingShape[] = [];
  const areaProblems: string[] = [];
  shapes.forEach((polygons, i) => {
    const id = ids[i]!;
    const official = records[i]!.SHAPE_AREA;
    if (typeof official !== 'number' || !(official > 0)) {
      areaProblems.push(`${id} has SHAPE_AREA ${JSON.stringify(official)}`);
      return;
    }
    const areaRatio = multiPolygonArea(polygons) / official;
    if (!(Math.abs(areaRatio - 1) <= areaTolerance)) {
      areaProblems.push(
        `shape ${i + 1} (${id} ${String(records[i]!.ED_NAMEE ?? '')}) has ${(areaRatio * 100).toFixed(2)} % of its official area`,
      );
    }
    ridings.push({ id, province: id.slice(0, 2), polygons, areaRatio });
  });
  if (areaProblems.length > 0) fail(`areas differ by more than ${areaTolerance * 100} % (is shape i still record i?)`, areaProblems);
  return ridings;
}
