/** What "a majority" means for a legislature of `total` seats, and how far a party is from it. */
import type { Seat } from './layoutHemicycle.ts';

/** More than half the seats: ⌊total / 2⌋ + 1. */
export function majorityThreshold(total: number): number {
  return Math.floor(total / 2) + 1;
}

/** Seats still needed for a majority (0 when it is reached). */
export function seatsShortOfMajority(seats: number, total: number): number {
  return Math.max(0, majorityThreshold(total) - seats);
}

export interface MajorityLine {
  /** Inner end. */
  x1: number;
  y1: number;
  /** Outer end, beyond the outer row. */
  x2: number;
  y2: number;
  /** The line from inner to outer end: a radial stroke through each row, stepping between rows where they differ. */
  points: readonly (readonly [number, number])[];
}

const polar = (radius: number, angle: number): [number, number] => [radius * Math.cos(angle), -radius * Math.sin(angle)];

/**
 * The majority line: it leaves the first `threshold` seats on its left, and crosses none.
 *
 * Rows hold different numbers of seats, so their seats do not line up in columns, and one straight radial line
 * can cut through some. In each row the line may run at any angle that keeps clear of that row's last seat on
 * the left and its first on the right; it runs straight through as many rows as can share an angle (the middle
 * of what they share), and steps between rows, along the gutter that parts them, only where they cannot:
 *
 *            outer │ ·        ← seats after the threshold: right of the line
 *                  └──┐
 *              ·   ·  │ inner ← seats up to the threshold: left of it
 */
export function majorityLine(seats: readonly Seat[], threshold: number, overshoot = 0.03): MajorityLine {
  // Each row: its radius, and the angles of its rightmost seat on the left and its leftmost on the right.
  const rows = new Map<number, { radius: number; r: number; left: number; right: number; count: number }>();
  for (const s of seats) {
    let row = rows.get(s.row);
    if (!row) rows.set(s.row, (row = { radius: Math.hypot(s.x, s.y), r: s.r, left: Infinity, right: -Infinity, count: 0 }));
    row.count += 1;
    if (s.index < threshold) row.left = Math.min(row.left, s.angle);
    else row.right = Math.max(row.right, s.angle);
  }
  const ordered = [...rows.values()].sort((a, b) => a.radius - b.radius);
  // The angles a radial line may take through each row: clear of both neighbours by a seat's radius and a
  // tenth. A row all on one side has a neighbour one pitch beyond its end seat: the row's seats are spread
  // evenly over the half circle (layoutHemicycle); a lone seat's neighbour is a diameter away.
  const open = ordered.map((row) => {
    const pitch = row.count > 1 ? Math.PI / (row.count - 1) : 2 * Math.asin(Math.min(1, (2 * row.r) / row.radius));
    const left = Number.isFinite(row.left) ? row.left : row.right + pitch;
    const right = Number.isFinite(row.right) ? row.right : row.left - pitch;
    const clear = Math.asin(Math.min(1, (1.1 * row.r) / row.radius));
    return [right + clear, left - clear] as const;
  });
  // Rows in runs that share an angle, inner first: a run ends where the next row has none in common with it.
  const runs: { from: number; to: number; angle: number }[] = [];
  let [lo, hi] = open[0] ?? [Math.PI / 2, Math.PI / 2];
  let start = 0;
  for (let k = 1; k <= ordered.length; k++) {
    const next = open[k];
    if (next && Math.max(lo, next[0]) <= Math.min(hi, next[1])) {
      [lo, hi] = [Math.max(lo, next[0]), Math.min(hi, next[1])];
      continue;
    }
    runs.push({ from: start, to: k - 1, angle: (lo + hi) / 2 });
    if (next) [lo, hi, start] = [next[0], next[1], k];
  }
  const first = ordered[0];
  const last = ordered.at(-1);
  const from = first ? Math.max(0, first.radius - first.r - overshoot) : 0;
  const to = last ? last.radius + last.r + overshoot : overshoot;
  const points: [number, number][] = [polar(from, runs[0]?.angle ?? Math.PI / 2)];
  for (let i = 1; i < runs.length; i++) {
    // Along the gutter midway between the two rows, which no seat reaches: an arc, in steps short enough that
    // their chords stay in it.
    const gutter = (ordered[runs[i - 1]!.to]!.radius + ordered[runs[i]!.from]!.radius) / 2;
    const [a, b] = [runs[i - 1]!.angle, runs[i]!.angle];
    const steps = Math.ceil(Math.abs(b - a) / 0.05);
    for (let j = 0; j <= steps; j++) points.push(polar(gutter, a + ((b - a) * j) / steps));
  }
  points.push(polar(to, runs.at(-1)?.angle ?? Math.PI / 2));
  const [x1, y1] = points[0]!;
  const [x2, y2] = points.at(-1)!;
  return { x1, y1, x2, y2, points };
}
