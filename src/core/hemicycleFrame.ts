/**
 * The drawing frame of a hemicycle, in the layout's unit frame: the seats'
 * extent with room above for the majority label. The SVG scales it to any
 * width with `viewBox`; text and strokes keep their size in CSS pixels, so
 * the frame also says how many units one pixel is at the rendered width.
 *
 *   top ┌──────── label ────────┐   ← room for the label: 1.6 label heights
 *       │      ·  ·  |  ·  ·     │
 *       │   ·  ·  ·  |  ·  ·  ·  │   ← seats; the majority line may rise above them
 *   r   └──·──·──────┴──────·──·─┘
 *      -1            0           1   (x)
 */
import { hemicycleExtent } from './layoutHemicycle.ts';
import type { Seat } from './layoutHemicycle.ts';

export interface HemicycleFrame {
  minX: number;
  top: number;
  width: number;
  height: number;
  /** Units of the frame per CSS pixel at the rendered width. */
  unitsPerPx: number;
  /** Label font size in units, for `labelPx` pixels on screen. */
  fontSize: number;
  viewBox: string;
}

/**
 * @param lineTop the highest point of the majority line (it can reach above the seats)
 * @param widthPx the rendered width in CSS pixels (at least 1 is assumed)
 * @param labelPx the label's font size on screen
 */
export function hemicycleFrame(seats: readonly Seat[], lineTop: number, widthPx: number, labelPx: number): HemicycleFrame {
  const box = hemicycleExtent(seats);
  const unitsPerPx = box.width / Math.max(widthPx, 1);
  const fontSize = labelPx * unitsPerPx;
  const top = Math.min(box.minY, lineTop) - fontSize * 1.6;
  const height = box.minY + box.height - top;
  return { minX: box.minX, top, width: box.width, height, unitsPerPx, fontSize, viewBox: `${box.minX} ${top} ${box.width} ${height}` };
}

/** A point of the frame as percentages of its box: where HTML laid over the SVG goes. */
export function framePercent(frame: HemicycleFrame, x: number, y: number): { left: number; top: number } {
  return { left: ((x - frame.minX) / frame.width) * 100, top: ((y - frame.top) / frame.height) * 100 };
}
