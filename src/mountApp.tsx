/**
 * Starts a Hemicycle page (the full app or the embed) in #root, with its query cache.
 *
 * A prerendered page (scripts/site/buildSite.ts) already holds its path's
 * default view, in its language: when the URL asks for that view, React
 * hydrates it once the data (and a French page's catalogue) is here, so the
 * reader sees the result before any script runs and nothing is redrawn. Any
 * other view (a province, the previous result…) renders afresh.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ComponentType } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { electionFingerprint } from './data/electionFingerprint.ts';
import { electionQueryOptions } from './data/electionQuery.ts';
import { loadCatalog } from './i18n/catalogs.ts';
import { ServedDrawnContext } from './shared/ServedDrawn.ts';
import { canonicalUrl, chartAsked, formatViewParams, parseLocation, parsePlain, parseViewParams, routePath } from './url/routes.ts';
import './styles.css';

export function mountApp(Page: ComponentType) {
  const queryClient = new QueryClient();
  // A link that names its language in the query (`/party/bq?lang=fr`) is the page on that language's path.
  const canonical = canonicalUrl(location.pathname, location.search);
  if (canonical !== undefined) history.replaceState(history.state, '', `${canonical}${location.hash}`);
  // What the first render waits for starts now, side by side: the data, and the catalogue of a language other than English.
  const params = parseViewParams(location.search);
  const here = parseLocation(location.pathname);
  const { lang } = here;
  // The builder draws what is typed in it: it loads no election.
  const data =
    here.route.page === 'make' && !here.embedded
      ? Promise.resolve(undefined)
      : queryClient.fetchQuery(electionQueryOptions(params.election, params.live, chartAsked(here.route, params)));
  const catalog = loadCatalog(lang);
  const root = document.getElementById('root')!;
  const app = (servedDrawn: boolean) => {
    const page = (
      <QueryClientProvider client={queryClient}>
        <ServedDrawnContext value={servedDrawn}>
          <Page />
        </ServedDrawnContext>
      </QueryClientProvider>
    );
    // StrictMode only checks in development; the production build leaves it out (a few bytes on every page).
    return import.meta.env.DEV ? <StrictMode>{page}</StrictMode> : page;
  };
  const drawnFrom = root.getAttribute('data-prerendered');
  // Drawn for this very page in its default view: not the English page a `?lang=fr` link was served, nor the
  // overview a host serves for a path it does not know.
  const drawnFor = here.route.page === 'not-found' ? undefined : routePath(here.route, here.embedded, lang);
  const prerendered =
    drawnFrom !== null &&
    root.getAttribute('data-path') === drawnFor &&
    canonical === undefined &&
    formatViewParams(params) === '' &&
    // A setting the page cannot read is said on the page: not the HTML served.
    params.unread.length === 0 &&
    !parsePlain(location.search);
  // The root no longer says it holds a prerendered page; React replaces the served HTML when it commits its
  // first render, so the page is never blank in between.
  const renderAfresh = () => {
    root.removeAttribute('data-prerendered');
    root.removeAttribute('data-path');
    createRoot(root).render(app(false));
  };
  if (!prerendered) {
    // The app shows a failed load itself: the promise is only for hydration.
    data.catch(() => undefined);
    // A page served drawn but asked for another view (a province, the previous result, dark) keeps what it
    // shows until the data is here to draw that view, rather than a loading screen in between; one asked for
    // another election (public/other-election.js hid it) says it is loading that one.
    if (drawnFrom !== null && !document.documentElement.hasAttribute('data-other-election'))
      void Promise.allSettled([data, catalog]).then(renderAfresh);
    else renderAfresh();
    return;
  }
  // The HTML was drawn from the build's data: hydrate once the same data is here. Data changed since the
  // build (a live night) is drawn afresh; data that cannot be loaded, the app says why.
  Promise.all([data, catalog]).then(
    ([election]) => (election && electionFingerprint(election) === drawnFrom ? hydrateRoot(root, app(true)) : renderAfresh()),
    renderAfresh,
  );
}
