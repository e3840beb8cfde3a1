/**
 * Vite plugin, build only: after the bundle is written, gives every party and
 * riding of the default election its own HTML shell (`/party/<id>/index.html`,
 * `/riding/<id>/index.html`, and the embed's under `/embed/`) with link-preview tags, and renders each
 * preview image to PNG with resvg and the font shipped in scripts/share/fonts.
 * The SPA boots on each shell exactly as on `/`.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseElection, type Election, type Party, type Riding } from '../../src/data/electionSchema.ts';
import { ogImageSvg } from './ogImageSvg.ts';
import { injectShareMeta, overviewMeta, partyMeta, ridingMeta, type ShareMeta } from './shareMeta.ts';

const FONTS = fileURLToPath(new URL('./fonts/', import.meta.url));

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [join(FONTS, 'DejaVuSans.ttf'), join(FONTS, 'DejaVuSans-Bold.ttf')],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}

function write(path: string, content: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

export function writeSharePages(outDir: string, election: Election, siteUrl?: string) {
  const appHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
  const embedHtml = readFileSync(join(outDir, 'embed', 'index.html'), 'utf8');
  write(join(outDir, 'index.html'), injectShareMeta(appHtml, overviewMeta(election), siteUrl));
  write(join(outDir, 'og', 'overview.png'), renderPng(ogImageSvg(election)));
  const page = (meta: ShareMeta, svg: string) => {
    write(join(outDir, meta.path, 'index.html'), injectShareMeta(appHtml, meta, siteUrl));
    const embedTitle = `<title>${meta.imageAlt.replace(/</g, '&lt;')}</title>`;
    write(join(outDir, 'embed', meta.path, 'index.html'), embedHtml.replace(/<title>[^<]*<\/title>/, embedTitle));
    write(join(outDir, meta.image), renderPng(svg));
  };
  election.parties.forEach((party: Party) => page(partyMeta(election, party), ogImageSvg(election, { party })));
  election.ridings.forEach((riding: Riding) => page(ridingMeta(election, riding), ogImageSvg(election, { riding })));
}

export function sharePagesPlugin(options: { electionId: string; siteUrl?: string | undefined }): Plugin {
  let outDir = 'dist';
  let publicDir = 'public';
  return {
    name: 'hemicycle-share-pages',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      publicDir = config.publicDir;
    },
    closeBundle() {
      const election = parseElection(JSON.parse(readFileSync(join(publicDir, 'data', `${options.electionId}.json`), 'utf8')));
      writeSharePages(outDir, election, options.siteUrl);
    },
  };
}
