/**
 * Seats on an arc: concentric rows between `innerRadius` and 1, spanning `arc` degrees centred on the top.
 *
 * The frame is the unit disc in SVG orientation (x right, y down), centred on the arc's centre. For the default
 * half circle (180°) the seats run from angle π (left end of the baseline) to 0 (right end):
 *
 *                    y = -1
 *              .  ·  ·  ·  ·  ·  .
 *           ·    ·  ·  ·  ·  ·    ·        row R-1 (outer), radius < 1
 *         ·   ·                 ·   ·
 *        ·   ·                   ·   ·     row 0 (inner), radius > innerRadius
 *   x = -1 --·------- (0,0) -------·-- x = 1      y = 0: the baseline
 *   angle π                           angle 0
 *
 * Rows are `d = (1 − innerRadius) / R` apart, so seats of diameter `fill · d` never touch across rows. Within a
 * row, seats are spread evenly over the arc, never closer than a chord of `d`. When `rows` is fixed and too few
 * for that, `d` shrinks until they hold the seats: smaller seats in closer rows, the outer row still at the rim.
 * Unless `rows` is given, the
 * smallest R whose rows hold n seats is used; the seats are dealt to rows in proportion to what each holds, so
 * density is even. They come back ordered by angle, from the arc's left end (ties: inner row first), so the
 * first k seats dealt to a party make one contiguous wedge.
 *
 * With a `threshold` t (0 ≤ t ≤ n), the rows part at the angle θ where t of n seats fall when density is even,
 * leaving a gutter for a straight majority line: the first t seats fill the rows from the left end down to θ,
 * the others from θ on, and in every row the two seats either side of θ are GUTTER seat spacings apart. The
 * boundary is that radial line:
 *
 *        ·  ·  ·  · │ ·  ·
 *     ·  ·  ·  ·  · │ ·  ·  ·      first t seats │ the rest
 *    ·  ·  ·  ·  ·  │  ·  ·  ·
 *
 * A full circle (360°) has no ends: its seam, at the bottom, is parted by a gutter too, and the boundary runs
 * in along the seam, round the hollow's rim and out along θ, so the first t seats are the ones it encloses.
 */
import { checkOptions } from './checkOptions.ts';
import { extentOf } from './extentOf.ts';
import type { Boundary, Layout, Seat } from './types.ts';

export interface ArcOptions {
  /** Seats before the majority line: the rows part there, and the layout returns the boundary. Default none. */
  threshold?: number;
  /** Degrees the arc spans, centred on the top: 60 to 360. Default 180. */
  arc?: number | undefined;
  /** Number of rows; default the fewest that hold the seats at full size. */
  rows?: number | undefined;
  /** Radius of the empty middle, as a fraction of the outer radius: 0 to 0.9. Default 0.4. */
  innerRadius?: number | undefined;
  /** Seat diameter as a fraction of the row spacing: 0.1 to 1. Default 0.8. */
  fill?: number | undefined;
}

/** The gutter, in seat spacings (a row spacing unless fixed rows shrink the seats) between the seats either side of the line. */
const GUTTER = 2;
/** How far the boundary runs past the seats, in the layout's units. */
const OVERSHOOT = 0.03;
const EPSILON = 1e-9;
const TAU = 2 * Math.PI;

/** The angle between two seat centres `chord` apart on a row of radius `radius`. */
const angleOf = (chord: number, radius: number) => 2 * Math.asin(Math.min(1, chord / (2 * radius)));

/** How many seats fit on an arc of `arc` radians of a row of radius `radius`, centres at least `spacing` apart. */
function arcCapacity(arc: number, radius: number, spacing: number): number {
  return arc < -EPSILON ? 0 : Math.floor(arc / angleOf(spacing, radius) + EPSILON) + 1;
}

/** A row's arcs: left of the line (from `start` down) and right of it (down to `end`); unparted, all is left. */
interface RowArcs {
  radius: number;
  start: number;
  left: number;
  end: number;
  right: number;
}

interface Geometry {
  from: number;
  to: number;
  theta: number | undefined;
}

/**
 * Each row's arcs for `rows` rows `along` apart, seats as far apart within a row: the outer row at the rim, the
 * others inside it. At full size they fill the band down to `innerRadius`; shrunk (fixed rows too few for the
 * seats at full size), they keep to the rim, a narrower band of closer rows rather than rows of sparse specks.
 */
function rowArcs(rows: number, { from, to, theta }: Geometry, along: number): RowArcs[] {
  return Array.from({ length: rows }, (_, i) => {
    const radius = 1 - along * (rows - i - 0.5);
    const gutter = angleOf(GUTTER * along, radius);
    // Near a full circle the two ends meet: part them by a gutter, as at the line.
    const trim = Math.max(0, gutter - (TAU - (from - to))) / 2;
    const [start, end] = [from - trim, to + trim];
    if (theta === undefined) return { radius, start, left: start - end, end, right: -1 };
    return { radius, start, left: start - theta - gutter / 2, end, right: theta - gutter / 2 - end };
  });
}

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

/**
 * The rows, and the spacing within them, that hold `left` seats left of the line and `right` right of it: the
 * fewest rows at full size, or `fixed` rows at the widest spacing that holds them (bisected).
 */
