/** Starts a Hemicycle page (the full app or the embed) in #root, with its query cache. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { electionQueryOptions } from './data/electionQuery.ts';
import { loadCatalog } from './i18n/catalogs.ts';
import { browserLang, parseViewParams } from './url/routes.ts';
import './styles.css';

export function mountApp(Page: ComponentType) {
  const queryClient = new QueryClient();
  // What the first render waits for starts now, side by side: the data, and the catalogue of a language other than English.
  const params = parseViewParams(location.search);
  void queryClient.prefetchQuery(electionQueryOptions(params.election, params.live));
  void loadCatalog(params.lang ?? browserLang(navigator.languages));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Page />
      </QueryClientProvider>
    </StrictMode>,
  );
}
