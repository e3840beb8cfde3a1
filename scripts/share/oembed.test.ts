import { describe, expect, it } from 'vitest';
import { sampleElection } from '../../src/test/sampleElection.ts';
import { oembedJson, oembedLink, oembedPath } from './oembed.ts';
import { partyMeta } from './shareMeta.ts';

describe('oembedPath', () => {
  it.each([
    ['/embed/', '/oembed/index.json'],
    ['/embed/party/bq', '/oembed/party/bq.json'],
    ['/fr/embed/', '/oembed/fr/index.json'],
    ['/fr/embed/party/bq', '/oembed/fr/party/bq.json'],
  ])('%s → %s', (embed, json) => expect(oembedPath(embed)).toBe(json));
});

describe('oembedJson', () => {
  it('answers with the embed snippet, absolute when the site is known', () => {
    const election = sampleElection();
    const meta = partyMeta(
      election,
      election.parties.find((p) => p.id === 'blue')!,
      'fr',
    );
    const json = JSON.parse(oembedJson(meta, '/fr/embed/party/blue', 'https://hemicycle.example', 563)) as Record<string, unknown>;
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Hémicycle',
      provider_url: 'https://hemicycle.example/',
      title: meta.title,
      width: 640,
      height: 563,
      thumbnail_url: 'https://hemicycle.example/og/fr/blue.png',
    });
    expect(json.html).toContain('<iframe data-hemicycle src="https://hemicycle.example/fr/embed/party/blue"');
    expect(json.html).toContain('height="563"');
    expect(json.html).toContain('<script async src="https://hemicycle.example/embed.js"></script>');
  });
});

describe('oembedLink', () => {
  it('is the discovery tag', () => {
    expect(oembedLink('/oembed/party/bq.json', 'Bloc "22"', 'https://hemicycle.example/news/')).toBe(
      '<link rel="alternate" type="application/json+oembed" href="https://hemicycle.example/oembed/party/bq.json" title="Bloc &quot;22&quot;" />',
    );
  });
});
