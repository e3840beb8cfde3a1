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
}

const EPSILON = 1e-9;

/** How many seats fit on a row of radius `radius` when centres are at least `spacing` apart. */
function rowCapacity(radius: number, spacing: number): number {
  const minAngle = 2 * Math.asin(Math.min(1, spacing / (2 * radius)));
  return Math.floor(Math.PI / minAngle + EPSILON) + 1;
}

function rowRadii(rows: number, innerRadius: number): number[] {
  const spacing = (1 - innerRadius) / rows;
  return Array.from({ length: rows }, (_, i) => innerRadius + spacing * (i + 0.5));
}

/** Smallest number of rows that holds `n` seats, with each row's capacity. */
function chooseRows(n: number, innerRadius: number): { radii: number[]; capacities: number[] } {
  for (let rows = 1; ; rows++) {
    const radii = rowRadii(rows, innerRadius);
    const spacing = (1 - innerRadius) / rows;
    const capacities = radii.map((r) => rowCapacity(r, spacing));
    if (capacities.reduce((a, b) => a + b, 0) >= n) return { radii, capacities };
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

export function layoutHemicycle(nSeats: number, options: HemicycleOptions = {}): Seat[] {
  if (!Number.isInteger(nSeats) || nSeats < 0) throw new RangeError(`nSeats must be a whole number ≥ 0, got ${nSeats}`);
  if (nSeats === 0) return [];
  const innerRadius = options.innerRadius ?? 0.4;
  const fill = options.fill ?? 0.8;
  const { radii, capacities } = chooseRows(nSeats, innerRadius);
  const r = (fill * (1 - innerRadius)) / radii.length / 2;
  const counts = dealToRows(nSeats, capacities);

  const seats: Seat[] = [];
  counts.forEach((k, row) => {
    const radius = radii[row]!;
    for (let j = 0; j < k; j++) {
      const angle = k === 1 ? Math.PI / 2 : Math.PI * (1 - j / (k - 1));
      seats.push({ index: 0, row, angle, x: radius * Math.cos(angle), y: -radius * Math.sin(angle), r });
    }
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
