/**
 * A card pinned open by a tap can open below the fold of a phone: bring it into view, and again as it grows,
 * since fonts and words may settle a moment later. Here, with the card, rather than in the charts: it costs the
 * first screen nothing, and the card has its height when it runs.
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
