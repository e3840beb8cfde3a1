/**
 * The widths a hemicycle's text is laid out for. Text on the chart keeps a
 * readable size on screen, and its size in the chart's scalable units depends
 * on the width the chart is shown at, which only the browser knows, after the
 * page is drawn. So the chart carries its text (labels, majority figure) for a
 * few classes of width, each laid out at a reference width, and CSS container
 * queries on `.hemicycle` (hemicycle.css) show the class that fits. The markup is
 * the same at build time and in the browser: nothing to measure, and nothing
 * redrawn or shifted when the page comes alive.
 *
 * Text of `px` pixels at the reference shows between px × from / ref and
 * px × below / ref: 13 px labels read 10.5–15.7 px on phones (a 266 px chart
 * on a 320 px screen and up), 10.8–15.1 px on small tablets, 10.8–12.4 px on a
 * desktop (the chart is at most 40rem wide).
 */
export interface WidthClass {
  name: 'narrow' | 'medium' | 'wide';
  /** The width its text is laid out at, in CSS pixels. */
  refPx: number;
  /** The class holds for widths under this one (the last class: any width). */
  belowPx: number;
}

export const WIDTH_CLASSES: readonly WidthClass[] = [
  { name: 'narrow', refPx: 330, belowPx: 400 },
  { name: 'medium', refPx: 480, belowPx: 560 },
  { name: 'wide', refPx: 672, belowPx: Number.POSITIVE_INFINITY },
];

/** The class a chart of `widthPx` shows: what the stylesheet's container queries pick. */
export function widthClassAt(widthPx: number): WidthClass {
  return WIDTH_CLASSES.find((c) => widthPx < c.belowPx) ?? WIDTH_CLASSES.at(-1)!;
}
