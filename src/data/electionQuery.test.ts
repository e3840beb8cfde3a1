import { afterEach, describe, expect, it, vi } from 'vitest';
import { ElectionLoadError } from './ElectionLoadError.ts';
import { fetchElection, LOAD_TIMEOUT_SECONDS } from './electionQuery.ts';

/** A fetch that never answers until aborted, as a hung server. */
function hangingFetch() {
  return vi.fn((_url: string, init?: RequestInit) => {
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchElection timeouts', () => {
  it(`gives up after ${LOAD_TIMEOUT_SECONDS} s with a timeout error, not before`, async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', hangingFetch());
    const loading = fetchElection('canada-2025');
    const outcome = loading.then(
      () => 'loaded',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_SECONDS * 1000 - 1);
    expect(await Promise.race([outcome, Promise.resolve('pending')])).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(ElectionLoadError);
    expect((error as ElectionLoadError).failure).toEqual({ kind: 'timeout', seconds: LOAD_TIMEOUT_SECONDS });
  });

  it('a caller that cancels gets its own abort, not a timeout', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', hangingFetch());
    const controller = new AbortController();
    const loading = fetchElection('canada-2025', controller.signal);
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('fetchElection of an election the site does not have', () => {
  it('does not look for an id no election can have, and says there is no such election', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    for (const id of ['Canada-2021', 'canada_2021', 'canada-2021 ', '../etc']) {
      await expect(fetchElection(id)).rejects.toMatchObject({ failure: { kind: 'no-election', id } });
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says which election a missing file was for, so the reader can be told whether it exists', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Not found', { status: 404 })));
    await expect(fetchElection('canada-2030')).rejects.toMatchObject({ failure: { kind: 'http', status: 404 }, electionId: 'canada-2030', missing: true });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<!doctype html>', { status: 200 })));
    await expect(fetchElection('canada-2030')).rejects.toMatchObject({ failure: { kind: 'html' }, missing: true });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Oops', { status: 500 })));
    await expect(fetchElection('canada-2030')).rejects.toMatchObject({ failure: { kind: 'http', status: 500 }, missing: false });
    await expect(fetchElection('canada-2030')).rejects.toBeInstanceOf(ElectionLoadError);
  });
});

describe('fetchElection when the body cannot be read', () => {
  it('blames the server when it answers a bodiless HEAD, and the connection when nothing answers', async () => {
    // As Chromium does with `Content-Encoding: gzip` on a plain body: the GET fails like a network error, a HEAD succeeds.
    const mislabelled = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === 'HEAD') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', mislabelled);
    await expect(fetchElection('canada-2025')).rejects.toMatchObject({ failure: { kind: 'unreadable' } });
    expect(mislabelled.mock.calls.map(([, init]) => init?.method ?? 'GET')).toEqual(['GET', 'HEAD']);

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchElection('canada-2025')).rejects.toMatchObject({ failure: { kind: 'network' } });
  });
});
