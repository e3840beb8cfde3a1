/**
 * `npm run build`, last step: writes the HTML of the app's own pages into the
 * built shells, so each arrives drawn. The markup comes from the app itself
 * (`src/entry-server.tsx`, compiled by `vite build --ssr` into dist-ssr/), for
 * the overview and for every party and riding page of the default election,
 * in the default view (English, no view options); the browser hydrates it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const DIST = process.argv[2] ?? 'dist';
const SSR_ENTRY = resolve(process.argv[3] ?? 'dist-ssr/entry-server.js');
const ELECTION = process.env.VITE_DEFAULT_ELECTION ?? 'canada-2025';

const ROOT = '<div id="root"></div>';
const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>\s*/;

/**
 * The shell with the page's markup in #root, marked with the fingerprint of the data it was drawn from;
 * the noscript notice goes, since the page needs no script to be read.
 */
export function fillShell(shell: string, markup: string, fingerprint: string): string {
  if (!shell.includes(ROOT)) throw new Error('the page shell has no empty <div id="root"></div> to fill');
  return shell.replace(ROOT, `<div id="root" data-prerendered="${fingerprint}">${markup}</div>`).replace(NOSCRIPT, '');
}

interface ElectionIds {
  parties: { id: string }[];
  ridings: { id: string }[];
}

async function main() {
  const { renderPage, fingerprintOf } = (await import(pathToFileURL(SSR_ENTRY).href)) as {
    renderPage: (path: string, json: unknown) => string;
    fingerprintOf: (json: unknown) => string;
  };
  const json = JSON.parse(readFileSync(join(DIST, 'data', `${ELECTION}.json`), 'utf8')) as ElectionIds;
  const paths = ['/', ...json.parties.map((p) => `/party/${p.id}`), ...json.ridings.map((r) => `/riding/${r.id}`)];
  const fingerprint = fingerprintOf(json);
  const started = performance.now();
  for (const path of paths) {
    const file = join(DIST, path, 'index.html');
    if (!existsSync(file)) throw new Error(`no built shell for ${path} (${file})`);
    writeFileSync(file, fillShell(readFileSync(file, 'utf8'), renderPage(path, json), fingerprint));
  }
  console.log(`prerendered ${paths.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1]?.endsWith('prerender.ts')) await main();
