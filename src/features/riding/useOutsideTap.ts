/**
 * A card pinned open by a tap closes when the reader touches anything outside the chart that holds it, as a
 * popover does: a phone has no pointer to move away, and the close button should not be the only way out. A
 * touch on the chart itself is the chart's own (another seat pins another card). Here, with the card, rather
 * than in the charts: it costs the first screen nothing.
 */
import { useEffect, type RefObject } from 'react';

export function useOutsideTap(card: RefObject<HTMLElement | null>, close: (() => void) | undefined): void {
  useEffect(() => {
    if (!close) return;
    const onPointerDown = (event: PointerEvent) => {
      const chart = card.current?.closest('.hemicycle, .riding-map');
      if (chart && !chart.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [card, close]);
}
