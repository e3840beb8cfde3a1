/**
 * The labels of seats on Westminster benches (hemicycle-layout's `benches`): each block named at the middle of its
 * seats, over the government's side or under the opposition's, kept within the seats' width; neighbours that
 * would touch are gathered (as on an arc, wedgeLabels.ts); a name over the government's side that would meet the
 * majority's label rises above it. Loaded with the benches layout, not at start-up.
 */
import type { Extent, PlacedSeat } from 'hemicycle-layout';
import { gatherRow, overlaps, wedgeBlocks, type Block, type WedgeLabel } from './wedgeLabels.ts';

export interface BenchLabelOptions {
  /** Party ids seated together as one block (a coalition): labelled as one. */
  lead?: readonly string[] | undefined;
  measure: (ids: readonly string[], seats: number) => { width: number; height: number };
  unitsPerPx: number;
  gapPx?: number;
  extent: Extent;
  /** The majority's label, which a name over the government's side keeps clear of. */
  avoid: WedgeLabel['box'];
}

export function benchLabels(seats: readonly PlacedSeat[], options: BenchLabelOptions): WedgeLabel[] {
  const { measure, unitsPerPx, gapPx = 6, extent, avoid } = options;
  const gap = gapPx * unitsPerPx;
  const [minX, maxX] = [extent.minX, extent.minX + extent.width];
  let at = 0;
  // A block's `angleSum` holds its seats' x here: gathered blocks then sit at their seats' middle.
  const sides = wedgeBlocks(seats, options.lead).map((b) => {
    const own = seats.slice(at, (at += b.seats));
    return { block: { ...b, angleSum: own.reduce((s, seat) => s + seat.x, 0) }, above: own.reduce((s, seat) => s + seat.y, 0) < 0 };
  });
  const place =
    (above: boolean) =>
    (b: Block): WedgeLabel => {
      const { width, height } = measure(b.ids, b.seats);
      const [w, h] = [width * unitsPerPx, height * unitsPerPx];
      const half = Math.min(w / 2, (maxX - minX) / 2);
      const x = Math.min(maxX - half, Math.max(minX + half, b.angleSum / b.seats));
      let top = above ? extent.minY - gap - h : extent.minY + extent.height + gap;
      if (above && overlaps({ left: x - half, right: x + half, top, bottom: top + h }, avoid, gap)) top = avoid.top - gap - h;
      return { ids: b.ids, seats: b.seats, x, y: top, anchor: 'middle', box: { left: x - half, right: x + half, top, bottom: top + h } };
    };
  return [true, false].flatMap((above) =>
    gatherRow(
      sides.filter((s) => s.above === above).map((s) => s.block),
      place(above),
      gap,
    ),
  );
}
