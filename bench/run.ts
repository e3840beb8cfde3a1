/**
 * npm run bench: measures Hemicycle in Chromium through Playwright and writes
 * bench/results.json. Each figure is a ratio taken within one run, on one
 * machine, so runs on different machines compare. Needs `npm run build` first.
 *
 * 1. layout + render of 343, 3,000 and 20,000 seats: Hemicycle, parliament-svg,
 *    d3-parliament-chart and the floor (a precomputed SVG string as innerHTML),
 *    with the seats each one actually drew;
 * 2. JavaScript shipped (gzip) for / and /embed/, against React + ReactDOM + TanStack Query alone;
 * 3. cold load to a complete chart under 4× CPU throttling, against a static page with the same SVG inline;
 * 4. a party click to the updated chart, and a seat hover to its detail card;
 * 5. the riding map (#16): its 343 shapes computed from the TopoJSON (mapShapes, in Node), and the time from
 *    scrolling to the map's panel to the map drawn in the page, geographic and cartogram
 *    (`npx tsx bench/run.ts --map-only` runs just that);
 * 6. Lighthouse (mobile defaults) on four pages of the build served gzipped, as
 *    hosts serve it (`npx tsx bench/run.ts --lighthouse-only` runs just that);
 * 7. the layout alone, in Node: hemicycle-layout against parliament-svg's and d3-parliament-chart's layouts at the
 *    same sizes (bench/layout.ts; `npx tsx bench/run.ts --layout-only` runs just that).
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { serveStatic } from '../e2e/support/staticServer.ts';
import { measureAll, measurePage } from '../scripts/jsBudget.ts';
import { readFileSync } from 'node:fs';
import { mapShapes, type MapKind } from '../src/features/map/mapShapes.ts';
import { parseRidingMap } from '../src/features/map/ridingMapSchema.ts';
import { LIGHTHOUSE, lighthouse, type LighthouseRow } from './lighthouse.ts';
import { layoutBench, printLayout } from './layout.ts';

const SIZES = [343, 3000, 20_000];
const PEERS = ['hemicycle', 'parliament-svg', 'd3-parliament-chart', 'floor'];
const ROUNDS: Record<number, number> = { 343: 41, 3000: 21, 20_000: 7 };
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Round robin: each round draws every implementation once, so a slow moment
 * of the machine falls on all of them rather than on whichever ran then.
 */
async function renderBench(page: Page, origin: string) {
  await page.goto(`${origin}/page/`);
  await page.waitForFunction(() => document.title === 'ready');
  const rows: { name: string; n: number; medianMs: number; seats: number }[] = [];
  for (const n of SIZES) {
    const times = new Map<string, number[]>(PEERS.map((p) => [p, []]));
    const seats = new Map<string, number>();
    for (let round = -1; round < ROUNDS[n]!; round++)
      for (const name of PEERS) {
        const run = await page.evaluate(
          ([name, n]) => (window as never as { runOnce: (a: string, b: number) => { ms: number; seats: number } }).runOnce(name, n),
          [name, n] as const,
        );
        // Round -1 warms up each implementation at this size.
        if (round >= 0) times.get(name)!.push(run.ms);
        seats.set(name, run.seats);
      }
    for (const name of PEERS) rows.push({ name, n, medianMs: median(times.get(name)!), seats: seats.get(name)! });
  }
  return rows;
}

async function coldLoad(page: Page, url: string, runs = 5) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await cdp.send('Network.clearBrowserCache').catch(() => undefined);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelectorAll('[data-seat]').length === 343, undefined, { polling: 'raf' });
    times.push(await page.evaluate(() => performance.now()));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return median(times);
}

