/** Loads the election a view names and renders it, or says why it cannot: loading, then data or an error. */
import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { ElectionLoadError } from '../../data/ElectionLoadError.ts';
import { useElection } from '../../data/electionQuery.ts';
import type { Election } from '../../data/electionSchema.ts';
import { LazyErrorPanel } from '../problems/LazyErrorPanel.tsx';
import { lazyNamed } from '../../shared/lazyNamed.ts';
import { LoadingState } from '../../shared/LoadingState.tsx';
import { useDocumentTitle } from '../../shared/useDocumentTitle.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { RenderErrorBoundary } from '../problems/RenderErrorBoundary.tsx';
import { fileOutOfRange, pollSeconds } from '../../data/livePolling.ts';
import { isCounting } from '../../data/ridingStatus.ts';

const LiveStatus = lazyNamed(() => import('../live/LiveStatus.tsx'), 'LiveStatus');
// Said only when an election's file is not there, so fetched then; if even that chunk cannot come, the plain error.
const MissingElection = lazy((): Promise<{ default: ComponentType<{ error: ElectionLoadError; onRetry: () => void }> }> =>
  import('../problems/MissingElection.tsx').then(
    (m) => ({ default: m.MissingElection }),
    () => ({ default: LazyErrorPanel }),
  ),
);

interface ElectionGateProps {
  electionId: string;
  /** A chart made in the builder, from the link: shown in place of the election. */
  chart?: string | undefined;
  /** Refetch interval from the URL, in seconds (0: none). */
  liveSeconds?: number | undefined;
  /** What the URL asked for when it was out of range. */
  liveAsked?: number | undefined;
  /** What the URL shows (the view): after a drawing error, another one draws again. */
  location: unknown;
  children: (election: Election) => ReactNode;
}

export function ElectionGate({ electionId, chart, liveSeconds, liveAsked, location, children }: ElectionGateProps) {
  const { data, error, isPending, refetch, dataUpdatedAt, isRefetchError } = useElection(electionId, liveSeconds, chart);
  if (data) {
    const interval = pollSeconds(liveSeconds, data.live);
    // Always two slots, so the view below keeps its state (hover, focus) when the banner comes and goes.
    return (
      <>
        {interval ? (
          <Suspense fallback={null}>
            <LiveStatus
              seconds={interval}
              asked={liveAsked ?? fileOutOfRange(liveSeconds, data.live)}
              checkedAt={dataUpdatedAt}
              failure={isRefetchError ? error : undefined}
              counting={isCounting(data) ? data.updated : undefined}
            />
          </Suspense>
        ) : null}
        <RenderErrorBoundary resetKeys={[data, location]}>{children(data)}</RenderErrorBoundary>
        <ReadyMark />
      </>
    );
  }
  if (isPending) return <LoadingState />;
  const retry = () => void refetch();
  return (
    <main>
      <ErrorTitle />
      {error instanceof ElectionLoadError && (error.failure.kind === 'no-election' || error.missing) ? (
        <Suspense fallback={null}>
          <MissingElection error={error} onRetry={retry} />
        </Suspense>
      ) : (
        <LazyErrorPanel error={error} onRetry={retry} />
      )}
    </main>
  );
}

/** The tab names the failure, not the election the page was drawn with. */
function ErrorTitle() {
  const { t } = useI18n();
  useDocumentTitle(t.pageTitle(t.errorTitle));
  return null;
}

/**
 * Marks the document once the result is drawn by the app (rendered or hydrated), not only served:
 * before then a prerendered page's seats are static HTML. Tests wait for it; hosts may style by it.
 */
function ReadyMark() {
  useEffect(() => document.documentElement.setAttribute('data-ready', ''), []);
  return null;
}
