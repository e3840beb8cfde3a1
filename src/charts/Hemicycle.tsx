/**
 * Draws a laid-out hemicycle: one circle per seat, the majority line, and a
 * detail card for the seat under the pointer or keyboard focus. Everything it
 * draws comes worked out (core/hemicycleModel); this component only maps it to SVG.
 *
 * The seats are one tab stop (roving tabindex, `useTargetFocus`, as the map's ridings).
 */
import { lazy, memo, Suspense, useId, useMemo, type ReactNode, type SVGProps } from 'react';
import { framePercent } from '../core/picture/hemicycleFrame.ts';
import type { HemicycleModel } from '../core/picture/hemicycleModel.ts';
import type { PlanSeat } from '../core/picture/seatPlan.ts';
import { MajorityMark } from './MajorityMark.tsx';
import { WedgeLabels } from './WedgeLabels.tsx';
import { SeatMark } from './SeatMark.tsx';
import { useGlide } from './useGlide.ts';
// By module, not the package's index (seatPlan.ts says why).
import { seatForKey } from 'hemicycle-layout/seatForKey';
import { useTargetFocus } from './useTargetFocus.ts';

// Only the changes view draws them: their code (and the contrast maths) comes with it, not with every page.
const FlipMarks = lazy(() => import('./FlipMarks.tsx').then((m) => ({ default: m.FlipMarks })));

export interface HemicycleProps extends Omit<SVGProps<SVGSVGElement>, 'ref' | 'width' | 'title'> {
  /** What to draw, worked out beforehand (core/hemicycleModel). */
  model: HemicycleModel;
  /** Seats that stay bright while the others dim; all bright when absent. */
  highlight?: ((seat: PlanSeat) => boolean) | undefined;
  /** A seat ringed whatever the pointer does (the riding being viewed). */
  marked?: number | undefined;
  /** Enter or a click on a seat. */
  onActivate?: ((seat: PlanSeat) => void) | undefined;
  /** Ridings that just changed hands in a live refresh: their seats pulse once. */
  updated?: ReadonlySet<string> | undefined;
  /** The detail card for a seat; `close` is given when a tap pinned it open (it then holds a link and a close button). */
  renderDetail?: ((seat: PlanSeat, close?: () => void) => ReactNode) | undefined;
}

export const Hemicycle = memo(function Hemicycle(props: HemicycleProps) {
  const { model, highlight, marked, onActivate, updated, renderDetail, ...svgProps } = props;
  const { seats, ordered, colors, labels, flipMarks, frame } = model;
  const { active, pinned, unpin, tabStop, groupRef, svgRef, detailRef, handlers, svgHandlers } = useTargetFocus(seats, {
    attribute: 'data-seat',
    step: (key, current) => seatForKey(key, current, seats.length),
    onActivate,
    // A seat wider than the finger's reach is picked within two radii of its centre.
    reach: (seats[0]?.r ?? 0) * 2,
  });
  const descriptionId = useId();
  const gliding = useGlide(seats);

  // Seats that open their riding say so to screen readers: a link, not a picture.
  const activatable = onActivate !== undefined;
  // Hovering never rebuilds the marks; moving the tab stop re-renders only the two seats it leaves and enters.
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
  const detailAt = activeSeat && framePercent(frame, activeSeat.x, activeSeat.y);
  const markedSeat = marked === undefined ? undefined : seats[marked];
  return (
    <div className={gliding ? 'hemicycle gliding' : 'hemicycle'}>
      <svg
        ref={svgRef}
        viewBox={frame.viewBox}
        data-layout={model.benches ? 'benches' : undefined}
        role="group"
        aria-label={model.title}
        aria-describedby={descriptionId}
        {...svgHandlers}
        {...svgProps}
      >
        <desc id={descriptionId}>{model.description}</desc>
        {/* The stroke of a lead's ring and of a seat still to report (hemicycle.css), in proportion to the seats. */}
        <g ref={groupRef} className="hemicycle-seats" strokeWidth={(seats[0]?.r ?? 0) * 0.3} {...handlers}>
          {marks}
        </g>
        {flipMarks && (
          <Suspense fallback={null}>
            <FlipMarks seats={ordered} colors={colors} highlight={highlight} />
          </Suspense>
        )}
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
        <MajorityMark majority={model.majority} classes={model.classes} />
        {model.classes.map(
          (c) => c.wedges.length > 0 && <WedgeLabels key={c.name} widthClass={c.name} labels={c.wedges} fontSize={c.fontSize} />,
        )}
      </svg>
      {activeSeat && detailAt && renderDetail && (
        <div
          ref={detailRef}
          className={pinned ? 'seat-detail pinned' : 'seat-detail'}
          data-side={activeSeat.x > 0 ? 'left' : 'right'}
          // A seat in the chart's lower half has its card above it, so the card never runs off the bottom.
          data-rise={detailAt.top > 50 ? '' : undefined}
          style={{ left: `${detailAt.left}%`, top: `${detailAt.top}%` }}
        >
          {renderDetail(activeSeat, pinned ? unpin : undefined)}
        </div>
      )}
    </div>
  );
});