async function interactions(page: Page, origin: string) {
  await page.goto(`${origin}/`);
  await page.locator('[data-seat]').first().waitFor();
  const partySwitch: number[] = [];
  const hover: number[] = [];
  // Two rounds to warm up (the first clicks compile code), then 21 measured.
  for (let i = -2; i < 21; i++) {
    // Back and forth between the two largest parties: about 310 seats change their dimming each time.
    const party = i % 2 === 0 ? 'cpc' : 'lpc';
    // From the click until the new chart is rendered, styled and laid out: the main-thread work
    // that must fit in a frame before the browser can paint it (the wait for the frame itself is not ours).
    partySwitch.push(
      await page.evaluate(async (party) => {
        const link = document.querySelector<HTMLElement>(`.legend a[data-party="${party}"]`)!;
        const t0 = performance.now();
        link.click();
        // React renders a click's update in a microtask queued during the click, so it runs before this one.
        await Promise.resolve();
        // (Inline, not a named helper: tsx would wrap a named function in a __name call the page lacks.)
        while (
          document.querySelectorAll(`[data-seat][data-party="${party}"].seat-dimmed`).length !== 0 ||
          document.querySelector('.seat-dimmed') === null
        )
          await new Promise((r) => requestAnimationFrame(r));
        document.body.getBoundingClientRect();
        return performance.now() - t0;
      }, party),
    );
    // A reader's clicks are seconds apart: let the panels that follow the chart finish before the next one.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
    hover.push(
      await page.evaluate(async (i) => {
        const seats = document.querySelectorAll('[data-seat]');
        const seat = seats[(40 + (i + 2) * 30) % seats.length]!;
        const t0 = performance.now();
        seat.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
        while (!document.querySelector('.seat-card')) await new Promise((r) => requestAnimationFrame(r));
        const t = performance.now() - t0;
        seat.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false, pointerType: 'mouse' }));
        document.querySelector('.hemicycle-seats')!.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
        return t;
      }, i),
    );
  }
  // Drop the warm-up rounds.
  partySwitch.splice(0, 2);
  hover.splice(0, 2);
  if (process.env.BENCH_DEBUG) console.log({ partySwitch, hover });
  return { partySwitchMs: median(partySwitch), hoverMs: median(hover) };
}

const MAP_KINDS: MapKind[] = ['geo', 'hex'];

/** The map's drawing: shapes computed (Node, median of 9), and when the map is painted after the page starts (a fresh page each time, median of 5). */
async function mapDrawing(newPage: () => Promise<Page>, origin: string) {
  const topology = parseRidingMap(JSON.parse(readFileSync('public/data/canada-2025-ridings.topo.json', 'utf8')));
  const rows = [];
  for (const kind of MAP_KINDS) {
    const compute: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      mapShapes(topology, kind, 1000);
      compute.push(performance.now() - t0);
    }
    const onScreen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await newPage();
      await page.goto(`${origin}/?map=${kind}`);
      await page.locator('html[data-ready]').waitFor();
      // The panels under the chart come in a chunk of their own, just after it.
      await page.locator('.map-panel').waitFor({ state: 'attached' });
      onScreen.push(
        await page.evaluate(async () => {
          // The map loads when its panel nears the screen (a screen's height ahead): brought into view, it is
          // timed from the page's start to the frame that paints its shapes.
          const panel = document.querySelector<HTMLElement>('.map-panel')!;
          panel.scrollIntoView();
          while (panel.dataset.mapState !== 'drawn') await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now();
        }),
      );
    }
    rows.push({ kind, computeMs: median(compute.slice(2)), paintedMs: median(onScreen) });
  }
  return rows;
}

function printMap(rows: Awaited<ReturnType<typeof mapDrawing>>) {
  console.log('\nRiding map (median): 343 shapes computed · map painted, from the start of the page');
  for (const r of rows) console.log(`| ${r.kind} | ${r.computeMs.toFixed(1)} ms | ${r.paintedMs.toFixed(0)} ms |`);
}

const LIGHTHOUSE_PAGES = ['/', '/party/lpc', '/riding/24073', '/embed/party/bq'];

async function lighthouseRows(): Promise<LighthouseRow[]> {
  const site = await serveStatic('dist', { gzip: true });
  try {
    return await lighthouse(site.origin, LIGHTHOUSE_PAGES);
  } finally {
    await site.close();
  }
}

function printLighthouse(rows: LighthouseRow[]) {
  console.log(`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, mobile defaults, median of 3 runs by score`);
  console.log('| page | performance | FCP | LCP | TBT | CLS |');
  for (const r of rows)
    console.log(
      `| ${r.path} | ${r.score} | ${(r.fcpMs / 1000).toFixed(2)} s | ${(r.lcpMs / 1000).toFixed(2)} s | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} |`,
    );
}

