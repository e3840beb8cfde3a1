/**
 * Election night: Elections Canada's results file in, the app's election JSON out.
 *
 *   npm run ingest -- --source <file path or http(s) URL> --out <site>/data/<election>.json [--site <site>] [--every <seconds>] [--base <file>]
 *
 * Each run reads the source (`EventResults.txt` format), builds the election from it on the base file (the
 * election's own JSON, which names its ridings, parties and previous result; by default the output file, the
 * last good one), validates it with the app's own schema and writes it atomically (a temporary file, then a
 * rename, so a reader never gets half a file). A run that fails (source down, an HTTP error, a cut or mangled
 * file, a schema error) writes nothing, keeps the last good file and logs one line saying why. Without
 * `--every` it runs once; its exit status says whether it wrote. With it, it runs again every so many seconds,
 * sets the file's `live` interval so readers' pages refresh, and stops cleanly on Ctrl-C.
 *
 * With `--site` (the folder the server serves, a copy of `dist/`), each file written is also drawn into the
 * site's pages (scripts/site/liveSite.ts), so a page's HTML is the count being served, not the result the
 * site was built with. The ingest never writes over a file git tracks (the bundled final result) unless
 * `--overwrite-tracked` says so: a later build would prerender a half-counted night.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ElectionDataError } from '../../src/data/ElectionDataError.ts';
import { formatDataIssue } from '../../src/data/dataProblems.ts';
import { parseElection, type Election } from '../../src/data/electionSchema.ts';
import { LIVE_SECONDS } from '../../src/liveSeconds.ts';
import { electionJsonText } from '../../src/data/electionJson.ts';
import { openLiveSite, type LiveSite } from '../site/liveSite.ts';
import { readEventResults } from './eventResults.ts';
import { nightElection } from './nightElection.ts';

export interface IngestOptions {
  source: string;
  out: string;
  /** The election's JSON the night is built on: the output file unless given. */
  base?: string | undefined;
  /** Seconds between runs: written into the file as its `live` interval. */
  every?: number | undefined;
  timeoutMs?: number;
  signal?: AbortSignal | undefined;
  /** The site served: each file written is drawn into its pages, the riding pages within `budgetMs`. */
  site?: LiveSite | undefined;
  budgetMs?: number | undefined;
}

export type IngestResult = { wrote: true; summary: string } | { wrote: false; reason: string };

/** What the night is built on, said when it is not there: `ENOENT` alone tells a newcomer nothing. */
export function missingBase(file: string): string {
  return `${file} does not exist: it must be the election's own file, which the night is built on (its ridings, parties and previous result). Copy it there first (cp public/data/canada-2025.json ${file}; npm run data makes it), or name it with --base.`;
}

