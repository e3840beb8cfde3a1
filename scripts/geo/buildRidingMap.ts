/**
 * The riding map of the 2023 Representation Order (343 ridings):
 * data/canada-2025/geo/ (an SVG export of Elections Canada's shapes, the
 * shapefile's .dbf, .shx and .prj) and Natural Earth's land (world-atlas) in,
 * public/data/canada-2025-ridings.topo.json out. See data/canada-2025/geo/SOURCES.md.
 *
 * 1. SVG paths → rings in pixels → metres of EPSG:3347 (the drawn extent fitted to the .shx box).
 * 2. Shape i is .dbf record i: id = FED_NUM, checked against the election's ridings and SHAPE_AREA.
 * 3. Clipped to Natural Earth's land, projected into the same plane with proj4 and the .prj.
 * 4. One hex cartogram cell per riding (hexCartogram.ts), from the centres' longitude and latitude.
 * 5. TopoJSON, simplified to fit the size budget, quantized; every riding must keep an area.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import proj4 from 'proj4';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  checkLandShares,
  clipToLand,
  keptShare,
  landInBox,
  landNear,
  multiPolygonBbox,
  projectMultiPolygon,
  roundMultiPolygon,
  tileLand,
  type LandTile,
} from './clipToLand.ts';
import { contiguous, type HexCell } from '../../src/core/picture/hexGrid.ts';
import { hexCartogram } from './hexCartogram.ts';
import { joinRidings, type RidingShape } from './joinRidings.ts';
import { bboxOf, fitPixelsToMetres, multiPolygonArea, multiPolygonCentroid, ringsToPolygons, type MultiPolygon } from './polygons.ts';
import { readDbf, readShxBbox, type Bbox } from './readShapefileParts.ts';
import { CITY_INSETS } from './cityInsets.ts';
import { fitTopology, type FittedTopology, type TopologyOptions } from './ridingTopology.ts';
import { pathData, pathToRings, type Point } from './svgPaths.ts';

const GEO_DIR = new URL('../../data/canada-2025/geo/', import.meta.url);
const ELECTION_FILE = new URL('../../public/data/canada-2025.json', import.meta.url);
export const RIDING_MAP_FILE = new URL('../../public/data/canada-2025-ridings.topo.json', import.meta.url);

const RIDING_MAP_LIMITS = {
  ridings: 343,
  /** Largest difference between a shape's area and the official SHAPE_AREA. */
  areaTolerance: 0.02,
  /**
   * Smallest share of a riding's area that must be land. The official shapes
   * reach into the sea: Victoria keeps 10 %; 12 more (around Victoria and
   * Vancouver, on the St. Lawrence at Montréal, Halifax, St. John's East,
   * Nunavut) keep 29–46 %.
   */
  minLandShare: 0.05,
  /** Most ridings are inland: this share of them must keep ≥ 95 % of their area. */
  minShareMostlyLand: 0.6,
  /**
   * Canada's area is 9,984,670 km², of which 891,163 km² fresh water, so
   * 9,093,507 km² land (Statistics Canada, Canada Year Book 2012). Natural
   * Earth's land keeps most lakes but not the Great Lakes, so the clipped
   * ridings must add up to between the two (± 2 % for Natural Earth's coast).
   */
  canadaLandKm2: 9_093_507,
  canadaTotalKm2: 9_984_670,
  canadaAreaTolerance: 0.02,
} as const;

const TOPOLOGY_OPTIONS: TopologyOptions = {
  maxBytes: 250_000,
  maxGzipBytes: 90_000,
  quantization: 1e5,
  minRingArea: 5e6,
  referenceArea: 1e9,
  exponent: 0.5,
};

/** Coordinates are rounded to this many metres before clipping (the SVG's own precision is 67 m). */
const ROUNDING_M = 1;

export interface RidingMapInputs {
  svg: string;
  dbf: Uint8Array;
  shx: Uint8Array;
  /** The .prj text (ESRI WKT), given to proj4. */
  prj: string;
  /** world-atlas's land-10m.json. */
  land: Topology;
  /** The ids of the election's ridings. */
  ridingIds: readonly string[];
}

