/**
 * The riding shapes come as an SVG of 343 <path> elements, in document order.
 * This module finds their `d` attributes and turns each into closed rings of
 * points (pixels, y down), with svgpath doing the path grammar.
 */
import svgpath from 'svgpath';

/** A point [x, y]. */
export type Point = [number, number];
/** A closed ring: the first point is repeated at the end. */
export type Ring = Point[];

/** The `d` attribute of every <path> element, in document order. */
export function pathData(svgText: string): string[] {
  const out: string[] = [];
  for (const element of svgText.matchAll(/<path\b[^>]*>/g)) {
    const d = /\sd\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(element[0]);
    if (!d) throw new Error(`SVG <path> number ${out.length + 1} has no d attribute`);
    out.push(d[1] ?? d[2] ?? '');
  }
  return out;
}

function close(ring: Point[], rings: Ring[]): void {
  if (ring.length === 0) return;
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
  // A closed ring needs three distinct points and the closing one.
  if (ring.length >= 4) rings.push(ring);
}

/**
 * The rings of one path: each subpath (M … Z) is one ring, closed if the path
 * left it open. Only straight lines are accepted (M, L, H, V, Z in either case):
 * a curve would mean the file is not the export this build was written for.
 */
export function pathToRings(d: string): Ring[] {
  const rings: Ring[] = [];
  let ring: Point[] = [];
  // A line after Z, with no M, starts a new subpath where the last one began.
  const from = (x: number, y: number) => {
    if (ring.length === 0) ring.push([x, y]);
  };
  svgpath(d)
    .abs()
    .unshort()
    .iterate((segment, _index, x, y) => {
      switch (segment[0]) {
        case 'M':
          close(ring, rings);
          ring = [[segment[1], segment[2]]];
          break;
        case 'L':
          from(x, y);
          ring.push([segment[1], segment[2]]);
          break;
        case 'H':
          from(x, y);
          ring.push([segment[1], y]);
          break;
        case 'V':
          from(x, y);
          ring.push([x, segment[1]]);
          break;
        case 'Z':
        case 'z':
          close(ring, rings);
          ring = [];
          break;
        default:
          throw new Error(`SVG path command ${segment[0]} is not a straight line: only M, L, H, V and Z are expected`);
      }
    });
  close(ring, rings);
  return rings;
}
