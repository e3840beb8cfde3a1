/**
 * oEmbed (https://oembed.com) for the views one can embed: a static JSON file
 * per view and language, written at build time, and the `<link>` that lets a
 * content system find it from the page's address, so a link pasted on its
 * own line becomes the embedded chart. Only with the site's address: an oEmbed consumer
 * fetches from another site, so every address in it is whole.
 */
import { SNIPPET_WIDTH, embedSnippet } from '../../src/features/share/embedSnippet.ts';
import { textsIn, type ShareMeta } from './shareMeta.ts';
import { escapeMarkup } from '../../src/core/picture/escapeMarkup.ts';
import { siteAddress } from '../site/siteAddress.ts';

/** Where the oEmbed JSON of an embeddable view lives, from its embed path: `/fr/embed/party/bq` → `/oembed/fr/party/bq.json`. */
export function oembedPath(embedPath: string): string {
  const name = embedPath.replace('/embed', '').replace(/\/$/, '') || '/index';
  return `/oembed${name.endsWith('/fr') ? `${name}/index` : name}.json`;
}

/**
 * The `rich` oEmbed answer: the same iframe and host script the app's Embed button gives, as tall as the view
 * at the snippet's width (embedHeight).
 */
export function oembedJson(meta: ShareMeta, embedPath: string, siteUrl: string, height: number): string {
  const { t } = textsIn(meta.lang);
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      provider_name: t.appName,
      provider_url: siteAddress('/', siteUrl),
      title: meta.title,
      html: embedSnippet(siteUrl, embedPath, meta.imageAlt, height),
      width: SNIPPET_WIDTH,
      height,
      ...(meta.image ? { thumbnail_url: siteAddress(meta.image, siteUrl), thumbnail_width: 1200, thumbnail_height: 630 } : {}),
    },
    null,
    2,
  )}\n`;
}

/** The discovery tag for a page's head. */
export function oembedLink(path: string, title: string, siteUrl: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeMarkup(siteAddress(path, siteUrl))}" title="${escapeMarkup(title)}" />`;
}
