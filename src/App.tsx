/** The full app: reads the view from the URL, loads its election, and shows it or says why not; or the builder. */
import { Suspense } from 'react';
import { LoadingState } from './shared/LoadingState.tsx';
import { PageShell } from './features/page/PageShell.tsx';
import { ResultsView } from './features/page/ResultsView.tsx';
import { lazyNamed } from './shared/lazyNamed.ts';

// The builder is its own chunk: no page of a published result carries it.
const MakePage = lazyNamed(() => import('./features/make/MakePage.tsx'), 'MakePage');

export function App() {
  return (
    <PageShell
      className="app"
      instead={(view) =>
        view.route.page === 'make' ? (
          <Suspense fallback={<LoadingState />}>
            <MakePage view={view} />
          </Suspense>
        ) : undefined
      }
    >
      {(election, view) => <ResultsView election={election} view={view} />}
    </PageShell>
  );
}
