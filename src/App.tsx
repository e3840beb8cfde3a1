/** The full app: reads the view from the URL, loads its election, and shows it or says why not. */
import { I18nProvider } from './i18n/I18nContext.tsx';
import { ElectionGate } from './features/page/ElectionGate.tsx';
import { ResultsView } from './features/page/ResultsView.tsx';
import { usePageView } from './features/page/usePageView.ts';

export function App() {
  const { view, lang } = usePageView();
  return (
    <I18nProvider lang={lang}>
      <div className="app">
        <ElectionGate electionId={view.params.election} liveSeconds={view.params.live} liveAsked={view.params.liveAsked} location={view}>
          {(election) => <ResultsView election={election} view={view} />}
        </ElectionGate>
      </div>
    </I18nProvider>
  );
}
