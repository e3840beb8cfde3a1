/**
 * True for a moment after the seat plan changes (another result, a coalition,
 * a live refresh), false otherwise. Seats carry their CSS transitions only
 * while it is true: a declared transition makes every style change of a seat
 * dearer, and a party switch, which restyles hundreds of seats but moves none,
 * must fit in a frame.
 */
import { useEffect, useState } from 'react';

/** A little longer than the 800 ms the seats take to glide. */
const GLIDE_MS = 1000;

export function useGlide(plan: unknown): boolean {
  const [shown, setShown] = useState(plan);
  const [gliding, setGliding] = useState(false);
  // Set during render, so the transition is declared in the same commit that moves the seats.
  if (plan !== shown) {
    setShown(plan);
    setGliding(true);
  }
  useEffect(() => {
    if (!gliding) return;
    const timer = setTimeout(() => setGliding(false), GLIDE_MS);
    return () => clearTimeout(timer);
  }, [gliding, shown]);
  return gliding;
}
