/**
 * The hemicycle and the map point at the same riding: a seat under the pointer or the focus outlines its
 * riding on the map, and a riding under the pointer or the focus on the map rings its seat. The link lives
 * in the map's chunk, so the first screen's script does not grow for it: it listens on the page for the
 * seats' pointer and focus events (each seat carries data-riding), and marks the seat with `data-linked`,
 * an attribute React does not manage, which the map's stylesheet draws.
 */
import { useEffect, useState } from 'react';

const SEAT = '.hemicycle-seats [data-seat]';

const seatRiding = (target: EventTarget | null): string | undefined =>
  (target instanceof Element ? target.closest(SEAT)?.getAttribute('data-riding') : undefined) ?? undefined;

/** `mapRiding`: the riding the map points at now. Returns the riding the hemicycle points at. */
export function useSeatLink(mapRiding: string | undefined): string | undefined {
  const [fromSeats, setFromSeats] = useState<string | undefined>();
  useEffect(() => {
    const point = (event: Event) => setFromSeats(seatRiding(event.target));
    const leave = (event: Event) => {
      if (seatRiding(event.target) !== undefined) setFromSeats(undefined);
    };
    document.addEventListener('pointerover', point);
    document.addEventListener('focusin', point);
    document.addEventListener('focusout', leave);
    return () => {
      document.removeEventListener('pointerover', point);
      document.removeEventListener('focusin', point);
      document.removeEventListener('focusout', leave);
    };
  }, []);
  useEffect(() => {
    if (mapRiding === undefined) return;
    const seat = document.querySelector(`${SEAT}[data-riding="${CSS.escape(mapRiding)}"]`);
    seat?.setAttribute('data-linked', '');
    return () => seat?.removeAttribute('data-linked');
  }, [mapRiding]);
  return fromSeats;
}
