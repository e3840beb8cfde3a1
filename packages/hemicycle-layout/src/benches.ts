/**
 * Seats on Westminster benches: the government on one side of the floor, the opposition facing it, the others
 * on crossbenches at the far end, and the Speaker's chair at the head.
 *
 * The frame is in seat pitches (the distance between neighbouring seats' centres), x right and y down, the
 * floor's middle line at y = 0 and the benches' first column at x = 0.5:
 *
 *            ·  ·  ·  ·  ·  ·  ·  ·  ·        government: rows from the floor up
 *            ·  ·  ·  ·  ·  ·  ·  · │·  ·
 *   Speaker  ·  ·  ·  ·  ·  ·  ·  · │·  ·     ← the majority line, in a gutter
 *     ○     ─ ─ ─ ─ ─ the floor ─ ─ ─ ─ ─ ─      ▪ ▪  crossbenches, spanning the floor
 *            ·  ·  ·  ·  ·  ·  ·  ·  ·  ·  ·   ▪ ▪
 *            ·  ·  ·  ·  ·  ·  ·  ·  ·  ·      opposition: rows from the floor down
 *
 * Each bench fills column by column from the head, each column from the floor outwards, so its first seats
 * sit by the Speaker. Seating order: the government's seats, then the opposition's, the crossbenches', and the
 * Speaker's last: dealing parties in that order seats each on its side.
 *
 * With a `threshold` t no larger than the government's seats, its bench parts after its t-th seat, leaving a
 * gutter where the majority line runs straight across it: exactly the first t seats are on its head side. A
 * government short of a majority keeps its bench whole, and the line stands where its t-th seat would be, so
 * the empty places between its last seat and the line are the seats it lacks.
 */
import { checkOptions } from './checkOptions.ts';
import { extentOf } from './extentOf.ts';
import type { Boundary, Layout, Seat } from './types.ts';

export interface BenchesOptions {
  /** Seats on the government side: the leading party's, or a coalition's. Default: half, rounded up. */
  government?: number | undefined;
  /** Seats on the crossbenches. Default 0. */
  crossbench?: number | undefined;
  /** A Speaker's chair at the head of the floor, the last seat. Default false. */
  speaker?: boolean | undefined;
  /** Rows on each side; default the fewest that keep the chamber about twice as wide as it is tall. */
  rows?: number | undefined;
  /** Seats in a majority: the line's place. */
  threshold?: number | undefined;
  /** Seat diameter as a fraction of the pitch: 0.1 to 1. Default 0.8. */
  fill?: number | undefined;
}

/** The floor between the two sides, in pitches (centre to centre of the facing front rows). */
const FLOOR = 2;
/** Between the benches' last column and the crossbenches, and between the Speaker and the first column. */
const END_GAP = 1.5;
/** How far the line runs past the benches. */
const OVERSHOOT = 0.3;

/** Lays out `n` seats on benches (see the top of this file). */
export function benches(n: number, options: BenchesOptions & { threshold: number }): Layout & { boundary: Boundary };
export function benches(n: number, options?: BenchesOptions): Layout;
export function benches(n: number, options: BenchesOptions = {}): Layout {
  checkOptions(
    { seats: n, ...options },
    {
      seats: [0, 1e7, true],
      government: [0, n, true],
      crossbench: [0, n, true],
      rows: [1, 1000, true],
      threshold: [0, n, true],
      fill: [0.1, 1],
    },
  );
  const speaker = options.speaker && n > 0 ? 1 : 0;
  const crossbench = options.crossbench ?? 0;
  const government = options.government ?? Math.ceil((n - speaker - crossbench) / 2);
  const opposition = n - speaker - crossbench - government;
  if (opposition < 0)
    throw new RangeError(`government (${government}), crossbench (${crossbench}) and the Speaker are more than the ${n} seats`);
  const t = options.threshold;
  // Parted at the threshold only when the government's own seats pass it.
  const parted = t !== undefined && t > 0 && t < government;
  // About twice as wide as tall: columns ≈ 4 × rows, so rows ≈ √(seats a side / 4).
  const rows = options.rows ?? Math.max(1, Math.round(Math.sqrt(Math.max(government, opposition, t ?? 0, 1) / 4)));
  const r = (options.fill ?? 0.8) / 2;
  const seats: Seat[] = [];
  const place = (row: number, x: number, y: number) => seats.push({ index: seats.length, row, angle: 0, x, y, r });
  // The first t seats fill ⌈t / rows⌉ columns, the last perhaps in part; a parted bench goes on after a gutter.
  const before = t === undefined ? 0 : Math.ceil(t / rows);
  for (let k = 0; k < government; k++) {
    const after = parted && k >= t;
    const j = after ? k - t : k;
    place(j % rows, 0.5 + Math.floor(j / rows) + (after ? before + 1 : 0), -(FLOOR / 2 + (j % rows)));
  }
  for (let k = 0; k < opposition; k++) place(k % rows, 0.5 + Math.floor(k / rows), FLOOR / 2 + (k % rows));
  // The benches' length, the line's place included (a government short of it keeps room up to it).
  const columns = Math.max(
    parted ? before + 1 + Math.ceil((government - t) / rows) : Math.ceil(government / rows),
    Math.ceil(opposition / rows),
    before + (t === undefined ? 0 : 1),
    1,
  );
  // Crossbenches: columns spanning both sides and the floor, from the top, past the benches' far end.
  const span = 2 * rows + FLOOR - 1;
  for (let k = 0; k < crossbench; k++)
    place(Math.floor(k / span), columns - 0.5 + END_GAP + Math.floor(k / span), -(FLOOR / 2 + rows - 1) + (k % span));
  if (speaker) place(0, 0.5 - END_GAP, 0);
  // The line across the government's side: in the gutter, or where its t-th seat would end.
  const x = parted ? before + 0.5 : before;
  const [y1, y2] = [-(FLOOR / 2) + 0.5, -(FLOOR / 2 + rows - 1) - 0.5 - OVERSHOOT];
  const boundary: Boundary | undefined =
    t === undefined
      ? undefined
      : {
          points: [
            [x, y1],
            [x, y2],
          ],
          x1: x,
          y1,
          x2: x,
          y2,
        };
  return { seats, boundary, extent: extentOf(seats) };
}
