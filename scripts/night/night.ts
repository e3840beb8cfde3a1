/**
 * `npm run night`: the 2025 election night, replayed on this machine from end to end, as it would run for
 * real: the replay serves Elections Canada's results file as it stood at each moment, the ingest reads it
 * every `--every` seconds into the site being served and draws the site's pages from each file, and a
 * static server serves that site. Prints the address to open; Ctrl-C stops all three.
 *
 *   npm run night -- [--minutes 60] [--every 15] [--port 4173]
 *
 * The site is a copy of the build (`dist/` → `.night/site/`), so the build and the bundled final result stay
 * as they are; the build runs first if there is none.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { LIVE_SECONDS } from '../../src/liveSeconds.ts';
import { ingestOnce } from '../ingest/ingest.ts';
import { startReplay } from '../replay/replay.ts';
import { openLiveSite } from '../site/liveSite.ts';

const SITE = '.night/site';
const SSR = 'dist-ssr/entry-server.js';
const stamp = () => new Date().toISOString().slice(11, 19);

async function main() {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '60' },
      every: { type: 'string', default: String(LIVE_SECONDS.min) },
      port: { type: 'string', default: '4173' },
    },
  });
  const minutes = Number(values.minutes);
  const every = Number(values.every);
  if (!(minutes > 0)) throw new Error(`--minutes must be a positive number: got "${values.minutes}"`);
  if (!(every >= LIVE_SECONDS.min))
    throw new Error(`--every must be at least ${LIVE_SECONDS.min} s, the pages' own floor: got "${values.every}"`);

  if (!existsSync('dist/index.html') || !existsSync(join('dist-ssr', 'shells', 'app.html'))) {
    console.log('night: no build yet, building the site first (npm run build)…');
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  rmSync(SITE, { recursive: true, force: true });
  cpSync('dist', SITE, { recursive: true });

  // The night's clock starts once the first pages are drawn, so the reader sees it from the first poll closing.
  const clock: { started?: number } = {};
  const t = () => (clock.started === undefined ? 0 : (Date.now() - clock.started) / (minutes * 60_000));
  const replay = await startReplay({ t });
  const site = await openLiveSite(SITE, resolve(SSR));
  const out = join(SITE, 'data', 'canada-2025.json');
  const stop = new AbortController();
  const ingest = (budgetMs: number) => ingestOnce({ source: replay.url, out, every, site, budgetMs, signal: stop.signal });

  console.log(`night: drawing every page of the night before its first result (about half a minute)…`);
  const first = await ingest(Number.POSITIVE_INFINITY);
  if (!first.wrote) throw new Error(`the first read of the replay failed: ${first.reason}`);
  const server = await preview({ build: { outDir: SITE }, preview: { port: Number(values.port), strictPort: true, open: false } });
  clock.started = Date.now();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${values.port}/`;
  console.log(`night: the 2025 night in ${minutes} min, results read every ${every} s. Open ${url} (Ctrl-C stops)`);

  let timer: NodeJS.Timeout | undefined;
  const next = async () => {
    const begun = Date.now();
    // Riding pages take what is left of half an interval: the next file is never late for them.
    const result = await ingest(every * 500);
    if (stop.signal.aborted) return;
    const night = Math.min(100, Math.round(t() * 100));
    console.log(`[${stamp()}] night ${night} %: ${result.wrote ? result.summary : `kept the last good file: ${result.reason}`}`);
    timer = setTimeout(() => void next(), Math.max(0, begun + every * 1000 - Date.now()));
  };
  timer = setTimeout(() => void next(), every * 1000);
  process.once('SIGINT', () => {
    stop.abort();
    clearTimeout(timer);
    void Promise.all([replay.close(), server.close()]).then(() => {
      console.log(`night: stopped; ${SITE} holds the last pages drawn`);
      process.exit(0);
    });
  });
}

await main();