export function readRidingMapInputs(geoDir: URL = GEO_DIR, electionFile: URL = ELECTION_FILE): RidingMapInputs {
  const require = createRequire(import.meta.url);
  const election = JSON.parse(readFileSync(electionFile, 'utf8')) as { ridings: { id: string }[] };
  return {
    svg: readFileSync(new URL('FED_CA_2023_EN_REDUCED.svg', geoDir), 'utf8'),
    dbf: readFileSync(new URL('FED_CA_2023_EN.dbf', geoDir)),
    shx: readFileSync(new URL('FED_CA_2023_EN.shx', geoDir)),
    prj: readFileSync(new URL('FED_CA_2023_EN.prj', geoDir), 'utf8'),
    land: JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology,
    ridingIds: election.ridings.map((r) => r.id),
  };
}

/** Natural Earth's land as polygons in longitude and latitude. */
function landPolygons(land: Topology): MultiPolygon {
  const object = land.objects.land as GeometryCollection | undefined;
  if (!object) throw new Error('Riding map: the land file has no "land" object');
  const collection = feature(land, object);
  const polygons: MultiPolygon = [];
  for (const { geometry } of collection.features) {
    if (geometry?.type === 'Polygon') polygons.push(geometry.coordinates as MultiPolygon[number]);
    else if (geometry?.type === 'MultiPolygon') polygons.push(...(geometry.coordinates as MultiPolygon));
  }
  return polygons;
}

function pad(box: Bbox, by: number): Bbox {
  return { xmin: box.xmin - by, ymin: box.ymin - by, xmax: box.xmax + by, ymax: box.ymax + by };
}

export interface RidingMapResult extends FittedTopology {
  ridings: number;
  /** Smallest and largest ratio of a shape's area to its SHAPE_AREA, before clipping. */
  areaRatio: [number, number];
  /** Smallest share of a riding's area kept after clipping, and which riding. */
  minLandShare: { id: string; share: number };
  /** Area of all clipped ridings, km². */
  clippedAreaKm2: number;
}

/** SVG paths → polygons in metres of EPSG:3347 → joined to the .dbf records and checked. */
export function ridingShapes(inputs: Pick<RidingMapInputs, 'svg' | 'dbf' | 'shx' | 'ridingIds'>): RidingShape[] {
  const rings = pathData(inputs.svg).map(pathToRings);
  const fit = fitPixelsToMetres(bboxOf(rings.flat(2)), readShxBbox(inputs.shx));
  const shapes = rings.map((shape) => ringsToPolygons(shape.map((ring) => ring.map(fit.toMetres))));
  return joinRidings(shapes, readDbf(inputs.dbf).records, {
    count: RIDING_MAP_LIMITS.ridings,
    ridingIds: inputs.ridingIds,
    areaTolerance: RIDING_MAP_LIMITS.areaTolerance,
  });
}

/**
 * Natural Earth's land near the ridings (a point within a degree of their
 * longitude and latitude box), projected into their plane with the .prj, cut
 * into tiles.
 */
function landTiles(landTopology: Topology, prj: string, ridings: readonly RidingShape[]): LandTile[] {
  const projection = proj4(prj);
  const lonLat = bboxOf(
    (function* () {
      for (const r of ridings) for (const polygon of r.polygons) for (const p of polygon[0] ?? []) yield projection.inverse(p) as Point;
    })(),
  );
  const near = landNear(landPolygons(landTopology), pad(lonLat, 1));
  if (near.length === 0) throw new Error('Riding map: no Natural Earth land near the ridings');
  // A polygon spanning more than half the globe would cross the cone's seam and come out torn.
  for (const [outer] of near) {
    const { xmin, xmax } = bboxOf(outer ?? []);
    if (xmax - xmin > 180) throw new Error(`Riding map: a land polygon near Canada spans ${xmin}° to ${xmax}° of longitude`);
  }
  const land = roundMultiPolygon(
    projectMultiPolygon(near, (p) => projection.forward(p) as Point),
    ROUNDING_M,
  );
  return tileLand(landInBox(land, pad(multiPolygonBbox(ridings.flatMap((r) => r.polygons)), 10_000)));
}

/** Provinces' codes (FED_NUM's first two digits) of the territories: set above the provinces on the cartogram. */
const TERRITORIES = new Set(['60', '61', '62']);

