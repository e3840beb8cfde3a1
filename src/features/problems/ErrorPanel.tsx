/** A visible, specific error with a way to retry; never a blank page. */
import { Suspense, type ReactNode } from 'react';
import type { ChartLinkError } from '../../data/ChartLinkError.ts';
import { lazyNamed } from '../../shared/lazyNamed.ts';
import { DataIssuesLazy as DataIssues } from './DataIssuesLazy.tsx';
import { ElectionDataError } from '../../data/ElectionDataError.ts';
import { ElectionLoadError } from '../../data/ElectionLoadError.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { ERROR_WORDS } from '../../i18n/words/errors.ts';
import { loadErrorMessage } from './errorMessage.ts';

interface ErrorPanelProps {
  error: unknown;
  onRetry?: (() => void) | undefined;
  /** What to say instead of the error's own words, with what follows it (MissingElection: the elections there are). */
  message?: string | undefined;
  children?: ReactNode;
}

// A link's chart that cannot be drawn is said with the builder's words: fetched only then.
const ChartLinkProblem = lazyNamed(() => import('../make/ChartLinkProblem.tsx'), 'ChartLinkProblem');

export function ErrorPanel({ error, onRetry, message, children }: ErrorPanelProps) {
  const { t, f } = useI18n();
  const words = useWords(ERROR_WORDS);
  const issues = error instanceof ElectionDataError ? error.issues : [];
  const url = error instanceof ElectionLoadError && message === undefined ? error.url : undefined;
  // By name: the class comes with the chunk that reads a link's chart, not with every page.
  const chartLink = error instanceof Error && error.name === 'ChartLinkError' ? (error as ChartLinkError) : undefined;
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t.errorTitle}</h2>
      {chartLink ? (
        <Suspense fallback={null}>
          <ChartLinkProblem error={chartLink} />
        </Suspense>
      ) : (
        <p>{message ?? loadErrorMessage(error, words, f)}</p>
      )}
      {issues.length > 0 && <DataIssues issues={issues} />}
      {issues.length > 0 && <p>{words.errorDataWhose}</p>}
      {children}
      {url && <p className="error-file">{words.errorFile(url)}</p>}
      {!url && !chartLink && message === undefined && issues.length === 0 && error instanceof Error && (
        <p className="error-file">
          <code>{error.message}</code>
        </p>
      )}
      {/* A link's chart reads the same every time: only the way to the builder helps. */}
      {onRetry && !chartLink && (
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </section>
  );
}
