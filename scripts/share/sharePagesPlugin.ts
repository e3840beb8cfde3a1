/**
 * Vite plugin, build only: after the bundle is written, gives every party of the
 * default election its own HTML shell (`/party/<id>/index.html`, and the embed's
 * `/embed/party/<id>/index.html`) with link-preview tags, and renders each
 * preview image to PNG with resvg and the font shipped in scripts/share/fonts.
 * The SPA boots on each shell exactly as on `/`.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseElection, type Election, type Party } from '../../src/data/electionSchema.ts';
import { ogImageSvg } from './ogImageSvg.ts';
import { injectShareMeta, overviewMeta, partyMeta } from './shareMeta.ts';

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
  const party = (p: Party) => {
    const meta = partyMeta(election, p);
    write(join(outDir, 'party', p.id, 'index.html'), injectShareMeta(appHtml, meta, siteUrl));
    write(
      join(outDir, 'embed', 'party', p.id, 'index.html'),
      embedHtml.replace(/<title>[^<]*<\/title>/, `<title>${meta.imageAlt.replace(/</g, '&lt;')}</title>`),
    );
    write(join(outDir, 'og', `${p.id}.png`), renderPng(ogImageSvg(election, p)));
  };
  election.parties.forEach(party);
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
