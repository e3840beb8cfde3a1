/**
 * Where each seat of a hemicycle goes, for any number of seats.
 *
 * The frame is the unit half-disc in SVG orientation (x right, y down), centred
 * on the middle of the baseline. Seats sit on concentric half-rings ("rows")
 * that fill the band between `innerRadius` and 1:
 *
 *                    y = -1
 *              .  ·  ·  ·  ·  ·  .
 *           ·    ·  ·  ·  ·  ·    ·        row R-1 (outer), radius < 1
 *         ·   ·                 ·   ·
 *        ·   ·                   ·   ·     row 0 (inner), radius > innerRadius
 *   x = -1 --·------- (0,0) -------·-- x = 1      y = 0: the baseline
 *   angle π                           angle 0
 *
 * Rows are `d = (1 − innerRadius) / R` apart, so seats of diameter `fill · d`
 * never touch across rows. Within a row, seats are spread evenly from angle π
 * to angle 0, never closer than a chord of `d`, so they never touch along a row
 * either. The smallest R whose rows hold n seats is used, and the n seats are
 * dealt to rows in proportion to what each row holds, so density is even.
 *
 * Seats come back ordered by angle, left to right (ties: inner row first), so
 * dealing the first k seats to a party gives it one contiguous wedge.
 *
 * With a `threshold` t (0 < t < n), the rows part at one angle θ, leaving a
 * gutter for a straight majority line: the first t seats fill the rows from π
 * down to θ, the others from θ to 0, and in every row the two seats either side
 * of θ are `GUTTER` row spacings apart (centre to centre) instead of one. θ is
 * where t of n seats fall when density is even, π·(1 − t/n):
 *
 *        ·  ·  ·  · │ ·  ·
 *     ·  ·  ·  ·  · │ ·  ·  ·      first t seats │ the rest
 *    ·  ·  ·  ·  ·  │  ·  ·  ·
 */

export interface Seat {
  /** Position in left-to-right order, 0-based. */
  index: number;
  /** Ring, 0 = innermost. */
  row: number;
  /** Radians, π at the left end of the baseline, 0 at the right. */
  angle: number;
  x: number;
  y: number;
  /** Radius of the seat's mark. */
  r: number;
}

export interface HemicycleOptions {
  /** Radius of the empty middle, as a fraction of the outer radius. Default 0.4. */
  innerRadius?: number;
  /** Seat diameter as a fraction of the row spacing. Default 0.8. */
  fill?: number;
  /** Seats before the majority line: the rows part there, leaving a gutter for a straight line. Default none. */
  threshold?: number;
}

/** The gutter, in row spacings between the centres of the two seats either side of the majority line. */
const GUTTER = 2;

const EPSILON = 1e-9;

/** The angle between two seat centres `chord` apart on a row of radius `radius`. */
const angleOf = (chord: number, radius: number) => 2 * Math.asin(Math.min(1, chord / (2 * radius)));

/** How many seats fit on an arc of `arc` radians of a row of radius `radius`, centres at least `spacing` apart. */
function arcCapacity(arc: number, radius: number, spacing: number): number {
  return arc < -EPSILON ? 0 : Math.floor(arc / angleOf(spacing, radius) + EPSILON) + 1;
}

function rowRadii(rows: number, innerRadius: number): number[] {
  const spacing = (1 - innerRadius) / rows;
  return Array.from({ length: rows }, (_, i) => innerRadius + spacing * (i + 0.5));
}

/** A row parted at the majority line: its arc left of the line (from π down) and right of it (down to 0). */
interface RowArcs {
  radius: number;
  left: number;
  right: number;
}

/** Each row's arcs for `rows` rows: the whole half circle, or parted at `angle` by the gutter. */
function rowArcs(rows: number, innerRadius: number, angle: number | undefined): RowArcs[] {
  const spacing = (1 - innerRadius) / rows;
  return rowRadii(rows, innerRadius).map((radius) => {
    // Not parted: the whole half circle is the left arc, and there is no right one.
    if (angle === undefined) return { radius, left: Math.PI, right: -1 };
    const half = angleOf(GUTTER * spacing, radius) / 2;
    return { radius, left: Math.PI - angle - half, right: angle - half };
  });
}

