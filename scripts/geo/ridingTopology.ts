/**
 * The ridings as one compact TopoJSON: shared borders stored once
 * (topojson-server), simplified as little as the size budget allows
 * (topojson-simplify, Visvalingam weights in m²), then quantized.
 *
 * Object `ridings`: a GeometryCollection of (Multi)Polygons, each with `id`
 * (the FED_NUM, e.g. "24073") and `properties.province` (its first two
 * digits). Coordinates are in the EPSG:3347 plane, x east and y north, in
 * metres, as the top-level `crs` member says.
 */
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { multiPolygonArea, ringArea, type MultiPolygon } from './polygons.ts';
import type { Point } from './svgPaths.ts';

export const CRS = 'EPSG:3347 (Statistics Canada Lambert conformal conic, NAD83): x east, y north, in metres';

export interface RidingGeometry {
  id: string;
  province: string;
  polygons: MultiPolygon;
  /** The riding's cell on the hex cartogram: column and row, odd-r offset (scripts/geo/hexCartogram.ts). */
  hex: [number, number];
}

export interface RidingProperties {
  province: string;
  hex: [number, number];
}

export type RidingTopology = Topology<{ ridings: GeometryCollection<RidingProperties> }> & { crs: string };

/** A topology as topojson-simplify takes it. */
type AnyTopology = Parameters<typeof presimplify>[0];

export interface TopologyOptions {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Largest file once gzipped, in bytes. */
  maxGzipBytes: number;
  /** Grid of the quantized coordinates (points per side of the bounding box). */
  quantization: number;
  /** Rings (islands, holes) smaller than this after simplification are dropped, in m². */
  minRingArea: number;
  /** Point weights are scaled by (referenceArea / riding area)^exponent (m²; 0: plain Visvalingam). */
  referenceArea: number;
  exponent: number;
}

export function ridingFeatures(ridings: readonly RidingGeometry[]): FeatureCollection<GeoMultiPolygon, RidingProperties> {
  return {
    type: 'FeatureCollection',
    features: ridings.map((r): Feature<GeoMultiPolygon, RidingProperties> => ({
      type: 'Feature',
      id: r.id,
      properties: { province: r.province, hex: r.hex },
      geometry: { type: 'MultiPolygon', coordinates: r.polygons },
    })),
  };
}

/**
 * The presimplified topology: every point carries its Visvalingam weight (the
 * area of the triangle it makes with its neighbours, m²), multiplied by
 * (referenceArea / A)^exponent, where A is the area of the smallest riding
 * whose border the point is on. With an exponent above 0, a small city riding
 * keeps detail that a riding the size of Nunavut would not need.
 */
export function presimplifiedTopology(
  ridings: readonly RidingGeometry[],
  detail: Pick<TopologyOptions, 'referenceArea' | 'exponent'>,
): AnyTopology {
  const pre = presimplify(topology({ ridings: ridingFeatures(ridings) }) as AnyTopology);
  if (detail.exponent === 0) return pre;
  const smallest = new Array<number>(pre.arcs.length).fill(Infinity);
  const geometries = (pre.objects.ridings as GeometryCollection).geometries;
  geometries.forEach((geometry, i) => {
    const area = multiPolygonArea(ridings[i]!.polygons);
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    for (const ring of polygons.flat()) {
      for (const arc of ring) {
        const index = arc < 0 ? ~arc : arc; // ~i: arc i, reversed
        smallest[index] = Math.min(smallest[index]!, area);
      }
    }
  });
  pre.arcs.forEach((arc, i) => {
    const factor = (detail.referenceArea / smallest[i]!) ** detail.exponent;
    for (const point of arc) point[2] = point[2]! * factor;
  });
  return pre;
}

/** Keeps the points of weight ≥ `weight`, drops rings that became smaller than `minRingArea`, then quantizes. */
export function finishTopology(
  presimplified: AnyTopology,
  weight: number,
  options: Pick<TopologyOptions, 'quantization' | 'minRingArea'>,
): RidingTopology {
  const simplified = simplify(presimplified, weight);
  // Small rings go, except each riding's largest outer ring: no riding is dropped whole.
  const largeEnough = filterWeight(simplified, options.minRingArea);
  const kept = new Set<unknown>();
  for (const geometry of (simplified.objects.ridings as GeometryCollection).geometries) {
    const outers =
      geometry.type === 'Polygon' ? [geometry.arcs[0]] : geometry.type === 'MultiPolygon' ? geometry.arcs.map((p) => p[0]) : [];
    let largest: { ring: unknown; area: number } | undefined;
    for (const ring of outers) {
      if (!ring) continue;
      const shape = feature(simplified, { type: 'Polygon', arcs: [ring] }).geometry;
      const area = Math.abs(ringArea((shape?.coordinates[0] ?? []) as Point[]));
      if (!largest || area > largest.area) largest = { ring, area };
    }
    if (largest) kept.add(largest.ring);
  }
  const filtered = filter(simplified, (ring, interior) => kept.has(ring) || largeEnough(ring, interior));
  const { type, ...quantized } = quantize(filtered, options.quantization);
  return { type, crs: CRS, ...quantized } as RidingTopology;
}

