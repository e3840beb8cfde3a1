/**
 * One seat of the hemicycle. Memoised: a seat re-renders only when its own
 * props change. When the same riding sits elsewhere (another result, a
 * coalition), CSS transitions on cx/cy make it glide there. Not a transform:
 * Chromium composites SVG transform animations one layer per seat, and
 * starting 343 of them stalled for seconds on a slow machine.
 */
import { memo } from 'react';
import { inkOn } from '../core/contrast.ts';
import type { PlanSeat } from '../core/seatPlan.ts';
import { outlineClasses } from './themeSurfaces.ts';

interface SeatMarkProps {
  seat: PlanSeat;
  fill: string;
  dimmed: boolean;
  label: string;
  tabbable: boolean;
  /** Draws a dot in the seat: it changed hands since the previous election. */
  flipMark: boolean;
  /** Changed hands in the latest live refresh. */
  updated: boolean;
}

export const SeatMark = memo(function SeatMark({ seat, fill, dimmed, label, tabbable, flipMark, updated }: SeatMarkProps) {
  return (
    <>
      <circle
        className={`seat${dimmed ? ' seat-dimmed' : ''}${updated ? ' seat-updated' : ''}${outlineClasses(fill)}`}
        data-seat={seat.index}
        data-party={seat.party}
        data-riding={seat.riding}
        data-flipped={flipMark || undefined}
        cx={seat.x}
        cy={seat.y}
        r={seat.r}
        fill={fill}
        strokeWidth={seat.r * 0.22}
        role="img"
        aria-label={label}
        tabIndex={tabbable ? 0 : -1}
      />
      {flipMark && (
        <circle
          className={`seat-flip${dimmed ? ' seat-dimmed' : ''}`}
          cx={seat.x}
          cy={seat.y}
          r={seat.r * 0.42}
          fill={inkOn(fill)}
          aria-hidden="true"
        />
      )}
    </>
  );
});
