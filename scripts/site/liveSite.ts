/**
 * Election night, served drawn: each file the ingest writes is drawn into the site's pages, so the HTML a
 * reader (or a crawler, or a reader without scripts) gets is the count being served, never the result the
 * site was built with. The same pages as the build (sitePages), drawn by the same server bundle, in their
 * shells (kept by the build beside the bundle), each written atomically (a temporary file, then a rename).
 *
 * Every page carries the time of the data it was drawn from (the live line). The overview, the map, the
 * party pages and the embeds are drawn from every file; riding pages (686 of them, about 40 ms each) are
 * drawn within a budget of time, the ridings whose own result changed first, then the longest undrawn, so a
 * riding page is at most a few files old and says so. While the count goes on every page's link preview is
 * the live card, drawn from the overview with each file.
 */
import { existsSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isCounting } from '../../src/data/ridingStatus.ts';
import { parseElection, type Election, type Riding } from '../../src/data/electionSchema.ts';
import { parseLocation } from '../../src/url/routes.ts';
import { embedHeight } from '../share/embedHeight.ts';
import { oembedJson } from '../share/oembed.ts';
import { textsIn } from '../share/shareMeta.ts';
import { renderPng } from '../share/renderPng.ts';
import { fillShell, pageHead, readShells, write, type SsrEntry } from './buildSite.ts';
import { previewPicture } from './previewPicture.ts';
import { sitePages, type SitePage } from './sitePages.ts';

interface LiveRender {
  /** Pages drawn from this file. */
  drawn: number;
  /** Riding pages left as an older file drew them (each says its time), for the next run. */
  behind: number;
}

export interface LiveSite {
  /** Draws the site's pages from `json` (the file just written); riding pages for at most `budgetMs`. */
  render: (json: unknown, options?: { budgetMs?: number; signal?: AbortSignal }) => Promise<LiveRender>;
}

/** Written whole or not at all: a reader never gets half a page. */
function writeAtomically(path: string, content: string | Buffer) {
  const temporary = join(dirname(path), `.${process.pid}.live.tmp`);
  write(temporary, content);
  renameSync(temporary, path);
}

const isRidingPage = (page: SitePage) => parseLocation(page.path).route.page === 'riding';

/** `site`: the folder the server serves; `ssrEntry`: the build's server bundle (dist-ssr/entry-server.js). */
export async function openLiveSite(site: string, ssrEntry: string, siteUrl?: string): Promise<LiveSite> {
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${site} is not a built site (no index.html): run npm run build`);
  const ssr = (await import(pathToFileURL(ssrEntry).href)) as SsrEntry;
  const shells = readShells(dirname(ssrEntry));
  // Each riding page: the riding's own data it was last drawn from, and when (the run's number).
  const drawnRidings = new Map<string, { key: string; run: number }>();
  let run = 0;

  const writePage = async (page: SitePage, json: unknown, fingerprint: string, election: string) => {
    const head = pageHead(page.embedded ? shells.embed : shells.app, page, siteUrl);
    if (!page.prerendered) return void writeAtomically(join(site, page.path, 'index.html'), head);
    const markup = await ssr.renderPage(page.path, json);
    writeAtomically(
      join(site, page.path, 'index.html'),
      fillShell(head, markup, { fingerprint, path: page.path, election, loading: textsIn(page.lang).t.loading }),
    );
    if (page.embedded && page.oembed && siteUrl)
      writeAtomically(join(site, page.oembed.path), oembedJson(page.meta, page.oembed.embedPath, siteUrl, embedHeight(markup)));
    return markup;
  };

  const liveCard = async (page: SitePage, election: Election) => {
    const svg = await previewPicture(page, election, siteUrl);
    // Only pages with a picture have a live card (the builder's has none).
    if (page.meta.image) writeAtomically(join(site, page.meta.image.split('?')[0]!), await renderPng(svg));
  };

  return {
    async render(json, { budgetMs = Number.POSITIVE_INFINITY, signal } = {}) {
      const started = performance.now();
      run += 1;
      const election = parseElection(json);
      const fingerprint = ssr.fingerprintOf(json);
      const withMap = existsSync(join(site, 'data', `${election.id}-ridings.topo.json`));
      const pages = sitePages(election, { withMap });
      let drawn = 0;
      // Everything but the riding pages, from every file: the overview first, in each language.
      for (const page of pages.filter((p) => !(p.prerendered && isRidingPage(p)))) {
        signal?.throwIfAborted();
        const markup = await writePage(page, json, fingerprint, election.id);
        if (markup === undefined) continue;
        drawn += 1;
        if (isCounting(election) && page.preview && parseLocation(page.path).route.page === 'overview') await liveCard(page, election);
      }
      // Riding pages: those whose result changed first, then the longest undrawn, while the budget lasts.
      const byRiding = new Map(election.ridings.map((r) => [r.id, r]));
      const keyOf = (riding: Riding | undefined) => JSON.stringify(riding);
      const ridingPages = pages
        .filter((p) => p.prerendered && isRidingPage(p))
        .map((page) => {
          const route = parseLocation(page.path).route;
          const id = route.page === 'riding' ? route.ridingId : '';
          const last = drawnRidings.get(page.path);
          return { page, key: keyOf(byRiding.get(id)), last };
        })
        .sort((a, b) => Number(a.last?.key === a.key) - Number(b.last?.key === b.key) || (a.last?.run ?? 0) - (b.last?.run ?? 0));
      let behind = ridingPages.length;
      for (const { page, key } of ridingPages) {
        if (performance.now() - started > budgetMs) break;
        signal?.throwIfAborted();
        await writePage(page, json, fingerprint, election.id);
        drawnRidings.set(page.path, { key, run });
        drawn += 1;
        behind -= 1;
      }
      return { drawn, behind };
    },
  };
}
