/**
 * Where each party's label goes on a hemicycle, so the chart names its own
 * wedges (as Flourish and Datawrapper do) without a legend lookup.
 *
 *            Bloc 22 · NDP 7           ← middle wedges: in a row above the arc, over their seats;
 *          ·  ·  ·  ·│ ·  ·  ·            neighbours that would overlap are gathered into one label
 *       ·  ·         │      ·  ·
 *      ·  ·          │       ·  ·
 *     ─────────────────────────────── baseline (y = 0)
 *     Liberal 169        Conservative 144   ← the end wedges: under their foot of the arc
 *
 * Works in the layout's unit frame (x right, y down, radius 1 at the outer
 * edge), within the seats' extent, whatever the arc's angle: the end labels
 * under the lowest marks, flush with the extent's sides. Text is measured by
 * the caller in CSS pixels and converted with `unitsPerPx`, so labels keep
 * their size on screen at any chart width.
 */
import type { Extent, PlacedSeat } from 'hemicycle-layout';

type LabelAnchor = 'start' | 'middle' | 'end';

export interface WedgeLabel {
  /** The parties it names, left to right: one, a coalition, or neighbours gathered. */
  ids: string[];
  seats: number;
  /** Text anchor point: x per `anchor`, y the top of the text box. */
  x: number;
  y: number;
  anchor: LabelAnchor;
  /** The text box, for the frame and for tests. */
  box: { left: number; top: number; right: number; bottom: number };
}

export interface WedgeLabelOptions {
  /** Party ids seated together as one block (a coalition): labelled as one. */
  lead?: readonly string[] | undefined;
  /** Width and height in CSS pixels of the label naming these parties with these seats. */
  measure: (ids: readonly string[], seats: number) => { width: number; height: number };
  /** Frame units per CSS pixel at the drawn width. */
  unitsPerPx: number;
  /** The box of the seats' marks (the layout's extent): labels keep within its width. */
  extent: Extent;
  /** Gap between the seats (or the majority line) and a label, in CSS pixels. */
  gapPx?: number;
  /** x of the majority line's outer end: a label above the arc keeps to its own side of it. */
  lineX?: number | undefined;
  /** y of the majority line's outer end: a label too wide for its side of the line rises above it instead. */
  lineTop?: number | undefined;
  /** The lowest y of what is drawn in the arc's middle (the majority's label): the end labels go under it too. */
  below?: number | undefined;
}

export interface Block {
  ids: string[];
  seats: number;
  /** Sum of the seats' angles, for the mean angle of a gathered block. */
  angleSum: number;
}

/** Contiguous runs of seats by party, left to right; the lead parties form one block. */
export function wedgeBlocks(seats: readonly PlacedSeat[], lead: readonly string[] = []): Block[] {
  const inLead = new Set(lead);
  const blocks: Block[] = [];
  for (const seat of seats) {
    const key = inLead.has(seat.party) ? 'lead' : seat.party;
    const last = blocks.at(-1);
    const lastKey = last && (inLead.has(last.ids[0]!) ? 'lead' : last.ids[0]);
    if (last && lastKey === key) {
      if (!last.ids.includes(seat.party)) last.ids.push(seat.party);
      last.seats += 1;
      last.angleSum += seat.angle;
    } else blocks.push({ ids: [seat.party], seats: 1, angleSum: seat.angle });
  }
  return blocks;
}

export const overlaps = (a: WedgeLabel['box'], b: WedgeLabel['box'], gap: number) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

