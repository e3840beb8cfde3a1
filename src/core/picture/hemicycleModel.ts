/**
 * Everything a hemicycle draws, worked out before it is drawn: the seats in
 * seat order and in document order, the majority line and its label, the wedge
 * labels of each class of width, and the frame that holds them all. Pure and
 * tested with exact values; `charts/Hemicycle` only maps it to SVG, and the
 * pictures draw the same model (hemicycleDrawing), so the two cannot disagree.
 *
 * What the seats are called (the words) comes from the caller: this module
 * knows no language.
 */
import { hemicycleFrame, unitsPerPxAt, type HemicycleFrame } from './hemicycleFrame.ts';
import { fitLabel, labelSize, type LabelPart } from './labelText.ts';
import type { Boundary, Extent } from 'hemicycle-layout';
import type { benchLabels } from './benchLabels.ts';
import type { PlanSeat } from './seatPlan.ts';
import { wedgeLabels, type WedgeLabel } from './wedgeLabels.ts';
import { WIDTH_CLASSES, type WidthClass } from './widthClasses.ts';

/** Label sizes in CSS pixels: the wedges' names, the seats needed (large) and what they are (small). */
const LABEL_PX = 13;
const MAJORITY_FIGURE_PX = 20;
const MAJORITY_CAPTION_PX = 12;

/** One text of the majority's label, in frame units. */
interface PlacedText {
  x: number;
  y: number;
  fontSize: number;
}

/** What is laid out for one class of width (widthClasses): CSS shows the class that fits. */
interface LabelledClass {
  name: WidthClass['name'];
  /** The wedge labels' font size, in frame units. */
  fontSize: number;
  /** Placed labels with their text, fitted to the arc. */
  wedges: readonly (WedgeLabel & { parts: readonly LabelPart[] })[];
  /** The majority's figure and caption, in the hollow of the arc (x = 0), and the box they take. */
  figure: PlacedText;
  caption: PlacedText;
  majorityBox: { left: number; right: number; top: number; bottom: number };
}

export interface HemicycleModel {
  /** The seats, in seat order (left to right along the arc). */
  seats: readonly PlanSeat[];
  /** The same seats in document order: the plain result's, so a seat that moves to another place glides there. */
  ordered: readonly PlanSeat[];
  /** Party id → fill colour. */
  colors: ReadonlyMap<string, string>;
  /** The majority's line (the layout's boundary), its figure and caption. */
  majority: { line: Boundary; figure: string; caption: string };
  classes: readonly LabelledClass[];
  frame: HemicycleFrame;
  /** Seats on benches, not an arc: a picture of them is not centred on the arc's middle. */
  benches: boolean;
  /** Accessible name of each seat, by seat index. */
  labels: readonly string[];
  /** Parties seated as one block (a coalition): one label for all. */
  lead: readonly string[];
  /** Marks the seats that changed hands since the previous election. */
  flipMarks: boolean;
  title: string;
  description: string;
}

export interface HemicycleModelInput {
  seats: readonly PlanSeat[];
  /** The plain result's seats, whose order the document keeps; the seats' own order when absent. */
  plain?: readonly PlanSeat[] | undefined;
  colors: ReadonlyMap<string, string>;
  /** Where the seats were laid out (hemicycle-layout): its majority boundary and extent, and whether on benches. */
  layout: { boundary: Boundary; extent: Extent; benches?: boolean | undefined };
  /** The benches' labeler (benchLabels.ts), loaded with the benches layout: needed when `layout.benches`. */
  labelBenches?: typeof benchLabels | undefined;
  /** The majority's figure as written ("172") and what it is ("for a majority"). */
  figure: string;
  caption: string;
  /** The text naming a wedge (or wedges gathered, or a coalition): no wedge labels when absent. */
  wedgeLabel?: ((ids: readonly string[], seats: number) => readonly LabelPart[]) | undefined;
  lead?: readonly string[] | undefined;
  seatLabel: (seat: PlanSeat) => string;
  flipMarks?: boolean | undefined;
  title: string;
  description: string;
}

