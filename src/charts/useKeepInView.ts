/**
 * A card pinned open by a tap can open below the fold of a phone: bring it into view, and again as it grows,
 * since its content may arrive a moment later (a chunk of its own) and a box of no height is "in view" already.
 */
import { useEffect, type RefObject } from 'react';

export function useKeepInView(card: RefObject<HTMLElement | null>, pinned: boolean, key: unknown): void {
  useEffect(() => {
    const element = card.current;
    if (!pinned || !element) return;
    const show = () => element.scrollIntoView({ block: 'nearest' });
    show();
    const resized = new ResizeObserver(show);
    resized.observe(element);
    return () => resized.disconnect();
  }, [card, pinned, key]);
}
