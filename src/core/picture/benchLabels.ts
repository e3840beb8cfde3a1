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
  /** A label's size, and whether its names had to be cut to fit the chart. */
  measure: (ids: readonly string[], seats: number) => { width: number; height: number; cut?: boolean };
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
  const across = maxX - minX;
  /** A block's label on its side, on the first line next to the seats or (`line` 1) on the next one out. */
  const place =
    (above: boolean, line: number) =>
    (b: Block): WedgeLabel => {
      const { width, height } = measure(b.ids, b.seats);
      const [w, h] = [width * unitsPerPx, height * unitsPerPx];
      const half = Math.min(w / 2, across / 2);
      const x = Math.min(maxX - half, Math.max(minX + half, b.angleSum / b.seats));
      const out = line * (h + gap / 2);
      let top = above ? extent.minY - gap - h - out : extent.minY + extent.height + gap + out;
      if (above && overlaps({ left: x - half, right: x + half, top, bottom: top + h }, avoid, gap)) top = avoid.top - gap - h - out;
      return { ids: b.ids, seats: b.seats, x, y: top, anchor: 'middle', box: { left: x - half, right: x + half, top, bottom: top + h } };
    };
  const side = (above: boolean): WedgeLabel[] => {
    const blocks = sides.filter((s) => s.above === above).map((s) => s.block);
    const labels = gatherRow(blocks, place(above, 0), gap);
    // Gathered wider than the benches, the names would be cut ("Bloc 22 · NDP 7 · Green 1 · Conse…"): the largest
    // block keeps the line by its seats, the others gather on the next line out.
    if (blocks.length < 2 || labels.every((l) => l.ids.length < 2 || !measure(l.ids, l.seats).cut)) return labels;
    const largest = blocks.reduce((a, b) => (b.seats > a.seats ? b : a));
    return [
      place(above, 0)(largest),
      ...gatherRow(
        blocks.filter((b) => b !== largest),
        place(above, 1),
        gap,
      ),
    ];
  };
  return [...side(true), ...side(false)];
}
