/**
 * The shapes a riding map draws, in SVG user units (y down): the geographic map (the topology's plane, fitted
 * to the width) or the hex cartogram (one equal hexagon per riding, at the cell the build gave it). Each shape
 * has a centre, for the keyboard's arrows and the detail card. Pure: d3-geo computes, React draws.
 */
import { geoIdentity, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { cellCentre } from '../../core/hexGrid.ts';
import type { RidingMapProperties, RidingMapTopology } from './ridingMapSchema.ts';

export type { MapKindParam as MapKind } from '../../url/routes.ts';
import type { MapKindParam as MapKind } from '../../url/routes.ts';

export interface RidingShape {
  id: string;
  province: string;
  d: string;
  x: number;
  y: number;
}

export interface MapShapes {
  width: number;
  height: number;
  shapes: RidingShape[];
  /** Where each province's name goes (the cartogram: its hexagons' middle); none on the geographic map. */
  provinces?: { province: string; x: number; y: number }[];
}

/**
 * The middle of each province's shapes, for its name. A province of fewer than five ridings (Prince Edward
 * Island, the territories) gets none: its name would run into its neighbour's, and its hexagons say what they
 * are when pointed at. A map of one province names none: the page says which it is.
 */
export function provinceMiddles(shapes: readonly RidingShape[]): { province: string; x: number; y: number }[] {
  const groups = new Map<string, RidingShape[]>();
  for (const s of shapes) {
    const group = groups.get(s.province);
    if (group) group.push(s);
    else groups.set(s.province, [s]);
  }
  return [...groups]
    .filter(([, group]) => group.length >= 5 && groups.size > 1)
    .map(([province, group]) => ({
      province,
      x: round(group.reduce((sum, s) => sum + s.x, 0) / group.length),
      y: round(group.reduce((sum, s) => sum + s.y, 0) / group.length),
    }));
}

export const round = (n: number) => Math.round(n * 10) / 10;

/** A pointy-top hexagon around (x, y), `r` from its centre to a corner. */
export function hexagonPath(x: number, y: number, r: number): string {
  const corners = Array.from({ length: 6 }, (_, k) => {
    const a = Math.PI / 6 + (k * Math.PI) / 3;
    return `${round(x + r * Math.cos(a))},${round(y + r * Math.sin(a))}`;
  });
  return `M${corners.join('L')}Z`;
}

/**
 * The map of every riding, or of those in `only` (a province's), framed to fill `width`: a province's ridings
 * drawn as large as the panel allows, so Hamilton's or Halifax's are not specks.
 */
export function mapShapes(topology: RidingMapTopology, kind: MapKind, width: number, only?: ReadonlySet<string>): MapShapes {
  const geometries = topology.objects.ridings.geometries
    .map((g) => ({ id: String(g.id), ...(g.properties as RidingMapProperties) }))
    .filter((g) => !only || only.has(g.id));
  if (kind === 'hex') {
    const centres = geometries.map((g) => cellCentre({ col: g.hex[0], row: g.hex[1] }));
    const minX = Math.min(...centres.map((c) => c.x));
    const maxX = Math.max(...centres.map((c) => c.x));
    const minY = Math.min(...centres.map((c) => c.y));
    const maxY = Math.max(...centres.map((c) => c.y));
    // Neighbours' centres are one cell apart: a cell is `step` wide, its corners `step / √3` from its centre.
    const step = width / (maxX - minX + 1);
    const r = step / Math.sqrt(3);
    const shapes = geometries.map((g, i) => {
      const x = (centres[i]!.x - minX + 0.5) * step;
      const y = (centres[i]!.y - minY) * step + r;
      return { id: g.id, province: g.province, d: hexagonPath(x, y, r * 0.94), x: round(x), y: round(y) };
    });
    return { width, height: Math.ceil((maxY - minY) * step + 2 * r), shapes, provinces: provinceMiddles(shapes) };
  }
  const features = ridingFeatures(topology);
  return drawFeatures(only ? features.filter((f) => only.has(String(f.id))) : features, width);
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
