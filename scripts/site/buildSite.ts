/**
 * `npm run build`, last step: every page of the site, from the two shells Vite
 * built (the app's and the embed's). Each page gets its head in its language
 * (title, preview tags, canonical and `hreflang` twins), and the app's pages
 * and the embed's overview and party pages get their HTML drawn by the app
 * itself (`src/entry-server.tsx`, compiled by `vite build --ssr` into
 * dist-ssr/), so each arrives drawn. Writes the preview pictures, the oEmbed
 * answers of the overview and party views, the sitemap and robots.txt. Pictures and pages whose inputs did not change since the last
 * build come from the cache (node_modules/.cache/hemicycle-site).
 *
 *   tsx scripts/site/buildSite.ts [dist] [dist-ssr/entry-server.js]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseElection, type Election } from '../../src/data/electionSchema.ts';
import { embedHeight } from '../share/embedHeight.ts';
import { oembedJson, oembedLink } from '../share/oembed.ts';
import { renderPng } from '../share/renderPng.ts';
import { leftOutWithoutSiteUrl } from './siteAddress.ts';
import { injectShareMeta, inLanguage, textsIn, withTitle } from '../share/shareMeta.ts';
import { escapeMarkup } from '../../src/core/picture/escapeMarkup.ts';
import { BuildCache, hashOf } from './buildCache.ts';
import { Progress } from './progress.ts';
import { robotsTxt, sitemapXml, sitePages, type SitePage } from './sitePages.ts';

const ROOT = '<div id="root"></div>';
const NOSCRIPT = /<noscript data-notice>[\s\S]*?<\/noscript>\s*/;

/**
 * The shell with the page's markup in #root, marked with the fingerprint of the data it was drawn from and
 * the path it was drawn for (a host that serves this file for another path gets it drawn afresh, not hydrated);
 * the noscript notice goes, since the page needs no script to be read. `<html>` names the election drawn, so
 * that a link asking for another (`?election=…`) hides it before the first paint (public/other-election.js),
 * saying `loading` until the app draws its own.
 */
export function fillShell(
  shell: string,
  markup: string,
  drawn: { fingerprint: string; path: string; election: string; loading: string },
): string {
  if (!shell.includes(ROOT)) throw new Error('the page shell has no empty <div id="root"></div> to fill');
  const root = `<div id="root" data-prerendered="${drawn.fingerprint}" data-path="${drawn.path}" data-loading="${escapeMarkup(drawn.loading)}">${markup}</div>`;
  return shell
    .replace(ROOT, root)
    .replace(NOSCRIPT, '')
    .replace(/<html\b/, `<html data-election="${escapeMarkup(drawn.election)}"`);
}

/** The page's head in its language: preview tags and twins for an app page, a title for an embed; its oEmbed link (siteAddress.ts). */
export function pageHead(shell: string, page: SitePage, siteUrl: string | undefined): string {
  const head = page.embedded
    ? withTitle(inLanguage(shell, page.lang), page.meta.imageAlt)
    : injectShareMeta(shell, page.meta, siteUrl, page.alternates);
  return page.oembed && siteUrl ? head.replace('</head>', `  ${oembedLink(page.oembed.path, page.meta.title, siteUrl)}\n  </head>`) : head;
}