/** Whether git tracks `file` (the bundled dataset is): the ingest writes over it only when told to. */
export function isTracked(file: string): boolean {
  try {
    execFileSync('git', ['ls-files', '--error-unmatch', resolve(file)], { cwd: dirname(resolve(file)), stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function readSource(source: string, timeoutMs: number, signal?: AbortSignal): Promise<string> {
  if (!/^https?:\/\//i.test(source)) return readFile(source, 'utf8');
  // The time limit is our own timer, raced against the fetch: an abort passed down through AbortSignal.any can be
  // lost when the collector runs (nodejs/node#55428), and a source that never answers then held a run forever.
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DOMException(`no answer in ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
  });
  const read = async () => {
    const response = await fetch(source, { signal: controller.signal, headers: { 'cache-control': 'no-cache' } });
    if (!response.ok) throw new Error(`the source answered HTTP ${response.status}`);
    return response.text();
  };
  try {
    return await Promise.race([read(), late]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** "lpc 41+84, cpc 39+71 … 86 to report": seats won + led, for the log. */
function tally(election: Election): string {
  const parties = election.parties
    .filter((p) => p.seats + (p.leading ?? 0) > 0)
    .map((p) => `${p.id} ${p.seats}${p.leading ? `+${p.leading}` : ''}`)
    .join(', ');
  const toReport = election.ridings.filter((r) => r.status === 'pending').length;
  return `${parties || 'no seat yet'}${toReport > 0 ? `; ${toReport} to report` : ''}`;
}

const reasonOf = (error: unknown): string =>
  error instanceof ElectionDataError
    ? `the result would break the schema: ${error.issues
        .slice(0, 3)
        .map((issue) => formatDataIssue(issue))
        .join('; ')}`
    : error instanceof Error
      ? error.name === 'TimeoutError'
        ? 'the source did not answer in time'
        : error.message
      : String(error);

export async function ingestOnce(options: IngestOptions, now = new Date()): Promise<IngestResult> {
  try {
    // What the night is built on, before the source is asked for anything.
    const baseFile = options.base ?? options.out;
    if (!existsSync(baseFile)) throw new Error(missingBase(baseFile));
    const text = await readSource(options.source, options.timeoutMs ?? 20_000, options.signal);
    const rows = readEventResults(text);
    const base = parseElection(JSON.parse(await readFile(baseFile, 'utf8')));
    const built = nightElection(rows, base, now.toISOString().replace(/\.\d+Z$/, 'Z'));
    const live = options.every && Math.min(LIVE_SECONDS.max, Math.max(LIVE_SECONDS.min, Math.round(options.every)));
    // The app's own schema, on the JSON as readers will get it: never a file that fails it.
    const election = parseElection(JSON.parse(JSON.stringify(live ? { ...built, live } : built)));
    const temporary = join(dirname(options.out), `.${process.pid}.ingest.tmp`);
    await writeFile(temporary, electionJsonText(election));
    await rename(temporary, options.out);
    if (!options.site) return { wrote: true, summary: tally(election) };
    // The file is served first; its pages follow, each whole, each saying the time of its data.
    try {
      const { drawn, behind } = await options.site.render(JSON.parse(JSON.stringify(election)), {
        budgetMs: options.budgetMs,
        signal: options.signal,
      });
      return {
        wrote: true,
        summary: `${tally(election)}; ${drawn} pages drawn${behind > 0 ? `, ${behind} riding pages on an older count` : ''}`,
      };
    } catch (error) {
      return { wrote: true, summary: `${tally(election)}; the pages could not be drawn, they keep their older count: ${reasonOf(error)}` };
    }
  } catch (error) {
    return { wrote: false, reason: reasonOf(error) };
  }
}

const stamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

function logResult(result: IngestResult, out: string) {
  if (result.wrote) console.log(`[${stamp()}] wrote ${out}: ${result.summary}`);
  else console.error(`[${stamp()}] kept the last good ${out}: ${result.reason}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      out: { type: 'string' },
      every: { type: 'string' },
      base: { type: 'string' },
      site: { type: 'string' },
      ssr: { type: 'string', default: 'dist-ssr/entry-server.js' },
      'overwrite-tracked': { type: 'boolean', default: false },
    },
  });
  if (!values.source || !values.out) {
    console.error(
      'usage: npm run ingest -- --source <file or URL> --out <site>/data/<election>.json [--site <site>] [--every <seconds>] [--base <file>]',
    );
    process.exit(2);
  }
  if (isTracked(values.out) && !values['overwrite-tracked']) {
    console.error(
      `${values.out} is the bundled result git keeps: a night written there would be built into the site. Write to the folder the server serves (npm run night does: .night/site/data/), or add --overwrite-tracked.`,
    );
    process.exit(2);
  }
  if (!values.base && !existsSync(values.out)) {
    console.error(missingBase(values.out));
    process.exit(2);
  }
  const every = values.every === undefined ? undefined : Number(values.every);
  if (every !== undefined && !(every >= 1)) {
    console.error(`--every must be a number of seconds, at least 1: got "${values.every}"`);
    process.exit(2);
  }
  const site =
    values.site === undefined ? undefined : await openLiveSite(values.site, resolve(values.ssr), process.env.SITE_URL || undefined);
  // Riding pages take what is left of half an interval; a single run draws them all.
  const options = { source: values.source, out: values.out, base: values.base, every, site, budgetMs: every && every * 500 };
  if (every === undefined) {
    const result = await ingestOnce(options);
    logResult(result, values.out);
    process.exitCode = result.wrote ? 0 : 1;
    return;
  }
  // Every `every` seconds until Ctrl-C: a run in flight is aborted, nothing half-written (the rename is atomic).
  const stop = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const quit = () => {
    stop.abort();
    clearTimeout(timer);
    console.log(`[${stamp()}] stopped; ${values.out} is the last good file`);
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
  console.log(`[${stamp()}] reading ${values.source} every ${every} s into ${values.out} (Ctrl-C stops)`);
  const run = async () => {
    const begun = Date.now();
    const result = await ingestOnce({ ...options, signal: stop.signal });
    if (stop.signal.aborted) return;
    logResult(result, values.out!);
    // Every `every` seconds from the start of a run, drawing the pages included.
    timer = setTimeout(() => void run(), Math.max(0, begun + every * 1000 - Date.now()));
  };
  await run();
}

if (process.argv[1]?.endsWith('ingest.ts')) await main();
