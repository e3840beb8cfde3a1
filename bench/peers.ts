/**
 * What both benches give the peers alike: n seats split into five parties (a Canadian-like result), and
 * d3-parliament-chart set up to place them all (its defaults, 4 sections of 12 px seats, fit about 130).
 */
import { parliamentChart } from 'd3-parliament-chart';

const SHARES = [0.02, 0.01, 0.49, 0.06, 0.42];
const COLORS = ['#f37021', '#3d9b35', '#d71920', '#33b2cc', '#1a4782'];

/** n seats in five parties, the largest taking what rounding leaves. */
export function split(n: number) {
  const seats = SHARES.map((s) => Math.floor(s * n));
  seats[2]! += n - seats.reduce((a, b) => a + b, 0);
  return seats.map((s, i) => ({ id: `p${i}`, seats: s, color: COLORS[i]! }));
}

/** d3-parliament-chart with n seats: one section, seats sized to the count, so it places them all. */
export function d3ParliamentChartOf(n: number) {
  const seatRadius = Math.max(1, 180 / Math.sqrt(n));
  const chart = parliamentChart([], 800)
    .sections(1)
    .sectionGap(0)
    .seatRadius(seatRadius)
    .rowHeight(Math.max(2, seatRadius * 2.4));
  chart.aggregatedData(split(n).map((p) => ({ seats: p.seats, color: p.color })));
  return chart;
}
