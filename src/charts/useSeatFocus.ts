/**
 * Pointer and keyboard focus over the seats of a chart. The seats are one tab
 * stop (roving tabindex): arrows move seat to seat, Home and End jump to the
 * ends, Enter opens, Escape closes the detail. The handlers sit on the seats'
 * group and read the seat from `data-seat`, so a seat carries no listener.
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { seatForKey } from '../core/seatNavigation.ts';

function seatIndexOf(target: EventTarget | null): number | null {
  const value = target instanceof Element ? target.getAttribute('data-seat') : null;
  return value === null ? null : Number(value);
}

export function useSeatFocus<S>(seats: readonly S[], onActivate: ((seat: S) => void) | undefined) {
  /** The seat under the pointer or the keyboard focus: its detail shows. */
  const [active, setActive] = useState<number | null>(null);
  /** The one seat Tab reaches. */
  const [tabStop, setTabStop] = useState(0);
  const groupRef = useRef<SVGGElement>(null);
  // Another plan (a live refresh, another result) may seat other ridings at these places: drop the detail,
  // and keep the tab stop on a seat that exists.
  const [plan, setPlan] = useState(seats);
  if (plan !== seats) {
    setPlan(seats);
    setActive(null);
    if (tabStop >= seats.length) setTabStop(0);
  }

  const focusSeat = useCallback((index: number) => {
    // Only the tab stop is focusable: make the seat it, then focus it.
    flushSync(() => setTabStop(index));
    groupRef.current?.querySelector<SVGElement>(`[data-seat="${index}"]`)?.focus();
  }, []);

  const activate = (index: number | null) => {
    const seat = index === null ? undefined : seats[index];
    if (seat !== undefined) onActivate?.(seat);
  };

  const handlers = {
    onPointerOver: (event: { target: EventTarget | null }) => setActive(seatIndexOf(event.target)),
    onPointerLeave: () => setActive(null),
    onClick: (event: { target: EventTarget | null }) => activate(seatIndexOf(event.target)),
    onFocus: (event: { target: EventTarget | null }) => {
      const index = seatIndexOf(event.target);
      setActive(index);
      if (index !== null) setTabStop(index);
    },
    onBlur: () => setActive(null),
    onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
      const current = seatIndexOf(event.target);
      if (current === null) return;
      if (event.key === 'Escape') setActive(null);
      else if (event.key === 'Enter') activate(current);
      const next = seatForKey(event.key, current, seats.length);
      if (next === null) return;
      event.preventDefault();
      focusSeat(next);
    },
  };
  return { active, tabStop, groupRef, handlers };
}
