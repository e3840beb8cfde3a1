/**
 * Plane geometry for the riding map: ring areas, outer rings and holes, bounding
 * boxes, and the fit that turns the SVG's pixels into metres of EPSG:3347.
 */
import type { Bbox } from './readShapefileParts.ts';
import type { Point, Ring } from './svgPaths.ts';

/** A polygon: its outer ring, then its holes. */
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

/** Shoelace area: positive when the ring turns counter-clockwise with y up (clockwise on screen, y down). */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Area of a multipolygon: outer rings count, holes are taken away, whatever the winding. */
export function multiPolygonArea(polygons: MultiPolygon): number {
  let area = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    area += Math.abs(ringArea(outer));
    for (const hole of holes) area -= Math.abs(ringArea(hole));
  }
  return area;
}

/** A rectangle as a polygon (one closed ring). */
export function rectanglePolygon(xmin: number, ymin: number, xmax: number, ymax: number): Polygon {
  return [
    [
      [xmin, ymin],
      [xmax, ymin],
      [xmax, ymax],
      [xmin, ymax],
      [xmin, ymin],
    ],
  ];
}

/** Area-weighted centre of a multipolygon (outer rings count, holes are taken away), e.g. for the hex cartogram. */
export function multiPolygonCentroid(polygons: MultiPolygon): Point {
  let [area, cx, cy] = [0, 0, 0];
  for (const [outer, ...holes] of polygons) {
    for (const [ring, sign] of [[outer, 1], ...holes.map((h) => [h, -1] as const)] as const) {
      if (!ring) continue;
      // Each ring's own centroid terms, made positive whatever its winding, then signed: outer +, hole −.
      const a = ringArea(ring);
      const w = (sign * Math.sign(a)) / 6;
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x0, y0] = ring[i]!;
        const [x1, y1] = ring[i + 1]!;
        const cross = x0 * y1 - x1 * y0;
        cx += w * (x0 + x1) * cross;
        cy += w * (y0 + y1) * cross;
      }
      area += sign * Math.abs(a);
    }
  }
  return [cx / area, cy / area];
}

/** Even–odd test: is the point inside the ring (the boundary counts either way)? */
export function pointInRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Groups the rings of one shape into polygons. As in a shapefile, outer rings
 * all turn one way and holes the other: the largest ring says which way is
 * "outer". Each hole goes to the outer ring holding most of its points.
 */
export function ringsToPolygons(rings: readonly Ring[]): MultiPolygon {
  if (rings.length === 0) return [];
  const areas = rings.map(ringArea);
  const largest = areas.reduce((best, a, i) => (Math.abs(a) > Math.abs(areas[best]!) ? i : best), 0);
  const outerSign = Math.sign(areas[largest]!);
  const polygons: MultiPolygon = [];
  const outers: { ring: Ring; area: number; polygon: Polygon }[] = [];
  rings.forEach((ring, i) => {
    if (Math.sign(areas[i]!) !== outerSign) return;
    const polygon: Polygon = [ring];
    polygons.push(polygon);
    outers.push({ ring, area: Math.abs(areas[i]!), polygon });
  });
  rings.forEach((hole, i) => {
    if (Math.sign(areas[i]!) === outerSign) return;
    const sample = hole.slice(0, -1).filter((_, k, all) => k % Math.max(1, Math.floor(all.length / 16)) === 0);
    let best: (typeof outers)[number] | undefined;
    let bestCount = 0;
    for (const outer of outers) {
      const count = sample.filter((p) => pointInRing(p, outer.ring)).length;
      if (count === 0) continue;
      if (!best || count > bestCount || (count === bestCount && outer.area < best.area)) {
        best = outer;
        bestCount = count;
      }
    }
    if (!best) throw new Error(`a hole (ring ${i + 1}, area ${Math.abs(areas[i]!)}) lies in none of the shape's outer rings`);
    best.polygon.push(hole);
  });
  return polygons;
}

export function bboxOf(points: Iterable<Point>): Bbox {
  let xmin = Infinity;
  let ymin = Infinity;
  let xmax = -Infinity;
  let ymax = -Infinity;
  for (const [x, y] of points) {
    if (x < xmin) xmin = x;
    if (x > xmax) xmax = x;
    if (y < ymin) ymin = y;
    if (y > ymax) ymax = y;
  }
  return { xmin, ymin, xmax, ymax };
}

export function bboxesIntersect(a: Bbox, b: Bbox): boolean {
  return a.xmin <= b.xmax && b.xmin <= a.xmax && a.ymin <= b.ymax && b.ymin <= a.ymax;
}

export interface PixelFit {
  /** Metres per pixel, the same on both axes. */
  scale: number;
  /** Pixels (y down) to metres (y up). */
  toMetres: (p: Point) => Point;
}

/**
 * Fits the drawn extent in pixels (y down) to the same extent in metres (y up).
 * The SVG keeps the map's proportions, so the scales on x and y must agree:
 * if they differ by more than `tolerance` (relative), the two boxes do not
 * describe the same drawing and this throws.
 */
export function fitPixelsToMetres(pixels: Bbox, metres: Bbox, tolerance = 1e-4): PixelFit {
  const sx = (metres.xmax - metres.xmin) / (pixels.xmax - pixels.xmin);
  const sy = (metres.ymax - metres.ymin) / (pixels.ymax - pixels.ymin);
  if (!(sx > 0 && sy > 0 && Number.isFinite(sx) && Number.isFinite(sy))) {
    throw new Error(`pixels to metres: an empty box (x scale ${sx}, y scale ${sy})`);
  }
  const disagreement = Math.abs(sx - sy) / Math.max(sx, sy);
  if (disagreement > tolerance) {
    throw new Error(
      `pixels to metres: the x scale (${sx} m/px) and the y scale (${sy} m/px) differ by ${disagreement.toExponential(2)}, more than ${tolerance}`,
    );
  }
  const scale = (sx + sy) / 2;
  // Centre the drawing in the box so the two half-errors fall on either side.
  const cx = (metres.xmin + metres.xmax) / 2;
  const cy = (metres.ymin + metres.ymax) / 2;
  const px = (pixels.xmin + pixels.xmax) / 2;
  const py = (pixels.ymin + pixels.ymax) / 2;
  return { scale, toMetres: ([x, y]) => [cx + (x - px) * scale, cy - (y - py) * scale] };
}
