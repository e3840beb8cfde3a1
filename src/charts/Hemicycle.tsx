/**
 * Draws a laid-out hemicycle: one circle per seat, the majority line, and a
 * detail card for the seat under the pointer or keyboard focus. Geometry comes
 * computed from `core/`; this component only maps it to SVG.
 *
 * The seats are one tab stop (roving tabindex, `useSeatFocus`).
 */
import { memo, useEffect, useId, useMemo, useRef, type ReactNode, type SVGProps } from 'react';
import { framePercent, hemicycleFrame, unitsPerPxAt } from '../core/hemicycleFrame.ts';
import type { MajorityLine } from '../core/majority.ts';
import type { PlanSeat } from '../core/seatPlan.ts';
import { wedgeLabels } from '../core/wedgeLabels.ts';
import { WIDTH_CLASSES } from '../core/widthClasses.ts';
import { FlipMarks } from './FlipMarks.tsx';
import { MajorityMark } from './MajorityMark.tsx';
import { fitLabel, labelSize, type LabelPart } from '../core/labelText.ts';
import { WedgeLabels } from './WedgeLabels.tsx';
import { SeatMark } from './SeatMark.tsx';
import { useGlide } from './useGlide.ts';
import { useSeatFocus } from './useSeatFocus.ts';

export interface HemicycleProps extends Omit<SVGProps<SVGSVGElement>, 'ref' | 'width'> {
  seats: readonly PlanSeat[];
  /** Party id → fill colour. */
  colors: ReadonlyMap<string, string>;
  majority: { line: MajorityLine; figure: string; caption: string };
  /** The text naming a wedge (or wedges gathered, or a coalition): no labels when absent. */
  wedgeLabel?: ((ids: readonly string[], seats: number) => readonly LabelPart[]) | undefined;
  /** Parties seated as one block (a coalition): one label for all. */
  lead?: readonly string[] | undefined;
  /** Seats that stay bright while the others dim; all bright when absent. */
  highlight?: ((seat: PlanSeat) => boolean) | undefined;
  /** A seat ringed whatever the pointer does (the riding being viewed). */
  marked?: number | undefined;
  /** Enter or a click on a seat. */
  onActivate?: ((seat: PlanSeat) => void) | undefined;
  /** Ridings that just changed hands in a live refresh: their seats pulse once. */
  updated?: ReadonlySet<string> | undefined;
  /** Marks the seats that changed hands since the previous election. */
  flipMarks?: boolean | undefined;
  /**
   * Document order of the seats (ascending), when it must not follow seat
   * order: a mark that moves in the DOM loses its transition, so seats that
   * can glide to new places keep one fixed order.
   */
  documentOrder?: ((seat: PlanSeat) => number) | undefined;
  /** Accessible name of each seat. */
  seatLabel: (seat: PlanSeat) => string;
  /** The detail card for a seat; `close` is given when a tap pinned it open (it then holds a link and a close button). */
  renderDetail?: ((seat: PlanSeat, close?: () => void) => ReactNode) | undefined;
  title: string;
  description: string;
}

const LABEL_PX = 13;
const NO_LEAD: readonly string[] = [];

