/**
 * Pointer, touch and keyboard focus over the marks of a chart: the hemicycle's
 * seats, the map's ridings and the cartogram's hexagons alike. The marks are
 * one tab stop (roving tabindex): keys move mark to mark (`step`), Enter
 * opens, Escape closes the detail. The handlers sit on the marks' group and
 * read the mark's index from an attribute, so a mark carries no listener.
 *
 * A mouse click opens a mark; a tap only shows its detail, pinned, with a link
 * to open it: a phone reader must not leave the page by touching an 8 px dot.
 * A tap near a mark counts as a tap on it, so small marks are easy to hit.
 */
import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
// By module, not the package's index (seatPlan.ts says why).
import { nearestSeat } from 'hemicycle-layout/nearestSeat';

/** A mark's centre, in the drawing's units. */
export interface FocusTarget {
  x: number;
  y: number;
}

export interface TargetFocusOptions<T> {
  /** The attribute that holds a mark's index in `targets`: `data-seat` on seats. */
  attribute: string;
  /** The mark a key moves to from `current`, or null when the key is not a move. */
  step: (key: string, current: number) => number | null;
  /** Enter or a mouse click on a mark. */
  onActivate?: ((target: T) => void) | undefined;
  /** How far from a mark's centre a tap still picks it, in the drawing's units, besides TAP_REACH_PX. */
  reach?: number | undefined;
}

/** How far from a mark's centre a tap still picks it, in CSS pixels (or `reach`, whichever is more). */
const TAP_REACH_PX = 14;

export function useTargetFocus<T extends FocusTarget>(targets: readonly T[], options: TargetFocusOptions<T>) {
  const { attribute, step, onActivate, reach = 0 } = options;
  /** The mark under the pointer or the keyboard focus: its detail shows. */
  const [active, setActive] = useState<number | null>(null);
  /** The detail was opened by a tap: it stays, and can be used, until another tap or Escape. */
  const [pinned, setPinned] = useState(false);
  /** The one mark Tab reaches. */
  const [tabStop, setTabStop] = useState(0);
  const groupRef = useRef<SVGGElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const pointerType = useRef('mouse');
  /** The detail's box, kept on screen while the keyboard moves through the marks. */
  const detailRef = useRef<HTMLDivElement>(null);
  const keyboard = useRef(false);
  // Other marks (a live refresh, another result, another province's ridings) may stand at these indices: drop
  // the detail, and keep the tab stop on a mark that exists.
  const [shown, setShown] = useState(targets);
  if (shown !== targets) {
    setShown(targets);
    setActive(null);
    setPinned(false);
    if (tabStop >= targets.length) setTabStop(0);
  }

  const unpin = useCallback(() => {
    setActive(null);
    setPinned(false);
  }, []);

  const indexOf = (target: EventTarget | null): number | null => {
    const value = target instanceof Element ? target.getAttribute(attribute) : null;
    return value === null ? null : Number(value);
  };

  const focusTarget = (index: number) => {
    // Only the tab stop is focusable: make the mark it, then focus it.
    flushSync(() => setTabStop(index));
    groupRef.current?.querySelector<SVGElement>(`[${attribute}="${index}"]`)?.focus();
  };

  const activate = (index: number | null) => {
    const target = index === null ? undefined : targets[index];
    if (target !== undefined) onActivate?.(target);
  };

  /** The mark a tap at this client point means: the one under it, or the nearest within reach. */
  const targetAt = (event: MouseEvent<SVGSVGElement>): number | null => {
    const hit = indexOf(event.target);
    const svg = svgRef.current;
    if (hit !== null || !svg) return hit;
    const matrix = svg.getScreenCTM()?.inverse();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    const unitsPerPx = svg.viewBox.baseVal.width / Math.max(svg.getBoundingClientRect().width, 1);
    const centres = targets.map((t, index) => ({ x: t.x, y: t.y, index }));
    return nearestSeat(centres, point.x, point.y, Math.max(TAP_REACH_PX * unitsPerPx, reach));
  };

  const handlers = {
    // Hover is a mouse's: a finger's pointerover would open the card under it before the tap lands, and the tap
    // would then land on the card.
    onPointerOver: (event: PointerEvent<SVGGElement>) => {
      if (event.pointerType !== 'mouse' || pinned) return;
      // A card the mouse opens is where the mouse is: only the keyboard's is scrolled into view.
      keyboard.current = false;
      setActive(indexOf(event.target));
    },
    onPointerLeave: (event: PointerEvent<SVGGElement>) => {
      if (event.pointerType === 'mouse' && !pinned) setActive(null);
    },
    onFocus: (event: FocusEvent<SVGGElement>) => {
      const index = indexOf(event.target);
      if (index === null) return;
      keyboard.current = event.target instanceof Element && event.target.matches(':focus-visible');
      setActive(index);
      setPinned(false);
      setTabStop(index);
    },
    onBlur: (event: FocusEvent<SVGGElement>) => {
      // The focus leaving the marks takes their detail with it, unless a tap pinned it.
      if (!pinned && !event.currentTarget.contains(event.relatedTarget as Node | null)) setActive(null);
    },
    onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
      const current = indexOf(event.target);
      if (current === null) return;
      if (event.key === 'Escape') return unpin();
      if (event.key === 'Enter') return activate(current);
      const next = step(event.key, current);
      if (next === null) return;
      event.preventDefault();
      focusTarget(next);
    },
  };
  // On the whole drawing, so a tap between marks still finds one.
  const svgHandlers = {
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
      pointerType.current = event.pointerType;
    },
    onClick: (event: MouseEvent<SVGSVGElement>) => {
      if (pointerType.current === 'mouse') return activate(indexOf(event.target));
      const index = targetAt(event);
      setActive(index);
      setPinned(index !== null);
    },
  };
  // On a phone the card sits under the chart, past the bottom of the screen: a keyboard reader would never see
  // it. It scrolls just into view when it opens and when its content arrives (its chunk loads on first use).
  useEffect(() => {
    const card = detailRef.current;
    if (active === null || !card || !keyboard.current || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => card.scrollIntoView({ block: 'nearest' }));
    observer.observe(card);
    return () => observer.disconnect();
  }, [active]);
  return { active, pinned, unpin, tabStop, groupRef, svgRef, detailRef, handlers, svgHandlers };
}
