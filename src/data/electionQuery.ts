/**
 * Loading an election: a plain fetcher that returns a parsed `Election` or
 * throws a typed error, the query options that own the cache key, and the hook.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ID_PATTERN } from '../idPattern.ts';
import type { Election } from './electionSchema.ts';
import { ElectionLoadError } from './ElectionLoadError.ts';
import { jitteredMs, pollSeconds } from './livePolling.ts';

export const LOAD_TIMEOUT_SECONDS = 15;

function electionUrl(electionId: string): string {
  return `${import.meta.env.BASE_URL}data/${encodeURIComponent(electionId)}.json`;
}

async function readBody(url: string, signal: AbortSignal | undefined): Promise<string> {
  // A timer rather than AbortSignal.timeout: fake clocks (Vitest's, Playwright's) can run it, so the timeout is tested without waiting.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), LOAD_TIMEOUT_SECONDS * 1000);
  let response: Response;
  try {
    // no-cache: revalidate with the server every time, so a live refresh sees a changed file.
    response = await fetch(url, { cache: 'no-cache', signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal });
    if (!response.ok) throw new ElectionLoadError(url, { kind: 'http', status: response.status });
    return await response.text();
  } catch (error) {
    if (error instanceof ElectionLoadError || signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new ElectionLoadError(url, { kind: 'timeout', seconds: LOAD_TIMEOUT_SECONDS });
    throw new ElectionLoadError(url, { kind: (await serverAnswers(url)) ? 'unreadable' : 'network' });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A failed fetch looks the same to a script whether the connection is down or the server sent a body the
 * browser refused (for one, `Content-Encoding: gzip` on plain text). A bodiless HEAD tells them apart: if it
 * gets an answer, the connection works and the fault is the server's, not the reader's.
 */
async function serverAnswers(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

function parseJson(url: string, body: string): unknown {
  const trimmed = body.trim();
  if (trimmed === '') throw new ElectionLoadError(url, { kind: 'empty' });
  // Static hosts answer unknown paths with their HTML index page and a 200.
  if (trimmed.startsWith('<')) throw new ElectionLoadError(url, { kind: 'html' });
  try {
    return JSON.parse(trimmed) as unknown;
  } catch (error) {
    throw new ElectionLoadError(url, { kind: 'json', detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The schema and its checks are needed only once the file is here, so they come as a chunk of their own,
 * fetched beside the file rather than before the page's first script runs (#14). A chunk that cannot be
 * fetched is the connection's fault, like the file.
 */
function loadParser(url: string) {
  return import('./electionSchema.ts').then(
    (schema) => schema.parseElection,
    () => {
      throw new ElectionLoadError(url, { kind: 'network' });
    },
  );
}

export async function fetchElection(electionId: string, signal?: AbortSignal): Promise<Election> {
  const url = electionUrl(electionId);
  // An id no election can have is not looked for.
  if (!ID_PATTERN.test(electionId)) throw new ElectionLoadError(url, { kind: 'no-election', id: electionId }, electionId);
  try {
    const parser = loadParser(url);
    // Handled now, awaited below: when the read fails first, the parser's failure is not reported as unhandled.
    parser.catch(() => undefined);
    const body = await readBody(url, signal);
    return (await parser)(parseJson(url, body));
  } catch (error) {
    // The election asked for goes with a load error, for the reader to be told whether it exists (ErrorPanel).
    throw error instanceof ElectionLoadError ? new ElectionLoadError(error.url, error.failure, electionId) : error;
  }
}

/** This page's own share of the refresh jitter (livePolling.ts), drawn once: its interval stays the same all night. */
const PAGE_SPREAD = Math.random();

/**
 * `liveSeconds` (from the URL) or the dataset's own `live` field turns on
 * polling, at the slower of the two (pollSeconds). Each refresh is a conditional request (`no-cache`): an
 * unchanged file is a 304 with no body. A failed refresh keeps the last good data: TanStack Query holds
 * `data` and reports the error beside it.
 */
export const electionQueryOptions = (electionId: string, liveSeconds?: number, chart?: string) =>
  queryOptions({
    // A link's chart (`?chart=`) is shown in place of the election it names.
    queryKey: chart === undefined ? (['election', electionId] as const) : (['chart', chart] as const),
    queryFn: ({ signal }) =>
      chart === undefined
        ? fetchElection(electionId, signal)
        : // Read and checked like a file, in a chunk of its own: a page of a published election carries none of it.
          import('./madeElectionOf.ts').then(
            (made) => made.madeElectionOf(chart),
            () => {
              throw new ElectionLoadError('chart', { kind: 'network' });
            },
          ),
    staleTime: Infinity,
    refetchInterval: (query) => {
      const seconds = pollSeconds(liveSeconds, query.state.data?.live);
      return seconds ? jitteredMs(seconds, PAGE_SPREAD) : false;
    },
    // A bad file or a 404 will not fix itself in a second; only network blips are retried (an unreadable body may be one cut short).
    retry: (failures, error) =>
      failures < 2 && error instanceof ElectionLoadError && (error.failure.kind === 'network' || error.failure.kind === 'unreadable'),
    // The page starts loading before it renders (mountApp): a failure then is shown, not silently fetched again on mount.
    retryOnMount: false,
  });

export function useElection(electionId: string, liveSeconds?: number, chart?: string) {
  return useQuery(electionQueryOptions(electionId, liveSeconds, chart));
}

/**
 * TanStack Query's hook, for data a lazy panel fetches beside the election (the riding map). Taken from here,
 * the start-up chunk: a lazy chunk that imports the package itself makes Rolldown split modules every page
 * shares (React, the i18n) into a chunk of their own, 1.5 KB more on each page.
 */
export { useQuery as useDataQuery };
