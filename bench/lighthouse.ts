/**
 * The outside judge: Lighthouse's performance audit with its mobile defaults
 * (simulated slow 4G, 4× CPU slowdown, a phone's screen) on pages of the
 * production build, in Debian's Chromium. Lighthouse is fetched by npx at a
 * pinned version the first time (it weighs 176 MB with its dependencies, so it
 * is not a dependency every `npm ci` installs), then runs from npm's cache.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LIGHTHOUSE = 'lighthouse@13.5.0';
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync';

export interface LighthouseRow {
  path: string;
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue: number }>;
}

/** One report per page; the median of `runs` by score, as Lighthouse's own advice for variance goes. */
/** Asynchronous: the pages may be served by this very process. */
export async function lighthouse(origin: string, paths: string[], runs = 3): Promise<LighthouseRow[]> {
  const dir = join('bench', 'tmp', 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const results: LighthouseRow[] = [];
  for (const path of paths) {
    const rows: LighthouseRow[] = [];
    for (let run = 0; run < runs; run++) {
      const out = join(dir, `${path.replace(/\W+/g, '_')}-${run}.json`);
      await promisify(execFile)(
        'npx',
        [
          '-y',
          LIGHTHOUSE,
          `${origin}${path}`,
          '--only-categories=performance',
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          `--chrome-flags=${CHROME_FLAGS}`,
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
      );
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      const audit = (id: string) => report.audits[id]!.numericValue;
      rows.push({
        path,
        score: Math.round(report.categories.performance.score * 100),
        fcpMs: audit('first-contentful-paint'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
      });
    }
    results.push(rows.sort((a, b) => a.score - b.score)[Math.floor(rows.length / 2)]!);
  }
  return results;
}