/** Each riding's area (m²) as the topology draws it: 0 for a riding that lost its shape. */
export function topologyAreas(topo: RidingTopology): Map<string, number> {
  const areas = new Map<string, number>();
  for (const geometry of topo.objects.ridings.geometries) {
    const id = String(geometry.id);
    const decoded = feature(topo, geometry);
    const shape = 'geometry' in decoded ? decoded.geometry : null;
    let area = 0;
    if (shape?.type === 'Polygon') area = multiPolygonArea([shape.coordinates as MultiPolygon[number]]);
    else if (shape?.type === 'MultiPolygon') area = multiPolygonArea(shape.coordinates as MultiPolygon);
    areas.set(id, (areas.get(id) ?? 0) + area);
  }
  return areas;
}

/** Throws unless the topology has as many shapes as `ids` and every riding of `ids` has an area > 0. */
export function checkTopology(topo: RidingTopology, ids: readonly string[]): void {
  const geometries = topo.objects.ridings.geometries;
  if (geometries.length !== ids.length) {
    throw new Error(`Riding map: the topology has ${geometries.length} shapes, expected ${ids.length}`);
  }
  const areas = topologyAreas(topo);
  const lost = ids.filter((id) => !((areas.get(id) ?? 0) > 0));
  if (lost.length > 0) throw new Error(`Riding map: ${lost.length} ridings have no area after simplification: ${lost.join(', ')}`);
}

export interface FittedTopology {
  topology: RidingTopology;
  text: string;
  bytes: number;
  gzipBytes: number;
  /** The weight below which points were dropped: m² of triangle on the border of a riding of `referenceArea`. */
  weight: number;
}

function measure(topo: RidingTopology) {
  const text = `${JSON.stringify(topo)}\n`;
  const bytes = Buffer.byteLength(text);
  const gzipBytes = gzipSync(text, { level: 9 }).byteLength;
  return { text, bytes, gzipBytes };
}

/**
 * The most detailed topology that fits the budget: a bisection over how many
 * points to keep (the weights, sorted, say which weight keeps how many).
 * Throws if even the coarsest one is too large or loses a riding.
 */
export function fitTopology(ridings: readonly RidingGeometry[], options: TopologyOptions): FittedTopology {
  const presimplified = presimplifiedTopology(ridings, options);
  const weights: number[] = [];
  for (const arc of presimplified.arcs) for (const point of arc) if (Number.isFinite(point[2])) weights.push(point[2]!);
  weights.sort((a, b) => b - a);

  const ids = ridings.map((r) => r.id);
  const build = (keep: number) => {
    // Keeping the `keep` heaviest points; weight Infinity keeps only the arcs' ends.
    const weight = keep <= 0 ? Infinity : weights[Math.min(keep, weights.length) - 1]!;
    const topo = finishTopology(presimplified, weight, options);
    return { topology: topo, weight, ...measure(topo) };
  };
  const fits = (m: { bytes: number; gzipBytes: number }) => m.bytes <= options.maxBytes && m.gzipBytes <= options.maxGzipBytes;

  let best = build(0);
  if (!fits(best)) {
    throw new Error(
      `Riding map: even with only the arcs' ends kept, the file is ${best.bytes} bytes (${best.gzipBytes} gzipped), over ${options.maxBytes} (${options.maxGzipBytes})`,
    );
  }
  let lo = 0; // fits
  let hi = weights.length + 1; // does not fit (or is past the end)
  while (hi - lo > Math.max(1, lo * 0.01)) {
    const mid = Math.floor((lo + hi) / 2);
    const candidate = build(mid);
    if (fits(candidate)) {
      lo = mid;
      best = candidate;
    } else {
      hi = mid;
    }
  }
  checkTopology(best.topology, ids);
  return best;
}
