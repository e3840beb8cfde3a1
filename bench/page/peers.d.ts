/** The two peer libraries ship no types; only what the bench calls is declared. */
declare module 'parliament-svg' {
  const parliamentSVG: (parties: Record<string, { seats: number; colour: string }>, options: { hFunction: unknown }) => unknown;
  export default parliamentSVG;
}
declare module 'd3-parliament-chart' {
  interface ParliamentChart {
    sections(n: number): ParliamentChart;
    sectionGap(n: number): ParliamentChart;
    seatRadius(r: number): ParliamentChart;
    rowHeight(h: number): ParliamentChart;
    aggregatedData(data: { seats: number; color: string }[]): ParliamentChart;
    /** The seats with their positions (no x for a seat it could not fit). */
    data(): { x?: number; y?: number }[];
  }
  export function parliamentChart(data?: unknown[], width?: number): ParliamentChart;
}
