import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../src/test/sampleElection.ts';
import { robotsTxt, sitemapXml, sitePages } from './sitePages.ts';

const election = sampleElection();
const pages = sitePages(election);
const byPath = new Map(pages.map((p) => [p.path, p]));

describe('sitePages', () => {
  it('has every route of the app and the embed, in both languages', () => {
    // 1 overview + 3 parties + 7 ridings + the builder, in the app and the embed, in two languages.
    expect(pages).toHaveLength(2 * 2 * (1 + 3 + 7 + 1));
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    for (const path of ['/', '/party/red', '/riding/101', '/embed/', '/embed/party/gold', '/embed/riding/204', '/make', '/embed/make'])
      expect(byPath.get(path)?.lang, path).toBe('en');
    for (const path of ['/fr/', '/fr/party/red', '/fr/riding/101', '/fr/embed/', '/fr/embed/party/gold', '/fr/embed/riding/204'])
      expect(byPath.get(path)?.lang, path).toBe('fr');
  });

  it('draws the app pages and the embed overview and party pages at build time, not riding embeds', () => {
    expect(pages.filter((p) => p.prerendered).map((p) => p.path)).toHaveLength(2 * (1 + 3 + 7 + 1 + 3));
    expect(byPath.get('/fr/embed/party/blue')?.prerendered).toBe(true);
    expect(byPath.get('/embed/riding/101')?.prerendered).toBe(false);
    // The builder draws what its link holds, in the browser; its card claims no result and has no picture.
    expect(byPath.get('/fr/make')).toMatchObject({
      prerendered: false,
      preview: undefined,
      meta: { image: undefined, title: 'Un graphique parlementaire fait avec Hémicycle' },
    });
  });

  it('links each app page to its twin, in its own language, and leaves embeds out of search', () => {
    expect(byPath.get('/fr/party/blue')).toMatchObject({
      alternates: { en: '/party/blue', fr: '/fr/party/blue' },
      meta: { title: 'Blue\u00a0: 3\u00a0sièges · Élection exemple', image: '/og/fr/blue.png' },
      preview: { accent: '#0033aa' },
    });
    expect(byPath.get('/')).toMatchObject({
      alternates: { en: '/', fr: '/fr/' },
      preview: { accent: undefined },
      meta: { image: '/og/overview.png' },
    });
    expect(byPath.get('/fr/embed/')).toMatchObject({ alternates: undefined, preview: undefined });
  });

  it('gives the map a page of its own, in both languages and in the embed, when the election has one', () => {
    expect(pages.some((p) => p.path.endsWith('/map'))).toBe(false);
    const withMap = new Map(sitePages(election, { withMap: true }).map((p) => [p.path, p]));
    expect(withMap.size).toBe(pages.length + 4);
    expect(withMap.get('/fr/map')).toMatchObject({
      prerendered: true,
      alternates: { en: '/map', fr: '/fr/map' },
      meta: { title: 'Les circonscriptions sur la carte · Élection exemple · Hémicycle', image: '/og/fr/map.png' },
      preview: { accent: undefined },
      oembed: undefined,
    });
    expect(withMap.get('/map')?.meta.description).toMatch(/^All 7 ridings on the map, each in its winner’s colour: Red \d+, /);
    expect(withMap.get('/embed/map')).toMatchObject({ prerendered: true, preview: undefined });
  });
});

describe('sitemapXml', () => {
  it('lists every app page, with absolute addresses and its twin, and no embed', () => {
    const xml = sitemapXml(pages, 'https://hemicycle.example');
    expect(xml.match(/<url>/g)).toHaveLength(2 * (1 + 3 + 7 + 1));
    expect(xml).toContain(
      [
        '  <url>',
        '    <loc>https://hemicycle.example/fr/riding/202</loc>',
        '    <xhtml:link rel="alternate" hreflang="en" href="https://hemicycle.example/riding/202"/>',
        '    <xhtml:link rel="alternate" hreflang="fr" href="https://hemicycle.example/fr/riding/202"/>',
        '  </url>',
      ].join('\n'),
    );
    expect(xml).not.toContain('/embed');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt('https://hemicycle.example')).toBe('User-agent: *\nAllow: /\nSitemap: https://hemicycle.example/sitemap.xml\n');
  });
  it('names no sitemap when the site has no address to give it (there is none then)', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});
