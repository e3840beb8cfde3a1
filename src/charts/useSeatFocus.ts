/**
 * Pointer, touch and keyboard focus over the seats of a chart. The seats are
 * one tab stop (roving tabindex): arrows move seat to seat, Home and End jump
 * to the ends, Enter opens, Escape closes the detail. The handlers sit on the
 * seats' group and read the seat from `data-seat`, so a seat carries no listener.
 *
 * A mouse click opens a seat; a tap only shows its detail, pinned, with a link
 * to open it: a phone reader must not leave the page by touching an 8 px dot.
 * A tap near a seat counts as a tap on it, so small seats are easy to hit.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
// By module, not the package's index (seatPlan.ts says why).
import { nearestSeat } from 'hemicycle-layout/nearestSeat';
import { seatForKey } from 'hemicycle-layout/seatForKey';
import type { Seat } from 'hemicycle-layout';

function seatIndexOf(target: EventTarget | null): number | null {
  const value = target instanceof Element ? target.getAttribute('data-seat') : null;
  return value === null ? null : Number(value);
}

/** How far from a seat's centre a tap still picks it: two seat radii, or 14 CSS pixels, whichever is more. */
const TAP_REACH_PX = 14;

export function useSeatFocus<S extends Seat>(seats: readonly S[], onActivate: ((seat: S) => void) | undefined) {
  /** The seat under the pointer or the keyboard focus: its detail shows. */
  const [active, setActive] = useState<number | null>(null);
  /** The detail was opened by a tap: it stays, and can be used, until another tap or Escape. */
  const [pinned, setPinned] = useState(false);
  /** The one seat Tab reaches. */
  const [tabStop, setTabStop] = useState(0);
  const groupRef = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const pointerType = useRef('mouse');
  // Another plan (a live refresh, another result) may seat other ridings at these places: drop the detail,
  // and keep the tab stop on a seat that exists.
  const [plan, setPlan] = useState(seats);
  if (plan !== seats) {
    setPlan(seats);
    setActive(null);
    setPinned(false);
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

  /** The seat a tap at this client point means: the one under it, or the nearest within reach. */
  const seatAt = (event: MouseEvent<SVGSVGElement>): number | null => {
    const hit = seatIndexOf(event.target);
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM()?.inverse();
    if (hit !== null || !svg || !matrix) return hit;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    const unitsPerPx = svg.viewBox.baseVal.width / Math.max(svg.getBoundingClientRect().width, 1);
    return nearestSeat(seats, point.x, point.y, Math.max(TAP_REACH_PX * unitsPerPx, (seats[0]?.r ?? 0) * 2));
  };

  const handlers = {
    onPointerOver: (event: PointerEvent<SVGGElement>) => {
      if (event.pointerType === 'mouse' && !pinned) setActive(seatIndexOf(event.target));
    },
    onPointerLeave: (event: PointerEvent<SVGGElement>) => {
      if (event.pointerType === 'mouse' && !pinned) setActive(null);
    },
    onFocus: (event: { target: EventTarget | null }) => {
      const index = seatIndexOf(event.target);
      setActive(index);
      setPinned(false);
      if (index !== null) setTabStop(index);
    },
    onBlur: () => {
      if (!pinned) setActive(null);
    },
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
  // On the whole drawing, so a tap between seats still finds one.
  const svgHandlers = {
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
      pointerType.current = event.pointerType;
    },
    onClick: (event: MouseEvent<SVGSVGElement>) => {
      if (pointerType.current === 'mouse') return activate(seatIndexOf(event.target));
      const index = seatAt(event);
      setActive(index);
      setPinned(index !== null);
    },
  };
  const unpin = useCallback(() => {
    setPinned(false);
    setActive(null);
  }, []);
  return { active, pinned, unpin, tabStop, groupRef, svgRef, handlers, svgHandlers };
}
