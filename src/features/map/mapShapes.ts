/**
 * The shapes a riding map draws, in SVG user units (y down): the geographic map (the topology's plane, fitted
 * to the width) or the hex cartogram (one equal hexagon per riding, at the cell the build gave it). Each shape
 * has a centre, for the keyboard's arrows and the detail card. Pure: d3-geo computes, React draws.
 */
import { geoIdentity, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { hexLayout, round, type HexCellInput, type HexLayoutOptions } from './hexLayout.ts';
import type { RidingMapProperties, RidingMapTopology } from './ridingMapSchema.ts';

export type { MapKindParam as MapKind } from '../../url/routes.ts';
import type { MapKindParam as MapKind } from '../../url/routes.ts';

export type { PlacedShape as RidingShape, ProvinceLabel } from './hexLayout.ts';
import type { PlacedShape as RidingShape, ProvinceLabel } from './hexLayout.ts';

export interface MapShapes {
  width: number;
  height: number;
  shapes: RidingShape[];
  /** The cartogram's province names, their size, and the edges between provinces; none on the geographic map. */
  provinces?: ProvinceLabel[];
  labelSize?: number;
  edges?: string;
}

/**
 * The map of every riding, or of those in `only` (a province's), framed to fill `width`: a province's ridings
 * drawn as large as the panel allows, so Hamilton's or Halifax's are not specks. The cartogram is laid out for
 * the width it is drawn at, in pixels, its provinces named and parted (hexLayout.ts).
 */
export function mapShapes(
  topology: RidingMapTopology,
  kind: MapKind,
  width: number,
  only?: ReadonlySet<string>,
  hex?: HexLayoutOptions,
): MapShapes {
  if (kind === 'hex') return hexLayout(hexCells(topology, only), width, hex);
  const features = ridingFeatures(topology);
  return drawFeatures(only ? features.filter((f) => only.has(String(f.id))) : features, width);
}

/** The ridings' cells on the cartogram's grid, as the build placed them (scripts/geo/hexCartogram.ts). */
export function hexCells(topology: RidingMapTopology, only?: ReadonlySet<string>): HexCellInput[] {
  return topology.objects.ridings.geometries
    .map((g) => ({ id: String(g.id), ...(g.properties as RidingMapProperties) }))
    .filter((g) => !only || only.has(g.id))
    .map((g) => ({ id: g.id, province: g.province, col: g.hex[0], row: g.hex[1] }));
}

export type RidingFeature = Feature<Geometry, RidingMapProperties>;

/** The ridings of the file as GeoJSON features, decoded once for the map, its insets and a locator. */
export function ridingFeatures(topology: RidingMapTopology): RidingFeature[] {
  return feature(topology, topology.objects.ridings).features as RidingFeature[];
}

/** These ridings' shapes in the file's plane, fitted to `width` from (0, 0): the map, an inset, a locator. */
export function drawFeatures(features: readonly RidingFeature[], width: number): MapShapes {
  const { path, height } = fittedPath({ type: 'FeatureCollection', features: [...features] }, width);
  const shapes = features.map((f) => {
    const [x, y] = path.centroid(f);
    return { id: String(f.id), province: f.properties.province, d: path(f) ?? '', x: round(x), y: round(y) };
  });
  return { width, height, shapes };
}

/** A path generator for the file's plane (y north), flipped for the screen and scaled to fill `width` from (0, 0). */
export function fittedPath(shapes: GeoPermissibleObjects, width: number) {
  const [[x0, y0], [x1, y1]] = geoPath(geoIdentity().reflectY(true)).bounds(shapes);
  const k = width / (x1 - x0);
  const path = geoPath(
    geoIdentity()
      .reflectY(true)
      .scale(k)
      .translate([-k * x0, -k * y0]),
  ).digits(1);
  return { path, height: Math.ceil(k * (y1 - y0)) };
}
