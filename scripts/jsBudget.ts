/**
 * The JavaScript each entry page makes a browser download, gzip-compressed:
 * every module script and modulepreload its built HTML names. `npm test`
 * fails when a page goes over its budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// What the two entry pages download before they draw. React's DOM renderer and TanStack Query are 74 KB of
// either page (README); the rest is what the first paint needs: the start chunk both pages share
// (scripts/build/chunkGroups.ts), the seat layout (arcs of any angle, checked options) and the model and labels
// drawn from it (the House's places laid out once per shape, so a coalition or the previous result only deals
// the seats anew), the view resolved once (its seating included, and what an election given by party only has
// not: no riding pages, map or search), the words that never call a majority on leads
// (core/election/majorityStanding), the marks' focus hook (one for seats and ridings, so the map's chunk has
// none of its own; it keeps a keyboard reader's card on screen), and public/other-election.js, which keeps a
// drawn election off the screen when the link asks for another (or a chart made in the builder), and the reading
// of such a chart's link (`?chart=`: its route, its query, and where its message comes from; the codec, the
// checks and the builder are chunks of their own; a made chart's credit saying it is not an official result, and its
// names said as typed), and vacant seats (drawn empty, named, in the legend). The error panel and its words come
// when something goes wrong (features/problems/LazyErrorPanel.tsx), which paid for most of that. Everything else comes after the first paint:
// the schema with the data, the controls, tables and panels, the benches (features/hemicycle/benchesChart.ts),
// each feature's words. The budgets hold today's size with about 0.1 KB to spare, so growth is a decision, not
// a drift; #34 (arrival) brings the overview back toward #14's 100 KB.
export const BUDGETS_KB: Record<string, number> = { '/': 103.4, '/embed/': 101.0 };
const PAGES: Record<string, string> = { '/': 'index.html', '/embed/': 'embed/index.html' };

/** Script URLs an HTML page loads up front: module entries and their preloads. */
export function scriptsOf(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  return [...new Set(urls)];
}

export function measurePage(distDir: string, htmlFile: string): { scripts: string[]; gzipBytes: number } {
  const scripts = scriptsOf(readFileSync(join(distDir, htmlFile), 'utf8'));
  const gzipBytes = scripts.reduce((sum, url) => sum + gzipSync(readFileSync(join(distDir, url))).length, 0);
  return { scripts, gzipBytes };
}

export function measureAll(distDir: string) {
  return Object.entries(PAGES).map(([page, file]) => {
    const { scripts, gzipBytes } = measurePage(distDir, file);
    return { page, scripts, kb: gzipBytes / 1000, budgetKb: BUDGETS_KB[page]! };
  });
}

/** The layout package as a bundler would ship it to a user's page: its whole API, minified, gzipped. */
async function packageSize(): Promise<number> {
  const { build } = await import('vite');
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry: join(import.meta.dirname, '../packages/hemicycle-layout/src/index.ts'), formats: ['es'], fileName: 'index' },
      write: false,
      minify: true,
    },
  })) as { output: { type: string; code?: string }[] }[];
  return output[0]!.output.reduce((sum, chunk) => sum + (chunk.code ? gzipSync(chunk.code).length : 0), 0);
}

if (process.argv[1]?.endsWith('jsBudget.ts')) {
  console.log(
    `hemicycle-layout ${((await packageSize()) / 1000).toFixed(1).padStart(6)} KB minified and gzipped (the package's whole API)`,
  );
  const rows = measureAll(process.argv[2] ?? 'dist');
  for (const r of rows)
    console.log(`${r.page.padEnd(8)} ${r.kb.toFixed(1).padStart(6)} KB gzip of JS (budget ${r.budgetKb} KB): ${r.scripts.join(', ')}`);
  const over = rows.filter((r) => r.kb > r.budgetKb);
  if (over.length > 0) {
    console.error(`Over budget: ${over.map((r) => r.page).join(', ')}`);
    process.exit(1);
  }
}