export const Hemicycle = memo(function Hemicycle(props: HemicycleProps) {
  const {
    seats,
    colors,
    majority,
    wedgeLabel,
    lead = NO_LEAD,
    highlight,
    marked,
    onActivate,
    flipMarks = false,
    updated,
    documentOrder,
    seatLabel,
    renderDetail,
    title,
    description,
    ...svgProps
  } = props;
  const { active, pinned, unpin, tabStop, groupRef, svgRef, handlers, svgHandlers } = useSeatFocus(seats, onActivate);
  const descriptionId = useId();
  const gliding = useGlide(seats);

  const lineX = majority.line.x2;
  // The labels of each class of width; the frame holds them all, so it is the same whichever shows.
  const labelled = useMemo(
    () =>
      WIDTH_CLASSES.map(({ name, refPx }) => {
        const unitsPerPx = unitsPerPxAt(refPx);
        // No label wider than the arc (2 units, less a tenth for fonts wider than the estimate): a long name
        // is cut, the legend gives it whole.
        const text = (ids: readonly string[], n: number) => fitLabel(wedgeLabel!(ids, n), LABEL_PX, (0.9 * 2) / unitsPerPx);
        const measure = (ids: readonly string[], n: number) => labelSize(text(ids, n), LABEL_PX);
        // Each label's text, fitted once here: hovering a seat re-renders the chart, not its labels.
        const wedges = wedgeLabel
          ? wedgeLabels(seats, { lead, unitsPerPx, lineX, measure }).map((l) => ({ ...l, parts: text(l.ids, l.seats) }))
          : [];
        return { name, unitsPerPx, wedges };
      }),
    [seats, lead, lineX, wedgeLabel],
  );
  const { x2, y2 } = majority.line;
  // 2 px of room above and below, at the narrowest class (where a pixel is the most units).
  const frame = hemicycleFrame(
    seats,
    [{ left: x2, right: x2, top: y2, bottom: y2 }, ...labelled.flatMap((c) => c.wedges.map((l) => l.box))],
    2 * unitsPerPxAt(WIDTH_CLASSES[0]!.refPx),
  );

  // Hovering never rebuilds the marks; moving the tab stop re-renders only the two seats it leaves and enters.
  const ordered = useMemo(
    () => (documentOrder ? [...seats].sort((a, b) => documentOrder(a) - documentOrder(b)) : seats),
    [seats, documentOrder],
  );
  // Labels by seat index, built once per plan: moving the tab stop must not rebuild 343 strings.
  const labels = useMemo(() => seats.map(seatLabel), [seats, seatLabel]);
  // Seats that open their riding say so to screen readers: a link, not a picture.
  const activatable = onActivate !== undefined;
  const marks = useMemo(() => {
    return ordered.map((seat) => (
      <SeatMark
        key={seat.riding ?? seat.index}
        seat={seat}
        fill={colors.get(seat.party) ?? '#888'}
        dimmed={highlight !== undefined && !highlight(seat)}
        label={labels[seat.index] ?? ''}
        tabbable={seat.index === tabStop}
        flipped={flipMarks && seat.flipped}
        updated={seat.riding !== undefined && updated?.has(seat.riding) === true}
        role={activatable && seat.riding !== undefined ? 'link' : 'img'}
      />
    ));
  }, [ordered, colors, highlight, labels, tabStop, flipMarks, updated, activatable]);

  const activeSeat = active === null ? undefined : seats[active];
  // A card pinned by a tap can open below the fold of a phone: bring it into view.
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pinned && active !== null) card.current?.scrollIntoView({ block: 'nearest' });
  }, [pinned, active]);
  const detailAt = activeSeat && framePercent(frame, activeSeat.x, activeSeat.y);
  const markedSeat = marked === undefined ? undefined : seats[marked];
  return (
    <div className={gliding ? 'hemicycle gliding' : 'hemicycle'}>
      <svg
        ref={svgRef}
        viewBox={frame.viewBox}
        role="group"
        aria-label={title}
        aria-describedby={descriptionId}
        {...svgHandlers}
        {...svgProps}
      >
        <desc id={descriptionId}>{description}</desc>
        {/* The stroke of a lead's ring and of a seat still to report (styles.css), in proportion to the seats. */}
        <g ref={groupRef} className="hemicycle-seats" strokeWidth={(seats[0]?.r ?? 0) * 0.3} {...handlers}>
          {marks}
        </g>
        {flipMarks && <FlipMarks seats={ordered} colors={colors} highlight={highlight} />}
        {markedSeat && (
          <circle
            className="seat-ring seat-marked"
            cx={markedSeat.x}
            cy={markedSeat.y}
            r={markedSeat.r * 1.9}
            strokeWidth={markedSeat.r * 0.45}
          />
        )}
        {activeSeat && (
          <circle className="seat-ring" cx={activeSeat.x} cy={activeSeat.y} r={activeSeat.r * 1.6} strokeWidth={activeSeat.r * 0.5} />
        )}
        <MajorityMark line={majority.line} figure={majority.figure} caption={majority.caption} />
        {wedgeLabel &&
          labelled.map((c) => <WedgeLabels key={c.name} widthClass={c.name} labels={c.wedges} fontSize={LABEL_PX * c.unitsPerPx} />)}
      </svg>
      {activeSeat && detailAt && renderDetail && (
        <div
          ref={card}
          className={pinned ? 'seat-detail pinned' : 'seat-detail'}
          data-side={activeSeat.x > 0 ? 'left' : 'right'}
          style={{ left: `${detailAt.left}%`, top: `${detailAt.top}%` }}
        >
          {renderDetail(activeSeat, pinned ? unpin : undefined)}
        </div>
      )}
    </div>
  );
});