export function hemicycleModel(input: HemicycleModelInput): HemicycleModel {
  const { seats, plain, wedgeLabel, lead = [], layout } = input;
  const line = layout.boundary;
  // The seats' width fills the chart's: 2 units for a half circle, less for a narrower arc.
  const across = layout.extent.width;
  const arcBottom = layout.extent.minY + layout.extent.height;
  const classes = WIDTH_CLASSES.map(({ name, refPx }): LabelledClass => {
    const u = unitsPerPxAt(refPx, across);
    // No label wider than the arc (less a tenth for fonts wider than the estimate): a long name is cut, the
    // legend gives it whole.
    const text = (ids: readonly string[], n: number) => fitLabel(wedgeLabel!(ids, n), LABEL_PX, (0.9 * across) / u);
    const measure = (ids: readonly string[], n: number) => {
      const whole = wedgeLabel!(ids, n);
      const fitted = fitLabel(whole, LABEL_PX, (0.9 * across) / u);
      return { ...labelSize(fitted, LABEL_PX), cut: fitted !== whole };
    };
    // The majority's label in the hollow, at the arc's centre; an arc narrower than a half circle ends above its
    // centre, and the label rises to just under its middle seats. The end labels go under it too.
    const half =
      (Math.max(
        labelSize([{ text: input.figure, strong: true }], MAJORITY_FIGURE_PX).width,
        labelSize([{ text: input.caption }], MAJORITY_CAPTION_PX).width,
      ) *
        u) /
      2;
    const tall = (MAJORITY_FIGURE_PX + MAJORITY_CAPTION_PX + 4) * u;
    // Under the middle seats and the line's inner end.
    const underMiddle = Math.max(line.y1, ...seats.filter((seat) => Math.abs(seat.x) <= half + seat.r).map((seat) => seat.y + seat.r));
    // On benches there is no hollow: the label stands over the line's top.
    const captionY = layout.benches ? line.y2 - 6 * u : arcBottom < 0 ? Math.min(-4 * u, underMiddle + 6 * u + tall) : -4 * u;
    const x = layout.benches ? line.x2 : 0;
    const figure = { x, y: captionY - (MAJORITY_CAPTION_PX + 4) * u, fontSize: MAJORITY_FIGURE_PX * u };
    const caption = { x, y: captionY, fontSize: MAJORITY_CAPTION_PX * u };
    const majorityBox = { left: x - half, right: x + half, top: figure.y - figure.fontSize, bottom: captionY + caption.fontSize / 4 };
    const wedges = wedgeLabel
      ? (layout.benches
          ? input.labelBenches!(seats, { lead, unitsPerPx: u, measure, extent: layout.extent, avoid: majorityBox })
          : wedgeLabels(seats, {
              lead,
              unitsPerPx: u,
              lineX: line.x2,
              lineTop: line.y2,
              measure,
              extent: layout.extent,
              below: majorityBox.bottom,
            })
        ).map((l) => ({ ...l, parts: text(l.ids, l.seats) }))
      : [];
    return { name, fontSize: LABEL_PX * u, wedges, figure, caption, majorityBox };
  });
  // The frame holds the labels of every class, so it is the same whichever shows; 2 px of room above and below,
  // at the narrowest class (where a pixel is the most units).
  const frame = hemicycleFrame(
    layout.extent,
    [
      { left: line.x2, right: line.x2, top: line.y2, bottom: line.y2 },
      ...classes.flatMap((c) => [c.majorityBox, ...c.wedges.map((l) => l.box)]),
    ],
    2 * unitsPerPxAt(WIDTH_CLASSES[0]!.refPx, across),
  );
  return {
    seats,
    ordered: plain ? documentOrder(seats, plain) : seats,
    colors: input.colors,
    majority: { line, figure: input.figure, caption: input.caption },
    classes,
    frame,
    benches: layout.benches ?? false,
    labels: seats.map(input.seatLabel),
    lead,
    flipMarks: input.flipMarks ?? false,
    title: input.title,
    description: input.description,
  };
}

/**
 * The seats in the plain result's order: a mark that moves in the DOM loses its transition, so seats that glide to
 * new places (another result, a coalition) keep one order. A riding keeps its place; a seat without one, its index.
 */
function documentOrder(seats: readonly PlanSeat[], plain: readonly PlanSeat[]): readonly PlanSeat[] {
  if (seats === plain) return seats;
  const order = new Map(plain.map((s) => [s.riding ?? s.index, s.index]));
  const at = (seat: PlanSeat) => order.get(seat.riding ?? seat.index) ?? seat.index;
  return [...seats].sort((a, b) => at(a) - at(b));
}

/** Seats per party, in the order the seats are drawn (left to right): the chart's description counts them so. */
export function seatsPerParty(seats: readonly Pick<PlanSeat, 'party'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const seat of seats) counts.set(seat.party, (counts.get(seat.party) ?? 0) + 1);
  return counts;
}
