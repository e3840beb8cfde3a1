import { describe, expect, it, vi } from 'vitest';
import { fetchElection } from '../../data/electionQuery.ts';
import { makeFormatters } from '../../i18n/format.ts';
import { ERROR_WORDS } from '../../i18n/words/errors.ts';
import { loadErrorMessage } from './errorMessage.ts';

/** What the reader is told when the server answers this. */
async function said(status: number, body: string, t = ERROR_WORDS.en, lang: 'en' | 'fr' = 'en'): Promise<string> {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
  const error = await fetchElection('canada-2025').catch((e: unknown) => e);
  vi.unstubAllGlobals();
  return loadErrorMessage(error, t, makeFormatters(lang));
}

describe('loadErrorMessage', () => {
  it('says what the server sent, specifically, for each way a file fails to load', async () => {
    expect(await said(404, '')).toMatch(/HTTP 404/);
    expect(await said(200, '{"id": "canada-2025", ')).toMatch(/not valid JSON/);
    expect(await said(200, '')).toMatch(/empty/);
    expect(await said(200, '<!doctype html><title>Not found</title>')).toMatch(/web page instead/);
    expect(await said(200, '', ERROR_WORDS.fr, 'fr')).not.toBe(await said(200, ''));
  });
});
