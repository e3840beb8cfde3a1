/** A visible, specific error with a way to retry; never a blank page. */
import type { ReactNode } from 'react';
import { DataIssuesLazy as DataIssues } from './DataIssuesLazy.tsx';
import { ElectionDataError } from '../../data/ElectionDataError.ts';
import { ElectionLoadError } from '../../data/ElectionLoadError.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { loadErrorMessage } from './errorMessage.ts';

interface ErrorPanelProps {
  error: unknown;
  onRetry?: (() => void) | undefined;
  /** What to say instead of the error's own words, with what follows it (MissingElection: the elections there are). */
  message?: string | undefined;
  children?: ReactNode;
}

export function ErrorPanel({ error, onRetry, message, children }: ErrorPanelProps) {
  const { t, f } = useI18n();
  const issues = error instanceof ElectionDataError ? error.issues : [];
  const url = error instanceof ElectionLoadError && message === undefined ? error.url : undefined;
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t.errorTitle}</h2>
      <p>{message ?? loadErrorMessage(error, t, f)}</p>
      {issues.length > 0 && <DataIssues issues={issues} />}
      {issues.length > 0 && <p>{t.errorDataWhose}</p>}
      {children}
      {url && <p className="error-file">{t.errorFile(url)}</p>}
      {!url && message === undefined && issues.length === 0 && error instanceof Error && (
        <p className="error-file">
          <code>{error.message}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </section>
  );
}
