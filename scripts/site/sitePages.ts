/**
 * Every page the build writes, in both languages, and what each carries: the
 * app's pages (overview, the map when the election has one, parties, ridings) with their link-preview tags,
 * picture and twin in the other language; the embed's (overview and parties
 * prerendered, ridings as titled shells). Pure: the build script does the
 * writing, the sitemap lists the pages search engines may index.
 */
import type { Election } from '../../src/data/electionSchema.ts';
import { LANGS, type Lang } from '../../src/i18n/format.ts';
import { routePath, type Route } from '../../src/url/routes.ts';
import { oembedPath } from '../share/oembed.ts';
import { makeMeta, mapMeta, overviewMeta, partyMeta, ridingMeta, type Alternates, type ShareMeta } from '../share/shareMeta.ts';
import { escapeMarkup } from '../../src/core/picture/escapeMarkup.ts';
import { siteAddress } from './siteAddress.ts';

export interface SitePage {
  path: string;
  lang: Lang;
  embedded: boolean;
  /** Whether the build draws its HTML (else the app draws it in the browser). */
  prerendered: boolean;
  /** Title, description and preview picture of the page in its language. */
  meta: ShareMeta;
  /**
   * Its preview picture, drawn from its own HTML (the party a party's page is about gives the picture its
   * colour); undefined for an embed, which shares the app page's picture.
   */
  preview: { accent: string | undefined } | undefined;
  /** Its twin in each language; only for pages search engines may list (embeds are `noindex`). */
  alternates: Alternates | undefined;
  /** Its oEmbed JSON, for the views one embeds (the overview and the parties), on the app's page and the embed's. */
  oembed: { path: string; embedPath: string } | undefined;
}

const alternatesOf = (route: Route): Alternates =>
  Object.fromEntries(LANGS.map((lang) => [lang, routePath(route, false, lang)])) as Alternates;

/** `withMap`: the election has a riding map, so `/map` has a page of its own. */
export function sitePages(election: Election, { withMap = false } = {}): SitePage[] {
  const pages: SitePage[] = [];
  for (const lang of LANGS) {
    const views: { route: Route; meta: ShareMeta; accent: string | undefined; embedPrerendered: boolean }[] = [
      { route: { page: 'overview' }, meta: overviewMeta(election, lang), accent: undefined, embedPrerendered: true },
      ...(withMap ? [{ route: { page: 'map' } as Route, meta: mapMeta(election, lang), accent: undefined, embedPrerendered: true }] : []),
      ...election.parties.map((party) => ({
        route: { page: 'party', partyId: party.id } as Route,
        meta: partyMeta(election, party, lang),
        accent: party.color,
        embedPrerendered: true,
      })),
      // A riding's embed is reached from a seat of an embedded chart, not published: a shell is enough.
      ...election.ridings.map((riding) => ({
        route: { page: 'riding', ridingId: riding.id } as Route,
        meta: ridingMeta(election, riding, lang),
        accent: undefined,
        embedPrerendered: false,
      })),
    ];
    for (const { route, meta, accent, embedPrerendered } of views) {
      const embedPath = routePath(route, true, lang);
      // The oEmbed frame's height is estimated from the page's chart: the map's is drawn in the browser.
      const oembed = route.page === 'riding' || route.page === 'map' ? undefined : { path: oembedPath(embedPath), embedPath };
      pages.push({
        path: meta.path,
        lang,
        embedded: false,
        prerendered: true,
        meta,
        preview: { accent },
        alternates: alternatesOf(route),
        oembed,
      });
      pages.push({
        path: embedPath,
        lang,
        embedded: true,
        prerendered: embedPrerendered,
        meta,
        preview: undefined,
        alternates: undefined,
        oembed,
      });
    }
  }
  // The builder, in each language: drawn in the browser (what it shows is in its link), its card claiming no result.
  for (const lang of LANGS) {
    const route: Route = { page: 'make' };
    const meta = makeMeta(lang);
    pages.push({
      path: meta.path,
      lang,
      embedded: false,
      prerendered: false,
      meta,
      preview: undefined,
      alternates: alternatesOf(route),
      oembed: undefined,
    });
    pages.push({
      path: routePath(route, true, lang),
      lang,
      embedded: true,
      prerendered: false,
      meta,
      preview: undefined,
      alternates: undefined,
      oembed: undefined,
    });
  }
  return pages;
}

/** Every page that may be listed, each with its twins (Google's `xhtml:link` form of hreflang). */
export function sitemapXml(pages: SitePage[], siteUrl: string): string {
  const listed = pages.filter((p) => p.alternates);
  const entries = listed.map((page) => {
    const twins = Object.entries(page.alternates!).map(
      ([lang, path]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeMarkup(siteAddress(path, siteUrl))}"/>`,
    );
    return [`  <url>`, `    <loc>${escapeMarkup(siteAddress(page.path, siteUrl))}</loc>`, ...twins, `  </url>`].join('\n');
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...entries,
    `</urlset>`,
    '',
  ].join('\n');
}

/**
 * Everything may be crawled (embeds say `noindex` themselves, which a crawler must fetch to read); the sitemap is
 * named only when there is one, which needs the site's address.
 */
export function robotsTxt(siteUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(siteUrl ? [`Sitemap: ${siteAddress('/sitemap.xml', siteUrl)}`] : []), ''].join('\n');
}