/** Smallest number of rows whose arcs hold `left` seats left of the line and `right` right of it. */
function chooseRows(left: number, right: number, innerRadius: number, angle: number | undefined) {
  for (let rows = 1; ; rows++) {
    const arcs = rowArcs(rows, innerRadius, angle);
    const spacing = (1 - innerRadius) / rows;
    const leftCaps = arcs.map((a) => arcCapacity(a.left, a.radius, spacing));
    const rightCaps = arcs.map((a) => arcCapacity(a.right, a.radius, spacing));
    const sum = (caps: number[]) => caps.reduce((a, b) => a + b, 0);
    if (sum(leftCaps) >= left && sum(rightCaps) >= right) return { arcs, leftCaps, rightCaps };
  }
}

/** Deals n seats to rows in proportion to capacity (largest remainder), never over capacity. */
function dealToRows(n: number, capacities: readonly number[]): number[] {
  const total = capacities.reduce((a, b) => a + b, 0);
  const exact = capacities.map((c) => (n * c) / total);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || b.i - a.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return counts;
}

/**
 * Seat j of k on a row's left arc, from π down. The whole half circle (`arc` undefined) keeps its own formula,
 * π·(1 − j/(k − 1)), so its angles are exactly those of the hand-worked tests; a lone seat sits at the top. A
 * parted row's arc ends at the gutter; a lone seat sits at its outer end.
 */
function leftAngle(j: number, k: number, arc: number | undefined): number {
  if (k === 1) return arc === undefined ? Math.PI / 2 : Math.PI;
  return arc === undefined ? Math.PI * (1 - j / (k - 1)) : Math.PI - (arc * j) / (k - 1);
}

export function layoutHemicycle(nSeats: number, options: HemicycleOptions = {}): Seat[] {
  if (!Number.isInteger(nSeats) || nSeats < 0) throw new RangeError(`nSeats must be a whole number ≥ 0, got ${nSeats}`);
  if (nSeats === 0) return [];
  const innerRadius = options.innerRadius ?? 0.4;
  const fill = options.fill ?? 0.8;
  const t = options.threshold;
  // A line with seats on both sides parts the rows; at either end it parts nothing.
  const parted = t !== undefined && t > 0 && t < nSeats;
  const angle = parted ? Math.PI * (1 - t / nSeats) : undefined;
  const left = parted ? t : nSeats;
  const { arcs, leftCaps, rightCaps } = chooseRows(left, nSeats - left, innerRadius, angle);
  const r = (fill * (1 - innerRadius)) / arcs.length / 2;
  const leftCounts = dealToRows(left, leftCaps);
  const rightCounts = parted ? dealToRows(nSeats - left, rightCaps) : arcs.map(() => 0);

  const seats: Seat[] = [];
  const place = (row: number, radius: number, angle: number) =>
    seats.push({ index: 0, row, angle, x: radius * Math.cos(angle), y: -radius * Math.sin(angle), r });
  arcs.forEach(({ radius, left: arc, right: rightArc }, row) => {
    const k = leftCounts[row]!;
    for (let j = 0; j < k; j++) place(row, radius, leftAngle(j, k, parted ? arc : undefined));
    const m = rightCounts[row]!;
    for (let j = 0; j < m; j++) place(row, radius, m === 1 ? 0 : rightArc * (1 - j / (m - 1)));
  });
  seats.sort((a, b) => b.angle - a.angle || a.row - b.row);
  seats.forEach((seat, i) => (seat.index = i));
  return seats;
}

/** The box that holds every mark: x from −1 to 1, y from the top seat to below the baseline. */
export function hemicycleExtent(seats: readonly Seat[]): { minX: number; minY: number; width: number; height: number } {
  const r = seats[0]?.r ?? 0;
  const top = seats.reduce((min, s) => Math.min(min, s.y - s.r), -r);
  return { minX: -1, minY: top, width: 2, height: r - top };
}
