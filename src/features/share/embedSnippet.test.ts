import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet.ts';

describe('embedSnippet', () => {
  it('builds an absolute iframe and host script for another origin', () => {
    const code = embedSnippet('https://hemicycle.example', '/embed/party/bq?lang=fr', 'Seat chart: "2025"');
    expect(code).toContain('<iframe data-hemicycle src="https://hemicycle.example/embed/party/bq?lang=fr"');
    expect(code).toContain('title="Seat chart: &quot;2025&quot;"');
    expect(code).toContain('<script async src="https://hemicycle.example/embed.js"></script>');
  });
});
