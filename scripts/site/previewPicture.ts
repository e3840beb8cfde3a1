/**
 * A page's link-preview picture (og:image), drawn from the page's own
 * prerendered HTML by the code that draws a reader's download
 * (src/features/share/viewPicture): the same chart, legend and sentence, in
 * the light theme, at the size of a preview card, with the font resvg is
 * given (renderPng). The page is parsed with linkedom, a DOM for Node: jsdom
 * took 42 ms a page, which made the build's 702 pictures cost half a minute.
 */
import { parseHTML } from 'linkedom';
import type { Election } from '../../src/data/electionSchema.ts';
import { pictureHeadline } from '../../src/features/share/pictureHeadline.ts';
import { sourceLine } from '../../src/features/share/sourceLine.ts';
import { viewPicture } from '../../src/features/share/viewPicture.ts';
import { parseLocation, parseViewParams } from '../../src/url/routes.ts';
import { resolveView } from '../../src/shared/resolveView.ts';
import { textsIn } from '../share/shareMeta.ts';
import type { SitePage } from './sitePages.ts';

/** The element of `markup` that starts at `open` (its first tag, exactly as React writes it) and ends at the first `close` after it. */
function part(markup: string, open: string, close: string): string {
  const start = markup.indexOf(open);
  const end = markup.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`the prerendered page has no ${open}…${close}: the preview picture cannot be drawn`);
  return markup.slice(start, end + close.length);
}

/**
 * What a picture reads of a page (viewPicture): the result's sentence, the chart and its legend. Parsing only
 * them, not the tables of every party and province around them, halves the time of a picture.
 */
function chartPart(markup: string): string {
  const hemicycle = markup.indexOf('<section class="panel hemicycle-panel"');
  // The map's page has the map for its chart (the build renders it with the map for its picture).
  const onMap = hemicycle < 0;
  const panel = markup.slice(onMap ? markup.indexOf('<section class="panel map-panel"') : hemicycle);
  return [
    part(markup, '<p class="result-summary"', '</p>'),
    onMap ? '<section class="map-panel">' : '<section class="hemicycle-panel">',
    onMap ? part(panel, '<div class="map-main"', '</svg>') : part(panel, '<div class="hemicycle', '</svg>'),
    part(panel, '<ul class="legend"', '</ul>'),
    '</section>',
  ].join('');
}

export function previewPicture(markup: string, sitePage: SitePage, election: Election, siteUrl: string | undefined): string {
  const i18n = textsIn(sitePage.lang);
  const { document } = parseHTML(`<!doctype html><html><body>${chartPart(markup)}</body></html>`);
  return viewPicture(document, {
    format: 'preview',
    theme: 'light',
    transparent: false,
    headline: pictureHeadline(i18n, election, resolveView(election, parseLocation(sitePage.path).route, parseViewParams(''))),
    source: sourceLine(i18n, election),
    credit: siteUrl ? `${i18n.t.appName} · ${new URL(siteUrl).host}` : i18n.t.appName,
    accent: sitePage.preview?.accent,
    fontFamily: 'DejaVu Sans',
  });
}
