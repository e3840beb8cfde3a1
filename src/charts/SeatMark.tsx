/**
 * One seat of the hemicycle: a single circle, as lean as the contract allows,
 * because a chart draws thousands. Stroke width sits on the seats' group and
 * the tab index only on the tab stop; a class only when the seat needs one.
 *
 * Memoised: a seat re-renders only when its own props change. When the same
 * riding sits elsewhere (another result, a coalition), CSS transitions on
 * cx/cy make it glide there. Not a transform: Chromium composites SVG
 * transform animations one layer per seat, and starting 343 of them stalled
 * for seconds on a slow machine.
 */
import { memo } from 'react';
import { seatParty, type PlanSeat } from '../core/picture/seatPlan.ts';
import { seatStatus } from '../data/ridingStatus.ts';

interface SeatMarkProps {
  seat: PlanSeat;
  fill: string;
  dimmed: boolean;
  label: string;
  tabbable: boolean;
  /** Changed hands since the previous election (its dot is drawn by FlipMarks). */
  flipped: boolean;
  /** Changed hands in the latest live refresh. */
  updated: boolean;
  /** A link when activating the seat opens its riding; an image otherwise. */
  role: 'link' | 'img';
}

export const SeatMark = memo(function SeatMark({ seat, fill, dimmed, label, tabbable, flipped, updated, role }: SeatMarkProps) {
  const className = `${dimmed ? ' seat-dimmed' : ''}${updated ? ' seat-updated' : ''}`;
  return (
    <circle
      className={className === '' ? undefined : className.slice(1)}
      data-seat={seat.index}
      // A riding with no result yet, or a vacant seat, is no party's seat: the contract's empty `data-party`.
      data-party={seatParty(seat)}
      data-riding={seat.riding}
      data-status={seatStatus(seat.status)}
      data-flipped={flipped || undefined}
      cx={seat.x}
      cy={seat.y}
      r={seat.r}
      // The party colour as `color`: the theme's CSS fills with a shade of it that reaches 3:1 on its background.
      color={fill}
      role={role}
      aria-label={label}
      tabIndex={tabbable ? 0 : undefined}
    />
  );
});
