/**
 * The drawing frame of a hemicycle, in the layout's unit frame: the seats'
 * extent (hemicycle-layout), widened for the majority line and the wedge labels. The SVG scales
 * it to any width with `viewBox`; the text is laid out for a few reference
 * widths (widthClasses), and the frame holds the text of all of them, so it
 * is the same whichever shows.
 *
 *   top ┌─────── Bloc 22 ───────┐   ← labels above the arc, if any
 *       │      ·  ·  |  ·  ·     │
 *       │   ·  ·  ·  |  ·  ·  ·  │   ← seats; the majority line may rise above them
 *     0 ├──·──·──────┴──────·──·─┤   baseline
 *       └ Liberal 169    CPC 144 ┘   ← labels under the feet
 *      -1            0           1   (x)
 */
import type { Extent } from 'hemicycle-layout';

export interface HemicycleFrame {
  minX: number;
  top: number;
  width: number;
  height: number;
  viewBox: string;
}

export interface FrameBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Units per CSS pixel when the seats' width (`across` units: 2 for a half circle) fills `widthPx` (at least 1 is assumed). */
export function unitsPerPxAt(widthPx: number, across = 2): number {
  return across / Math.max(widthPx, 1);
}

/**
 * @param box the seats' extent, as the layout gives it
 * @param boxes what else must fit: the majority line's ends, the labels
 * @param pad room kept around everything, in units
 */
export function hemicycleFrame(box: Extent, boxes: readonly FrameBox[] = [], pad = 0): HemicycleFrame {
  let left = box.minX;
  let right = box.minX + box.width;
  let top = box.minY;
  let bottom = box.minY + box.height;
  for (const b of boxes) {
    left = Math.min(left, b.left);
    right = Math.max(right, b.right);
    top = Math.min(top, b.top);
    bottom = Math.max(bottom, b.bottom);
  }
  top -= pad;
  bottom += pad;
  const width = right - left;
  const height = bottom - top;
  return { minX: left, top, width, height, viewBox: `${left} ${top} ${width} ${height}` };
}

/** A point of the frame as percentages of its box: where HTML laid over the SVG goes. */
export function framePercent(frame: HemicycleFrame, x: number, y: number): { left: number; top: number } {
  return { left: ((x - frame.minX) / frame.width) * 100, top: ((y - frame.top) / frame.height) * 100 };
}
