/** The full app: reads the view from the URL, loads its election, and shows it or says why not. */
import { PageShell } from './features/page/PageShell.tsx';
import { ResultsView } from './features/page/ResultsView.tsx';

export function App() {
  return <PageShell className="app">{(election, view) => <ResultsView election={election} view={view} />}</PageShell>;
}
