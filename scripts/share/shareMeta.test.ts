import { describe, expect, it } from 'vitest';
import { injectShareMeta, type ShareMeta } from './shareMeta.ts';

const SHELL =
  '<!doctype html><html lang="en"><head><title>Hemicycle</title><meta name="description" content="x" /></head><body></body></html>';
const META: ShareMeta = {
  lang: 'fr',
  title: 'Bloc Québécois : 22 sièges',
  description: 'Le Bloc remporte 22 sièges.',
  path: '/fr/party/bq',
  image: '/og/fr/party/bq.png',
  imageAlt: 'Bloc Québécois : 22 sièges',
};
const ALTERNATES = { en: '/party/bq', fr: '/fr/party/bq' };

const addresses = (html: string) => [...html.matchAll(/(?:href|content)="((?:\/|https?:)[^"]*)"/g)].map((m) => m[1]);

describe('injectShareMeta', () => {
  it('gives every address in full when the site has one', () => {
    const html = injectShareMeta(SHELL, META, 'https://hemicycle.example', ALTERNATES);
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('<link rel="canonical" href="https://hemicycle.example/fr/party/bq" />');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://hemicycle.example/party/bq" />');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://hemicycle.example/party/bq" />');
    expect(html).toContain('<meta property="og:url" content="https://hemicycle.example/fr/party/bq" />');
    expect(html).toContain('<meta property="og:image" content="https://hemicycle.example/og/fr/party/bq.png" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(addresses(html).filter((a) => !a!.startsWith('https://hemicycle.example/'))).toEqual([]);
  });

  it('leaves out what would be an invalid relative address without one, and keeps the words', () => {
    const html = injectShareMeta(SHELL, META, undefined, ALTERNATES);
    expect(addresses(html)).toEqual([]);
    expect(html).not.toMatch(/canonical|hreflang|og:url|og:image|twitter:image/);
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).toContain('<meta property="og:title" content="Bloc Québécois : 22 sièges" />');
    expect(html).toContain('<meta name="description" content="Le Bloc remporte 22 sièges." />');
    expect(html.match(/name="description"/g)).toHaveLength(1);
  });
});
