/**
 * The layout alone, in Node (no DOM, no drawing): where every seat goes for 343, 3,000 and 20,000 seats, by
 * hemicycle-layout (`arc` with the majority threshold, then `assignSeats`), parliament-svg (its layout builds
 * a virtual-DOM tree; given a trivial `h` that tree is all it makes) and d3-parliament-chart (`data()` returns
 * the seats with their x and y). Round robin, so a slow moment of the machine falls on all three; medians.
 * `npx tsx bench/run.ts --layout-only` runs just this.
 */
import { arc, assignSeats } from 'hemicycle-layout';
import parliamentSVG from 'parliament-svg';
import { d3ParliamentChartOf, split } from './peers.ts';

const SIZES = [343, 3000, 20_000];
const ROUNDS: Record<number, number> = { 343: 201, 3000: 41, 20_000: 11 };
/** A virtual node, as parliament-svg's `hFunction` makes them: counting what it placed. */
const h = (tag: string, props: Record<string, unknown> = {}, children: unknown[] = []) => ({ tag, props, children });
const countCircles = (node: { tag?: string; children?: unknown[] }): number =>
  (node.tag === 'circle' ? 1 : 0) + (node.children ?? []).reduce<number>((sum, c) => sum + countCircles(c as never), 0);

const LAYOUTS: Record<string, (n: number) => number> = {
  'hemicycle-layout': (n) => assignSeats(arc(n, { threshold: Math.floor(n / 2) + 1 }).seats, split(n)).length,
  'parliament-svg': (n) =>
    countCircles(
      parliamentSVG(Object.fromEntries(split(n).map((p) => [p.id, { seats: p.seats, colour: p.color }])), { hFunction: h }) as never,
    ),
  'd3-parliament-chart': (n) =>
    d3ParliamentChartOf(n)
      .data()
      .filter((d) => d.x !== undefined).length,
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface LayoutRow {
  seats: number;
  ms: Record<string, number>;
  placed: Record<string, number>;
  vsParliamentSvg: number;
  vsD3ParliamentChart: number;
}

export function layoutBench(): LayoutRow[] {
  return SIZES.map((n) => {
    const times = new Map(Object.keys(LAYOUTS).map((name) => [name, [] as number[]]));
    const placed: Record<string, number> = {};
    // Round -1 warms each one up at this size.
    for (let round = -1; round < ROUNDS[n]!; round++)
      for (const [name, layout] of Object.entries(LAYOUTS)) {
        const start = performance.now();
        placed[name] = layout(n);
        if (round >= 0) times.get(name)!.push(performance.now() - start);
      }
    const ms = Object.fromEntries([...times].map(([name, t]) => [name, median(t)]));
    return {
      seats: n,
      ms,
      placed,
      vsParliamentSvg: ms['hemicycle-layout']! / ms['parliament-svg']!,
      vsD3ParliamentChart: ms['hemicycle-layout']! / ms['d3-parliament-chart']!,
    };
  });
}

export function printLayout(rows: LayoutRow[]): void {
  const names = Object.keys(LAYOUTS);
  console.log('\nLayout alone, in Node (median ms; seats placed)');
  console.log(`| seats | ${names.join(' | ')} | ours ÷ parliament-svg | ours ÷ d3-parliament-chart |`);
  console.log(`|---|${names.map(() => '---').join('|')}|---|---|`);
  for (const r of rows)
    console.log(
      `| ${r.seats.toLocaleString('en')} | ${names.map((name) => `${r.ms[name]!.toFixed(2)} ms (${r.placed[name]!.toLocaleString('en')})`).join(' | ')} | ${r.vsParliamentSvg.toFixed(2)} | ${r.vsD3ParliamentChart.toFixed(2)} |`,
    );
}
