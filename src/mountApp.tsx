/**
 * Starts a Hemicycle page (the full app or the embed) in #root, with its query cache.
 *
 * A prerendered page (scripts/site/prerender.ts) already holds the default
 * view's HTML: when the URL asks for that view, React hydrates it once the
 * data is here, so the reader sees the result before any script runs and
 * nothing is redrawn. Any other view (another language, a province…) renders
 * afresh.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ComponentType } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { electionFingerprint } from './data/electionFingerprint.ts';
import { electionQueryOptions } from './data/electionQuery.ts';
import { loadCatalog } from './i18n/catalogs.ts';
import { browserLang, formatViewParams, parseViewParams } from './url/routes.ts';
import './styles.css';

export function mountApp(Page: ComponentType) {
  const queryClient = new QueryClient();
  // What the first render waits for starts now, side by side: the data, and the catalogue of a language other than English.
  const params = parseViewParams(location.search);
  const lang = params.lang ?? browserLang(navigator.languages);
  const data = queryClient.fetchQuery(electionQueryOptions(params.election, params.live));
  void loadCatalog(lang);
  const root = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Page />
      </QueryClientProvider>
    </StrictMode>
  );
  const drawnFrom = root.getAttribute('data-prerendered');
  const prerendered = drawnFrom !== null && formatViewParams(params) === '' && lang === 'en';
  // The served HTML is dropped, and the root no longer says it holds a prerendered page.
  const renderAfresh = () => {
    root.removeAttribute('data-prerendered');
    root.replaceChildren();
    createRoot(root).render(app);
  };
  if (!prerendered) {
    // The app shows a failed load itself: the promise is only for hydration.
    data.catch(() => undefined);
    renderAfresh();
    return;
  }
  // The HTML was drawn from the build's data: hydrate once the same data is here. Data changed since the
  // build (a live night) is drawn afresh; data that cannot be loaded, the app says why.
  data.then((election) => (electionFingerprint(election) === drawnFrom ? hydrateRoot(root, app) : renderAfresh()), renderAfresh);
}
