/**
 * The page `npm run bench` drives in Chromium: lays out and draws n seats
 * with Hemicycle, parliament-svg and d3-parliament-chart, and sets a
 * precomputed SVG string as innerHTML (the floor). Each run ends with a
 * forced layout, so the time covers what the browser must do to show it.
 */
import { select } from 'd3-selection';
import parliamentSVG from 'parliament-svg';
import { d3ParliamentChartOf, split } from '../peers.ts';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Hemicycle } from '../../src/charts/Hemicycle.tsx';
import { arc, assignSeats } from 'hemicycle-layout';
import { hemicycleModel } from '../../src/core/picture/hemicycleModel.ts';
import { majorityThreshold } from '../../src/core/election/majority.ts';
import type { PlanSeat } from '../../src/core/picture/seatPlan.ts';

const stage = document.getElementById('stage')!;
const fresh = () => {
  stage.replaceChildren();
  const box = document.createElement('div');
  stage.append(box);
  return box;
};
const settle = (box: HTMLElement) => box.getBoundingClientRect().height;
const drawn = (box: HTMLElement) =>
  [...box.querySelectorAll('circle')].filter((c) => c.getAttribute('cx') !== null && c.getAttribute('cx') !== 'NaN').length;

// One React root for every run, as an app has: the bench times drawing the chart, not starting React.
const reactBox = document.createElement('div');
const reactRoot = createRoot(reactBox);

function hemicycle(n: number, box: HTMLElement) {
  const parties = split(n);
  const threshold = majorityThreshold(n);
  const layout = arc(n, { threshold });
  const seats: PlanSeat[] = assignSeats(layout.seats, parties).map((s) => ({
    ...s,
    riding: undefined,
    flipped: false,
    status: 'elected' as const,
  }));
  box.append(reactBox);
  flushSync(() =>
    reactRoot.render(
      <Hemicycle
        // Worked out inside the timed run, as the app does before it draws.
        model={hemicycleModel({
          seats,
          colors: new Map(parties.map((p) => [p.id, p.color])),
          layout,
          figure: String(threshold),
          caption: 'for a majority',
          seatLabel: (s) => s.party,
          title: 'Seats',
          description: 'bench',
        })}
      />,
    ),
  );
  return () => flushSync(() => reactRoot.render(null));
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** parliament-svg builds its tree through an h() function: this one builds real SVG elements. */
function h(tag: string, props: Record<string, unknown> = {}, children: unknown[] = []) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(props))
    if (v !== undefined && v !== null) el.setAttribute(k === 'className' ? 'class' : k, Array.isArray(v) ? v.join(' ') : String(v));
  for (const child of [children].flat(Infinity)) if (child !== undefined && child !== null) el.append(child as Node | string);
  return el;
}

function parliamentSvg(n: number, box: HTMLElement) {
  const parties = Object.fromEntries(split(n).map((p) => [p.id, { seats: p.seats, colour: p.color }]));
  const svg = parliamentSVG(parties, { hFunction: h }) as SVGElement;
  svg.setAttribute('width', '800');
  box.append(svg);
}

function d3ParliamentChart(n: number, box: HTMLElement) {
  const svg = select(box).append('svg').attr('width', 800).attr('height', 400);
  const chart = d3ParliamentChartOf(n);
  svg.append('g').call(chart as never);
}

const floorSvg = new Map<number, string>();
function floor(n: number, box: HTMLElement) {
  box.innerHTML = floorSvg.get(n)!;
}

const IMPLEMENTATIONS: Record<string, (n: number, box: HTMLElement) => (() => void) | void> = {
  hemicycle,
  'parliament-svg': parliamentSvg,
  'd3-parliament-chart': d3ParliamentChart,
  floor,
};

/** Draws n seats with one implementation into a fresh box and times it up to the forced layout. */
function runOnce(name: string, n: number) {
  if (name === 'floor' && !floorSvg.has(n)) {
    const box = fresh();
    const cleanup = hemicycle(n, box);
    floorSvg.set(n, box.innerHTML);
    cleanup();
  }
  const box = fresh();
  const t0 = performance.now();
  const cleanup = IMPLEMENTATIONS[name]!(n, box);
  settle(box);
  const ms = performance.now() - t0;
  const seats = drawn(box);
  cleanup?.();
  return { ms, seats };
}

(window as unknown as { runOnce: typeof runOnce }).runOnce = runOnce;
document.title = 'ready';