/**
 * One cell per riding on the hex cartogram, from each official shape's centre in longitude and latitude (the
 * Lambert plane bends the east and west up, which would lift Newfoundland above Ontario). Checked: one riding
 * a cell, each province in one piece.
 */
function ridingCells(ridings: readonly RidingShape[], prj: string): Map<string, HexCell> {
  const projection = proj4(prj);
  const cells = hexCartogram(
    ridings.map((r) => {
      const [lon, lat] = projection.inverse(multiPolygonCentroid(r.polygons)) as Point;
      return { id: r.id, group: r.province, x: lon, y: lat };
    }),
    TERRITORIES,
  );
  const used = new Set([...cells.values()].map((c) => `${c.col},${c.row}`));
  if (cells.size !== ridings.length || used.size !== ridings.length)
    throw new Error(`Riding map: the cartogram has ${used.size} cells for ${ridings.length} ridings`);
  for (const province of new Set(ridings.map((r) => r.province))) {
    if (!contiguous(ridings.filter((r) => r.province === province).map((r) => cells.get(r.id)!))) {
      throw new Error(`Riding map: province ${province} is in more than one piece on the cartogram`);
    }
  }
  return cells;
}

/** The whole pipeline, without reading or writing files. */
export function ridingMap(inputs: RidingMapInputs, options: TopologyOptions = TOPOLOGY_OPTIONS): RidingMapResult {
  const ridings = ridingShapes(inputs);
  const tiles = landTiles(inputs.land, inputs.prj, ridings);
  const cells = ridingCells(ridings, inputs.prj);
  const clipped = ridings.map((riding) => ({
    id: riding.id,
    province: riding.province,
    polygons: clipToLand(roundMultiPolygon(riding.polygons, ROUNDING_M), tiles),
    hex: [cells.get(riding.id)!.col, cells.get(riding.id)!.row] as [number, number],
  }));
  const shares = ridings.map((riding, i) => ({ id: riding.id, share: keptShare(riding.polygons, clipped[i]!.polygons) }));
  const clippedAreaKm2 = clipped.reduce((sum, r) => sum + multiPolygonArea(r.polygons), 0) / 1e6;
  checkLandShares(shares, clippedAreaKm2, RIDING_MAP_LIMITS);

  const missing = CITY_INSETS.filter((inset) => !ridings.some((r) => r.id === inset.centre));
  if (missing.length > 0)
    throw new Error(
      `Riding map: city insets centred on ridings the map does not have: ${missing.map((i) => `${i.id} (${i.centre})`).join(', ')}`,
    );
  // The city insets go in the same file: the shapes get what is left of the size budget once they are counted.
  const insets = JSON.stringify({ insets: CITY_INSETS });
  const reserve = { bytes: Buffer.byteLength(insets), gzipBytes: gzipSync(insets, { level: 9 }).byteLength };
  const shapesOnly = fitTopology(clipped, {
    ...options,
    maxBytes: options.maxBytes - reserve.bytes,
    maxGzipBytes: options.maxGzipBytes - reserve.gzipBytes,
  });
  const topology = { ...shapesOnly.topology, insets: CITY_INSETS };
  const text = `${JSON.stringify(topology)}\n`;
  const fitted = { ...shapesOnly, topology, text, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).byteLength };
  const ratios = ridings.map((r) => r.areaRatio);
  return {
    ...fitted,
    ridings: fitted.topology.objects.ridings.geometries.length,
    areaRatio: [Math.min(...ratios), Math.max(...ratios)],
    minLandShare: shares.reduce((a, b) => (b.share < a.share ? b : a)),
    clippedAreaKm2,
  };
}

/** npm run data: builds and writes the riding map, and prints one line about it. */
export function buildRidingMap(out: URL = RIDING_MAP_FILE, inputs: RidingMapInputs = readRidingMapInputs()): RidingMapResult {
  const start = performance.now();
  const result = ridingMap(inputs);
  writeFileSync(out, result.text);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `Wrote ${fileURLToPath(out)}: ${result.ridings} riding shapes; ${result.bytes} bytes, ${result.gzipBytes} gzipped; ${seconds.toFixed(1)} s`,
  );
  return result;
}
