/** For tests: which side of a drawn majority line a seat is on. */
import type { Boundary } from 'hemicycle-layout';

/** The line's angle at a radius: that of its radial stroke spanning it (a seat's row is crossed by one). */
export function boundaryAt(line: Pick<Boundary, 'points'>, radius: number): number {
  const angle = ([x, y]: readonly [number, number]) => seatAngle(x, y);
  const radial = line.points.slice(1).flatMap((b, i) => {
    const a = line.points[i]!;
    const [ra, rb] = [Math.hypot(...a), Math.hypot(...b)];
    return Math.abs(angle(a) - angle(b)) < 1e-12 && ra <= radius && radius <= rb ? [angle(a)] : [];
  });
  if (radial.length === 0) throw new Error(`no radial stroke at radius ${radius}`);
  return radial[0]!;
}

/** A point's angle round the centre, in [−π/2, 3π/2): a line just past either end of an arc keeps its side. */
export function seatAngle(x: number, y: number): number {
  const a = Math.atan2(-y, x);
  return a < -Math.PI / 2 ? a + 2 * Math.PI : a;
}