async function main() {
  if (process.argv.includes('--layout-only')) {
    printLayout(layoutBench());
    return;
  }
  if (process.argv.includes('--map-only')) {
    const app = await serveStatic('dist');
    const browser = await chromium.launch(LAUNCH);
    printMap(await mapDrawing(() => browser.newPage({ viewport: { width: 1280, height: 900 } }), app.origin));
    await browser.close();
    await app.close();
    return;
  }
  if (process.argv.includes('--lighthouse-only')) {
    printLighthouse(await lighthouseRows());
    return;
  }
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { stdio: 'inherit' });
  const app = await serveStatic('dist');
  const bench = await serveStatic('bench/tmp/dist');
  const browser = await chromium.launch(LAUNCH);
  let page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

  const render = await renderBench(page, bench.origin);
  if (process.argv.includes('--render-only')) {
    // For quick work on the chart: prints the render table and leaves bench/results.json alone.
    console.table(render.map((r) => ({ ...r, medianMs: Number(r.medianMs.toFixed(1)) })));
    await browser.close();
    await app.close();
    await bench.close();
    return;
  }

  const floorKb = measurePage('bench/tmp/dist', 'floor/index.html').gzipBytes / 1000;
  const js = measureAll('dist').map((r) => ({ page: r.page, kb: r.kb, budgetKb: r.budgetKb, floorKb, ratio: r.kb / floorKb }));

  // The static comparison page: the app's own first screen, as HTML with the SVG inline and no script.
  await page.goto(`${app.origin}/`);
  await page.locator('[data-seat]').first().waitFor();
  const staticHtml = await page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('script, link[rel="modulepreload"], meta[http-equiv]').forEach((e) => e.remove());
    return `<!doctype html>${clone.outerHTML}`;
  });
  writeFileSync('bench/tmp/dist/static.html', staticHtml);
  // Each measure in a fresh page, so none inherits the heap (and its garbage collections) of the one before.
  const fresh = async () => {
    await page.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    return page;
  };
  const coldApp = await coldLoad(await fresh(), `${app.origin}/`);
  const coldStatic = await coldLoad(await fresh(), `${bench.origin}/static.html`);

  const ui = await interactions(await fresh(), app.origin);
  await page.close();
  const map = await mapDrawing(() => browser.newPage({ viewport: { width: 1280, height: 900 } }), app.origin);
  await browser.close();
  await app.close();
  await bench.close();
  // Alone on the machine, the browser closed: the layouts in Node, then Lighthouse under a simulated phone.
  const layout = layoutBench();
  const judged = await lighthouseRows();

  const byKey = new Map(render.map((r) => [`${r.name}@${r.n}`, r]));
  const renderRows = SIZES.map((n) => {
    const ours = byKey.get(`hemicycle@${n}`)!;
    return {
      seats: n,
      ...Object.fromEntries(PEERS.map((p) => [p, { ms: byKey.get(`${p}@${n}`)!.medianMs, drawn: byKey.get(`${p}@${n}`)!.seats }])),
      vsFloor: ours.medianMs / byKey.get(`floor@${n}`)!.medianMs,
      vsParliamentSvg: ours.medianMs / byKey.get(`parliament-svg@${n}`)!.medianMs,
      vsD3ParliamentChart: ours.medianMs / byKey.get(`d3-parliament-chart@${n}`)!.medianMs,
    };
  });
  const results = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Chromium via Playwright`,
    render: renderRows,
    javascript: js,
    coldLoad: { cpuThrottling: 4, appMs: coldApp, staticMs: coldStatic, ratio: coldApp / coldStatic },
    interactions: ui,
    map,
    layout,
    lighthouse: judged,
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  const f = (x: number) => x.toFixed(1);
  console.log('\nLayout + render (median ms; seats drawn)');
  console.log(`| seats | ${PEERS.join(' | ')} | ours ÷ floor | ours ÷ parliament-svg | ours ÷ d3-parliament-chart |`);
  console.log(`|---|${PEERS.map(() => '---').join('|')}|---|---|---|`);
  for (const r of renderRows) {
    const cells = PEERS.map((p) => {
      const c = (r as unknown as Record<string, { ms: number; drawn: number }>)[p]!;
      return `${f(c.ms)} ms (${c.drawn})`;
    });
    console.log(
      `| ${r.seats} | ${cells.join(' | ')} | ${r.vsFloor.toFixed(2)} | ${r.vsParliamentSvg.toFixed(2)} | ${r.vsD3ParliamentChart.toFixed(2)} |`,
    );
  }
  console.log('\nJavaScript shipped (gzip)');
  for (const r of js)
    console.log(`| ${r.page} | ${f(r.kb)} KB | budget ${r.budgetKb} KB | floor ${f(r.floorKb)} KB | ×${r.ratio.toFixed(2)} |`);
  console.log(
    `\nCold load, 4× CPU throttling: app ${f(coldApp)} ms, static page ${f(coldStatic)} ms, ×${(coldApp / coldStatic).toFixed(2)}`,
  );
  console.log(`Party click → updated chart: ${f(ui.partySwitchMs)} ms; seat hover → detail card: ${f(ui.hoverMs)} ms`);
  printMap(map);
  printLayout(layout);
  printLighthouse(judged);
}

await main();