function chooseRows(left: number, right: number, innerRadius: number, geometry: Geometry, fixed: number | undefined) {
  const at = (rows: number, along: number) => {
    const arcs = rowArcs(rows, geometry, along);
    const leftCaps = arcs.map((a) => arcCapacity(a.left, a.radius, along));
    const rightCaps = arcs.map((a) => arcCapacity(a.right, a.radius, along));
    return { arcs, along, leftCaps, rightCaps, fits: sum(leftCaps) >= left && sum(rightCaps) >= right };
  };
  if (fixed === undefined)
    for (let rows = 1; ; rows++) {
      const laid = at(rows, (1 - innerRadius) / rows);
      if (laid.fits) return laid;
    }
  let [lo, hi] = [0, (1 - innerRadius) / fixed];
  if (at(fixed, hi).fits) return at(fixed, hi);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (at(fixed, mid).fits) lo = mid;
    else hi = mid;
  }
  return at(fixed, lo);
}

/** Deals n seats to rows in proportion to capacity (largest remainder), never over capacity. */
function dealToRows(n: number, capacities: readonly number[]): number[] {
  const total = sum(capacities);
  const exact = capacities.map((c) => (total ? (n * c) / total : 0));
  const counts = exact.map(Math.floor);
  let left = n - sum(counts);
  const byRemainder = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || b.i - a.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return counts;
}

const polar = (radius: number, angle: number): [number, number] => [radius * Math.cos(angle), -radius * Math.sin(angle)];

/** Lays out `n` seats on an arc (see the top of this file); with a threshold, always with its boundary. */
export function arc(n: number, options: ArcOptions & { threshold: number }): Layout & { boundary: Boundary };
export function arc(n: number, options?: ArcOptions): Layout;
export function arc(n: number, options: ArcOptions = {}): Layout {
  checkOptions(
    { seats: n, ...options },
    { seats: [0, 1e7, true], threshold: [0, n, true], arc: [60, 360], rows: [1, 1000, true], innerRadius: [0, 0.9], fill: [0.1, 1] },
  );
  const innerRadius = options.innerRadius ?? 0.4;
  const fill = options.fill ?? 0.8;
  const span = ((options.arc ?? 180) * Math.PI) / 180;
  const from = Math.PI / 2 + span / 2;
  const to = Math.PI / 2 - span / 2;
  const t = options.threshold;
  // Nothing to part: the line stands in the middle of the empty arc.
  if (n === 0)
    return {
      seats: [],
      boundary: t === undefined ? undefined : radial(innerRadius, 1, Math.PI / 2),
      extent: { minX: 0, minY: 0, width: 0, height: 0 },
    };
  // A threshold parts the rows, even at an end (0 or n): the line then runs past the first or last seats.
  const parted = t !== undefined;
  const theta = parted ? from - (span * t) / n : undefined;
  const geometry = { from, to, theta };
  const left = parted ? t : n;
  // No more rows than seats: a row left empty would only widen the hollow.
  const rows = options.rows === undefined ? undefined : Math.min(options.rows, n);
  const { arcs, along, leftCaps, rightCaps } = chooseRows(left, n - left, innerRadius, geometry, rows);
  const r = (fill * along) / 2;
  const leftCounts = dealToRows(left, leftCaps);
  const rightCounts = parted ? dealToRows(n - left, rightCaps) : arcs.map(() => 0);

  const seats: Seat[] = [];
  const place = (row: number, radius: number, angle: number) => {
    const [x, y] = polar(radius, angle);
    seats.push({ index: 0, row, angle, x, y, r });
  };
  arcs.forEach((a, row) => {
    const k = leftCounts[row]!;
    // Spread over the arc; a lone seat at the arc's middle when unparted, at its outer end when parted.
    for (let j = 0; j < k; j++)
      place(row, a.radius, k === 1 ? (parted ? a.start : (a.start + a.end) / 2) : a.start - (a.left * j) / (k - 1));
    const m = rightCounts[row]!;
    // From the gutter's right side down to the arc's end; a lone seat at the end.
    for (let j = 0; j < m; j++) place(row, a.radius, m === 1 ? a.end : a.end + a.right * (1 - j / (m - 1)));
  });
  seats.sort((a, b) => b.angle - a.angle || a.row - b.row);
  seats.forEach((seat, i) => (seat.index = i));
  return { seats, boundary: theta === undefined ? undefined : boundaryOf(arcs, r, theta, span, from), extent: extentOf(seats) };
}

/** A boundary along one radius, at `angle` from `inner` to `outer`. */
function radial(inner: number, outer: number, angle: number): Boundary {
  const [x1, y1] = polar(inner, angle);
  const [x2, y2] = polar(outer, angle);
  return {
    points: [
      [x1, y1],
      [x2, y2],
    ],
    x1,
    y1,
    x2,
    y2,
  };
}

/** The radial line at θ, from inside the inner row to outside the outer one; on a full circle, by the seam too. */
function boundaryOf(arcs: readonly RowArcs[], r: number, theta: number, span: number, from: number): Boundary {
  const inner = Math.max(0, arcs[0]!.radius - r - OVERSHOOT);
  const outer = arcs.at(-1)!.radius + r + OVERSHOOT;
  const line = radial(inner, outer, theta);
  if (span < TAU - EPSILON) return line;
  // A full circle: in along the seam, round the hollow's rim on the first seats' side (clear of anything drawn in
  // the hollow), and out along θ.
  const steps = Math.ceil((from - theta) / 0.05);
  const rim = Array.from({ length: steps + 1 }, (_, i) => polar(inner, from - ((from - theta) * i) / steps));
  return { ...line, points: [polar(outer, from), ...rim, ...line.points.slice(1)] };
}