export function wedgeLabels(seats: readonly PlacedSeat[], options: WedgeLabelOptions): WedgeLabel[] {
  const { measure, unitsPerPx, gapPx = 6, lineX, lineTop, extent, below = -Infinity } = options;
  const [minX, maxX, bottom] = [extent.minX, extent.minX + extent.width, Math.max(extent.minY + extent.height, below)];
  const blocks = wedgeBlocks(seats, options.lead);
  if (blocks.length === 0) return [];
  const gap = gapPx * unitsPerPx;
  let outer = 0;
  for (const s of seats) outer = Math.max(outer, Math.hypot(s.x, s.y) + s.r);

  const size = (b: Block) => {
    const { width, height } = measure(b.ids, b.seats);
    return { w: width * unitsPerPx, h: height * unitsPerPx };
  };
  // The end wedges: under the lowest marks, flush with the sides.
  const foot = (b: Block, side: 'left' | 'right'): WedgeLabel => {
    const { w, h } = size(b);
    const top = bottom + gap;
    const x = side === 'left' ? minX : maxX;
    const box =
      side === 'left' ? { left: minX, right: minX + w, top, bottom: top + h } : { left: maxX - w, right: maxX, top, bottom: top + h };
    return { ids: b.ids, seats: b.seats, x, y: top, anchor: side === 'left' ? 'start' : 'end', box };
  };
  // A middle wedge: in one row above the arc, over its seats' mean angle, kept within the arc's width
  // (a label off to the side would widen the frame and push the chart off-centre).
  const onArc = (b: Block): WedgeLabel => {
    // On an arc wider than a half circle, a wedge below the centre goes over its side of the arc: angles kept to
    // the upper half keep the labels in seating order, left to right, so only neighbours can meet.
    const angle = Math.min(Math.PI, Math.max(0, b.angleSum / b.seats));
    const { w, h } = size(b);
    const half = Math.min(w / 2, (maxX - minX) / 2);
    const within = (c: number) => Math.min(maxX - half, Math.max(minX + half, c));
    let centre = within((outer + gap) * Math.cos(angle));
    let top = Math.min(-outer, extent.minY) - gap - h;
    // Keep clear of the majority line's top, on the wedge's own side of it; a label too wide for that side (it
    // would widen the frame) stays over its seats and rises above the line's end instead.
    if (lineX !== undefined && centre - half < lineX + gap && centre + half > lineX - gap) {
      const beside = centre >= lineX ? lineX + gap + half : lineX - gap - half;
      if (beside === within(beside) || lineTop === undefined) centre = beside;
      else top = Math.min(top, lineTop - gap / 2 - h);
    }
    return {
      ids: b.ids,
      seats: b.seats,
      x: centre,
      y: top,
      anchor: 'middle',
      box: { left: centre - half, right: centre + half, top, bottom: top + h },
    };
  };

  if (blocks.length === 1) return [foot(blocks[0]!, 'left')];
  const left = foot(blocks[0]!, 'left');
  let right = foot(blocks.at(-1)!, 'right');
  // Two wide end labels (a long coalition, a narrow chart) stack instead of overlapping.
  if (overlaps(left.box, right.box, gap)) {
    const drop = left.box.bottom + gap / 2 - right.box.top;
    right = { ...right, y: right.y + drop, box: { ...right.box, top: right.box.top + drop, bottom: right.box.bottom + drop } };
  }
  const labels = [left, right];
  // Middle wedges, left to right.
  return [labels[0]!, ...gatherRow(blocks.slice(1, -1), onArc, gap), labels[1]!];
}

/** Labels in a row, left to right: neighbours whose labels would touch are gathered into one, until none do. */
export function gatherRow(row: Block[], place: (b: Block) => WedgeLabel, gap: number): WedgeLabel[] {
  for (;;) {
    const placed = row.map(place);
    const clash = placed.findIndex((label, i) => i > 0 && overlaps(placed[i - 1]!.box, label.box, gap));
    if (clash === -1) return placed;
    const [a, b] = [row[clash - 1]!, row[clash]!];
    row = [
      ...row.slice(0, clash - 1),
      { ids: [...a.ids, ...b.ids], seats: a.seats + b.seats, angleSum: a.angleSum + b.angleSum },
      ...row.slice(clash + 1),
    ];
  }
}
