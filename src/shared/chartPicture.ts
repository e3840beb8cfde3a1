/**
 * The map a panel draws, offered for its pictures: the map's shapes depend on the width it is drawn at, so the
 * map offers how it is drawn (mapDrawing of the shapes it drew) and the panel's share bar draws a download with
 * it. (The hemicycle's picture is drawn from the view alone: hemicyclePicture.)
 */
import { createContext, useContext, useEffect, useRef, type RefObject } from 'react';
import type { ChartDrawing } from '../core/picture/picture.ts';
import type { Palette } from '../core/picture/theme.ts';

/** A chart drawn in a theme's palette; its drawing code may come when a picture is asked for, not with the chart. */
export type ChartPicture = (palette: Palette) => Promise<ChartDrawing>;

type Slot = RefObject<ChartPicture | undefined>;

const ChartPictureSlot = createContext<Slot | undefined>(undefined);

/** A panel holds the slot its chart fills and its share bar reads. */
export const ChartPictureProvider = ChartPictureSlot.Provider;

export function useChartPictureSlot(): Slot {
  return useRef<ChartPicture>(undefined);
}

/** The chart's part: offers its picture while it is drawn. */
export function useOfferChartPicture(picture: ChartPicture | undefined): void {
  const slotRef = useContext(ChartPictureSlot);
  useEffect(() => {
    if (!slotRef || !picture) return;
    slotRef.current = picture;
    return () => {
      if (slotRef.current === picture) slotRef.current = undefined;
    };
  }, [slotRef, picture]);
}

/** The share bar's part: the chart's picture, read when one is asked for (undefined: no chart drawn yet). */
export function useOfferedChartPicture(): Slot | undefined {
  return useContext(ChartPictureSlot);
}
