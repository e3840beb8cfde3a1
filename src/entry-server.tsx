/**
 * Prerendering, at build time: the same App the browser runs, rendered to
 * HTML by React's own static renderer for one path, with the election already
 * loaded and every lazy part of the page waited for. The browser then hydrates
 * that HTML (see mountApp), so a page shows its headline, scoreboard, seats and
 * tables before any JavaScript has run.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ComponentType } from 'react';
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { App } from './App.tsx';
import { electionQueryOptions } from './data/electionQuery.ts';
import { electionFingerprint } from './data/electionFingerprint.ts';
import { parseElection } from './data/electionSchema.ts';
import { EmbedApp } from './embed/EmbedApp.tsx';
import { loadCatalog } from './i18n/catalogs.ts';
import { parseLocation } from './url/routes.ts';
import { ServedDrawnContext } from './shared/ServedDrawn.ts';

/** The fingerprint of the data a page is drawn from: the browser hydrates only the same data. */
export function fingerprintOf(electionJson: unknown): string {
  return electionFingerprint(parseElection(electionJson));
}

/**
 * The HTML of `path` (no query: the default view; `/fr/…` in French, `/embed/…` the embed) for this election's
 * JSON. The map's page is drawn without its map, which stays light (the map's file is fetched when the map is
 * shown). `search`: a view's query (`coalition=red,blue`), for the tests that read what a view says; the build draws
 * the default views only.
 */
export async function renderPage(path: string, electionJson: unknown, search = ''): Promise<string> {
  const election = parseElection(electionJson);
  const { lang, embedded } = parseLocation(path);
  await loadCatalog(lang);
  const Page: ComponentType = embedded ? EmbedApp : App;
  const queryClient = new QueryClient();
  // A live page says when its data is from: the file's own time, not the moment it was drawn.
  const updatedAt = election.updated === undefined ? undefined : Date.parse(election.updated);
  queryClient.setQueryData(electionQueryOptions(election.id).queryKey, election, { updatedAt });
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ServedDrawnContext value>
          <Router ssrPath={path} ssrSearch={search}>
            <Page />
          </Router>
        </ServedDrawnContext>
      </QueryClientProvider>
    </StrictMode>,
    // Every part inline, in order: React would otherwise move a large part to the end of the page behind an
    // inline script, which the content security policy blocks and a reader without JavaScript never sees.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
