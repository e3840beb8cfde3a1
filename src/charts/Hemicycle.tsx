/**
 * Draws a laid-out hemicycle: one circle per seat, the majority line, and a
 * detail card for the seat under the pointer or keyboard focus. Geometry comes
 * computed from `core/`; this component only maps it to SVG.
 *
 * The seats are one tab stop (roving tabindex): arrows move seat to seat,
 * Home/End jump to the ends, Escape closes the detail.
 */
import { memo, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type SVGProps } from 'react';
import { flushSync } from 'react-dom';
import { hemicycleExtent } from '../core/layoutHemicycle.ts';
import type { MajorityLine } from '../core/majority.ts';
import type { PlanSeat } from '../core/seatPlan.ts';
import { FlipMarks } from './FlipMarks.tsx';
import { SeatMark } from './SeatMark.tsx';
import { useGlide } from './useGlide.ts';

export interface HemicycleProps extends Omit<SVGProps<SVGSVGElement>, 'ref' | 'width'> {
  seats: readonly PlanSeat[];
  /** Party id → fill colour. */
  colors: ReadonlyMap<string, string>;
  /** Rendered width in CSS pixels; sets text size in the scalable drawing. */
  width: number;
  majority: { line: MajorityLine; label: string };
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
  /** The detail card for a seat. */
  renderDetail?: ((seat: PlanSeat) => ReactNode) | undefined;
  title: string;
  description: string;
}

const KEY_STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
const LABEL_PX = 13;

function seatIndexOf(target: EventTarget | null): number | null {
  const value = target instanceof Element ? target.getAttribute('data-seat') : null;
  return value === null ? null : Number(value);
}

export const Hemicycle = memo(function Hemicycle(props: HemicycleProps) {
  const {
    seats,
    colors,
    width,
    majority,
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
  const [active, setActive] = useState<number | null>(null);
  const [tabStop, setTabStop] = useState(0);
  const svgRef = useRef<SVGSVGElement>(null);
  const descriptionId = useId();
  const gliding = useGlide(seats);

  const box = hemicycleExtent(seats);
  const unitsPerPx = box.width / Math.max(width, 1);
  const fontSize = LABEL_PX * unitsPerPx;
  const top = Math.min(box.minY, majority.line.y2) - fontSize * 1.6;
  const viewBox = `${box.minX} ${top} ${box.width} ${box.minY + box.height - top}`;

  // Hovering never rebuilds the marks; moving the tab stop re-renders only the two seats it leaves and enters.
  const ordered = useMemo(
    () => (documentOrder ? [...seats].sort((a, b) => documentOrder(a) - documentOrder(b)) : seats),
    [seats, documentOrder],
  );
  // Labels by seat index, built once per plan: moving the tab stop must not rebuild 343 strings.
  const labels = useMemo(() => seats.map(seatLabel), [seats, seatLabel]);
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
      />
    ));
  }, [ordered, colors, highlight, labels, tabStop, flipMarks, updated]);

  const focusSeat = useCallback((index: number) => {
    // Only the tab stop is focusable: make the seat it, then focus it.
    flushSync(() => setTabStop(index));
    svgRef.current?.querySelector<SVGElement>(`[data-seat="${index}"]`)?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const current = seatIndexOf(event.target);
    if (current === null) return;
    const step = KEY_STEP[event.key];
    let next: number | null = null;
    if (step !== undefined) next = Math.min(seats.length - 1, Math.max(0, current + step));
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = seats.length - 1;
    else if (event.key === 'Escape') setActive(null);
    else if (event.key === 'Enter' && seats[current]) onActivate?.(seats[current]);
    if (next === null) return;
    event.preventDefault();
    focusSeat(next);
  };

  const activeSeat = active === null ? undefined : seats[active];
  const markedSeat = marked === undefined ? undefined : seats[marked];
  return (
    <div className={gliding ? 'hemicycle gliding' : 'hemicycle'}>
      <svg ref={svgRef} viewBox={viewBox} role="group" aria-label={title} aria-describedby={descriptionId} {...svgProps}>
        <desc id={descriptionId}>{description}</desc>
        <g
          className="hemicycle-seats"
          strokeWidth={(seats[0]?.r ?? 0) * 0.22}
          onPointerOver={(e) => setActive(seatIndexOf(e.target))}
          onPointerLeave={() => setActive(null)}
          onClick={(e) => {
            const index = seatIndexOf(e.target);
            if (index !== null && seats[index]) onActivate?.(seats[index]);
          }}
          onFocus={(e) => {
            const index = seatIndexOf(e.target);
            setActive(index);
            if (index !== null) setTabStop(index);
          }}
          onBlur={() => setActive(null)}
          onKeyDown={onKeyDown}
        >
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
        <g className="majority-line" data-majority={majority.label}>
          <line {...majority.line} strokeWidth={1.5 * unitsPerPx} />
          <text x={majority.line.x2} y={majority.line.y2 - fontSize * 0.5} fontSize={fontSize} textAnchor="middle">
            {majority.label}
          </text>
        </g>
      </svg>
      {activeSeat && renderDetail && (
        <div
          className="seat-detail"
          data-side={activeSeat.x > 0 ? 'left' : 'right'}
          style={{
            left: `${((activeSeat.x - box.minX) / box.width) * 100}%`,
            top: `${((activeSeat.y - top) / (box.minY + box.height - top)) * 100}%`,
          }}
        >
          {renderDetail(activeSeat)}
        </div>
      )}
    </div>
  );
});
