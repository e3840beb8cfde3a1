/** The app shell: reads the view from the URL, loads its election, and shows it or says why not. */
import { useEffect } from 'react';
import { useElection } from './data/electionQuery.ts';
import { I18nProvider } from './i18n/I18nContext.tsx';
import { browserLang } from './url/routes.ts';
import { useView } from './url/useView.ts';
import { ErrorPanel } from './views/ErrorPanel.tsx';
import { LoadingState } from './views/LoadingState.tsx';
import { ResultsView } from './views/ResultsView.tsx';

export function App() {
  const view = useView();
  const lang = view.params.lang ?? browserLang(navigator.languages);
  const { data, error, isPending, refetch } = useElection(view.params.election);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = view.params.theme;
  }, [lang, view.params.theme]);

  return (
    <I18nProvider lang={lang}>
      <div className="app">
        {data ? (
          <ResultsView election={data} view={view} />
        ) : isPending ? (
          <LoadingState />
        ) : (
          <main>
            <ErrorPanel error={error} onRetry={() => void refetch()} />
          </main>
        )}
      </div>
    </I18nProvider>
  );
}
