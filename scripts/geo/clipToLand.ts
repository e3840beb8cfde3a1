/**
 * Clipping the ridings to land. The official shapes run out to sea (and up to
 * the pole); Natural Earth's land polygons, projected into the ridings' plane,
 * cut them to the coastline. Natural Earth's land keeps the lakes, so the lakes
 * stay inside the ridings.
 */
import polygonClipping from 'polygon-clipping';
import { bboxesIntersect, bboxOf, multiPolygonArea, rectanglePolygon, type MultiPolygon } from './polygons.ts';
import type { Bbox } from './readShapefileParts.ts';
import type { Point } from './svgPaths.ts';

function* points(polygons: MultiPolygon): Generator<Point> {
  for (const polygon of polygons) for (const ring of polygon) yield* ring;
}

function pointCount(polygons: MultiPolygon): number {
  let n = 0;
  for (const polygon of polygons) for (const ring of polygon) n += ring.length;
  return n;
}

export function multiPolygonBbox(polygons: MultiPolygon): Bbox {
  return bboxOf(points(polygons));
}

function inside([x, y]: Point, box: Bbox): boolean {
  return x >= box.xmin && x <= box.xmax && y >= box.ymin && y <= box.ymax;
}

/**
 * The land polygons (longitude, latitude) that reach into `box`: at least one
 * point of their outer ring lies in it. A bounding-box test alone would keep
 * Eurasia, whose ring runs from −180° to 180°.
 */
export function landNear(land: MultiPolygon, box: Bbox): MultiPolygon {
  return land.filter(([outer]) => outer !== undefined && outer.some((p) => inside(p, box)));
}

export function projectMultiPolygon(polygons: MultiPolygon, project: (p: Point) => Point): MultiPolygon {
  return polygons.map((polygon) => polygon.map((ring) => ring.map(project)));
}

function rectangle({ xmin, ymin, xmax, ymax }: Bbox): MultiPolygon {
  return [rectanglePolygon(xmin, ymin, xmax, ymax)];
}

/** A piece of land and the box around it. */
export interface LandTile {
  bbox: Bbox;
  polygons: MultiPolygon;
}

/**
 * Cuts the land into pieces of at most `maxPoints` points, so that each riding
 * is intersected with only the land near it rather than with a whole
 * continent. Each polygon is cut on its own, by halving its box along the
 * longer side; a polygon small enough already is one piece.
 */
export function tileLand(land: MultiPolygon, maxPoints = 1500, maxDepth = 16): LandTile[] {
  const tiles: LandTile[] = [];
  const split = (polygons: MultiPolygon, area: Bbox, depth: number) => {
    if (polygons.length === 0) return;
    if (pointCount(polygons) <= maxPoints || depth >= maxDepth) {
      tiles.push({ bbox: multiPolygonBbox(polygons), polygons });
      return;
    }
    const wide = area.xmax - area.xmin >= area.ymax - area.ymin;
    // A whole number: on land rounded to whole metres, a point is on the cut or ≥ 1 m from it, never a hair off.
    const mid = Math.round(wide ? (area.xmin + area.xmax) / 2 : (area.ymin + area.ymax) / 2);
    const halves: Bbox[] = wide
      ? [
          { ...area, xmax: mid },
          { ...area, xmin: mid },
        ]
      : [
          { ...area, ymax: mid },
          { ...area, ymin: mid },
        ];
    for (const half of halves) split(polygonClipping.intersection(polygons, rectangle(half)), half, depth + 1);
  };
  for (const polygon of land) split([polygon], multiPolygonBbox([polygon]), 0);
  return tiles;
}

/** The land inside a box: whole polygons, cut only where they cross its edge. */
export function landInBox(land: MultiPolygon, box: Bbox): MultiPolygon {
  const out: MultiPolygon = [];
  for (const polygon of land) {
    const own = multiPolygonBbox([polygon]);
    if (!bboxesIntersect(own, box)) continue;
    if (own.xmin >= box.xmin && own.xmax <= box.xmax && own.ymin >= box.ymin && own.ymax <= box.ymax) out.push(polygon);
    else out.push(...polygonClipping.intersection([polygon], rectangle(box)));
  }
  return out;
}

/** Rounds every coordinate to a multiple of `step`: polygon-clipping fails on some near-coincident points. */
export function roundMultiPolygon(polygons: MultiPolygon, step: number): MultiPolygon {
  const round = (v: number) => Math.round(v / step) * step;
  return polygons.map((polygon) => polygon.map((ring) => ring.map(([x, y]): Point => [round(x), round(y)])));
}

/** The part of a shape on land: its intersection with the land tiles whose boxes meet its own. */
export function clipToLand(shape: MultiPolygon, tiles: readonly LandTile[]): MultiPolygon {
  const box = multiPolygonBbox(shape);
  const near = tiles.filter((tile) => bboxesIntersect(tile.bbox, box)).flatMap((tile) => tile.polygons);
  if (near.length === 0) return [];
  return polygonClipping.intersection(shape, near);
}

/** The share of the shape's area that is left after clipping. */
export function keptShare(before: MultiPolygon, after: MultiPolygon): number {
  return multiPolygonArea(after) / multiPolygonArea(before);
}

export interface LandShareLimits {
  /** Smallest share of its area a riding may keep. */
  minLandShare: number;
  /** Share of the ridings that must keep ≥ 95 % of their area (most are inland). */
  minShareMostlyLand: number;
  /** The clipped ridings must cover between the country's land and its land and fresh water (km²), give or take the tolerance. */
  canadaLandKm2: number;
  canadaTotalKm2: number;
  canadaAreaTolerance: number;
}

/** Throws if the clipping left too little of a riding, of most ridings, or of the country. */
export function checkLandShares(shares: readonly { id: string; share: number }[], clippedAreaKm2: number, limits: LandShareLimits): void {
  const low = shares.filter((s) => !(s.share >= limits.minLandShare));
  if (low.length > 0) {
    const listed = low.map((s) => `${s.id} keeps ${(s.share * 100).toFixed(1)} %`).join('; ');
    throw new Error(`Riding map: clipping to land left less than ${limits.minLandShare * 100} % of ${low.length} ridings: ${listed}`);
  }
  const mostlyLand = shares.filter((s) => s.share >= 0.95).length / shares.length;
  if (!(mostlyLand >= limits.minShareMostlyLand)) {
    throw new Error(
      `Riding map: only ${(mostlyLand * 100).toFixed(1)} % of ridings keep ≥ 95 % of their area after clipping, expected ≥ ${limits.minShareMostlyLand * 100} %: is the land where the ridings are?`,
    );
  }
  const least = limits.canadaLandKm2 * (1 - limits.canadaAreaTolerance);
  const most = limits.canadaTotalKm2 * (1 + limits.canadaAreaTolerance);
  if (!(clippedAreaKm2 >= least && clippedAreaKm2 <= most)) {
    throw new Error(
      `Riding map: the clipped ridings cover ${Math.round(clippedAreaKm2)} km², outside ${Math.round(least)}–${Math.round(most)} km² (the country's land, and its land and fresh water)`,
    );
  }
}
