/**
 * Moving the keyboard focus over the seats, which form one tab stop: the
 * arrows step to the previous or next seat in seating order (left to right,
 * whichever arrow a reader tries), Home and End jump to the ends.
 */
const STEP: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The seat a key moves the focus to from `current`, or null when the key does not move it. */
export function seatForKey(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  const step = STEP[key];
  if (step !== undefined) return Math.min(count - 1, Math.max(0, current + step));
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
