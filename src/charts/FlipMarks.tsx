/**
 * The dots that mark seats which changed hands since the previous election.
 * A layer of their own over the seats, so a seat stays one element; keyed by
 * riding and in the seats' document order, so a dot glides with its seat.
 */
import { memo } from 'react';
import { inkOn } from '../core/picture/contrast.ts';
import type { PlanSeat } from '../core/picture/seatPlan.ts';

interface FlipMarksProps {
  /** Seats in document order. */
  seats: readonly PlanSeat[];
  colors: ReadonlyMap<string, string>;
  highlight?: ((seat: PlanSeat) => boolean) | undefined;
}

export const FlipMarks = memo(function FlipMarks({ seats, colors, highlight }: FlipMarksProps) {
  return (
    <g className="seat-flips" aria-hidden="true">
      {seats
        .filter((seat) => seat.flipped)
        .map((seat) => (
          <circle
            key={seat.riding ?? seat.index}
            className={highlight !== undefined && !highlight(seat) ? 'seat-dimmed' : undefined}
            cx={seat.x}
            cy={seat.y}
            r={seat.r * 0.42}
            fill={inkOn(colors.get(seat.party) ?? '#888')}
          />
        ))}
    </g>
  );
});