/** The preview worker (previewWorker.ts): one page's picture drawn at a time, answered in order of asking. */
function previewDrawer(dataFile: string, mapFile: string | undefined, siteUrl: string | undefined) {
  const worker = new Worker(new URL('./previewWorker.mjs', import.meta.url), { workerData: { dataFile, mapFile, siteUrl } });
  const waiting = new Map<number, { resolve: (svg: string) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.on('message', ({ id, svg, error }: { id: number; svg?: string; error?: string }) => {
    const pending = waiting.get(id)!;
    waiting.delete(id);
    if (svg === undefined) pending.reject(new Error(error));
    else pending.resolve(svg);
  });
  worker.on('error', (error) => waiting.forEach((pending) => pending.reject(error)));
  return {
    draw: (page: SitePage) =>
      new Promise<string>((resolve, reject) => {
        waiting.set(next, { resolve, reject });
        worker.postMessage({ id: next++, page });
      }),
    close: () => worker.terminate(),
  };
}

export function write(path: string, content: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Every file under `dir`, for a hash of a whole bundle. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface SsrEntry {
  renderPage: (path: string, json: unknown) => Promise<string>;
  fingerprintOf: (json: unknown) => string;
}

export interface Shells {
  app: string;
  embed: string;
}

const shellFile = (ssrDir: string, name: keyof Shells) => join(ssrDir, 'shells', `${name}.html`);

function writeShells(ssrDir: string, shells: Shells) {
  for (const name of ['app', 'embed'] as const) write(shellFile(ssrDir, name), shells[name]);
}

/** The two empty shells Vite built, as the build kept them: `dist/index.html` is the drawn overview by then. */
export function readShells(ssrDir: string): Shells {
  const read = (name: keyof Shells) => {
    const file = shellFile(ssrDir, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first, which keeps the page shells there`);
    return readFileSync(file, 'utf8');
  };
  return { app: read('app'), embed: read('embed') };
}

async function main() {
  const dist = process.argv[2] ?? 'dist';
  const ssrEntry = resolve(process.argv[3] ?? 'dist-ssr/entry-server.js');
  const electionId = process.env.VITE_DEFAULT_ELECTION ?? 'canada-2025';
  const siteUrl = process.env.SITE_URL || undefined;
  const started = performance.now();

  const dataFile = readFileSync(join(dist, 'data', `${electionId}.json`));
  const json: unknown = JSON.parse(dataFile.toString('utf8'));
  const election: Election = parseElection(json);
  // The election's riding map, when it has one: the map's page is then written, and its picture drawn with it.
  const mapFile = join(dist, 'data', `${electionId}-ridings.topo.json`);
  const mapData = existsSync(mapFile) ? readFileSync(mapFile) : undefined;
  const ssr = (await import(pathToFileURL(ssrEntry).href)) as SsrEntry;
  const fingerprint = ssr.fingerprintOf(json);
  // Read before any page is written: `/` and `/embed/` are written over their own shells.
  const shells = { app: readFileSync(join(dist, 'index.html'), 'utf8'), embed: readFileSync(join(dist, 'embed', 'index.html'), 'utf8') };
  // Kept beside the server bundle for election night, when the ingest draws the pages again (liveSite.ts).
  writeShells(dirname(ssrEntry), shells);
  const cache = new BuildCache(join('node_modules', '.cache', 'hemicycle-site'));
  // A page's HTML depends on the app's server bundle, the data and the path; the shell is filled afresh each time.
  const appVersion = hashOf(...filesUnder(dirname(ssrEntry)).map((file) => readFileSync(file)), dataFile, mapData ?? '');

  const pages = sitePages(election, { withMap: mapData !== undefined });
  const drawn = pages.filter((p) => p.prerendered);
  const pictures = pages.filter((p) => p.preview !== undefined);
  const progress = new Progress({ pages: drawn.length, pictures: pictures.length });

  // A preview picture is drawn from its view's model in a worker, and rasterised on resvg's threads, while this
  // thread goes on with the pages: both cores busy.
  const drawer = previewDrawer(join(dist, 'data', `${electionId}.json`), mapData && mapFile, siteUrl);
  const picturesDone: Promise<void>[] = [];
  for (const page of pages) {
    const head = pageHead(page.embedded ? shells.embed : shells.app, page, siteUrl);
    let html = head;
    let markup: string | undefined;
    if (page.prerendered) {
      markup = (
        await cache.get(`${hashOf('html', appVersion, page.path)}.html`, async () => Buffer.from(await ssr.renderPage(page.path, json)))
      ).toString('utf8');
      html = fillShell(head, markup, { fingerprint, path: page.path, election: election.id, loading: textsIn(page.lang).t.loading });
      progress.tick('pages');
      const image = page.meta.image;
      if (page.preview && image) {
        picturesDone.push(
          drawer
            .draw(page)
            .then((svg) => cache.get(`${hashOf('png', svg)}.png`, () => renderPng(svg)))
            .then((png) => {
              write(join(dist, image), png);
              progress.tick('pictures');
            }),
        );
      }
    }
    write(join(dist, page.path, 'index.html'), html);
    if (page.embedded && page.oembed && markup && siteUrl) {
      write(join(dist, page.oembed.path), oembedJson(page.meta, page.oembed.embedPath, siteUrl, embedHeight(markup)));
    }
  }
  await Promise.all(picturesDone).finally(() => drawer.close());
  if (siteUrl) write(join(dist, 'sitemap.xml'), sitemapXml(pages, siteUrl));
  write(join(dist, 'robots.txt'), robotsTxt(siteUrl));
  cache.prune();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  progress.end(
    `site: ${pages.length} pages (${drawn.length} drawn), ${pictures.length} preview pictures${siteUrl ? ', sitemap' : ''} in ${seconds} s; ${cache.hits} reused from the last build`,
  );
  if (!siteUrl) console.log(`site: ${leftOutWithoutSiteUrl}`);
}

if (process.argv[1]?.endsWith('buildSite.ts')) await main();
