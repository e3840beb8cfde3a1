/**
 * Prerendering, at build time: the same App the browser runs, rendered to
 * HTML by React's own server renderer for one path, with the election already
 * loaded. The browser then hydrates that HTML (see mountApp), so a page shows
 * its headline, scoreboard and seats before any JavaScript has run.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from './App.tsx';
import { electionQueryOptions } from './data/electionQuery.ts';
import { electionFingerprint } from './data/electionFingerprint.ts';
import { parseElection } from './data/electionSchema.ts';

/** The fingerprint of the data a page is drawn from: the browser hydrates only the same data. */
export function fingerprintOf(electionJson: unknown): string {
  return electionFingerprint(parseElection(electionJson));
}

/** The HTML of `path` (no query: the default view) for this election's JSON. */
export function renderPage(path: string, electionJson: unknown): string {
  const election = parseElection(electionJson);
  const queryClient = new QueryClient();
  queryClient.setQueryData(electionQueryOptions(election.id).queryKey, election);
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router ssrPath={path} ssrSearch="">
          <App />
        </Router>
      </QueryClientProvider>
    </StrictMode>,
  );
}
