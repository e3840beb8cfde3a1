/** One seat of the hemicycle. Memoised: a seat re-renders only when its own props change. */
import { memo } from 'react';
import type { PlanSeat } from '../core/seatPlan.ts';
import { outlineClasses } from './themeSurfaces.ts';

interface SeatMarkProps {
  seat: PlanSeat;
  fill: string;
  dimmed: boolean;
  label: string;
  tabbable: boolean;
}

export const SeatMark = memo(function SeatMark({ seat, fill, dimmed, label, tabbable }: SeatMarkProps) {
  return (
    <circle
      className={`seat${dimmed ? ' seat-dimmed' : ''}${outlineClasses(fill)}`}
      data-seat={seat.index}
      data-party={seat.party}
      data-riding={seat.riding}
      cx={seat.x}
      cy={seat.y}
      r={seat.r}
      fill={fill}
      strokeWidth={seat.r * 0.22}
      role="img"
      aria-label={label}
      tabIndex={tabbable ? 0 : -1}
    />
  );
});
