/** A visible, specific error with a way to retry; never a blank page. */
import { ElectionDataError, formatDataIssue } from '../data/ElectionDataError.ts';
import { ElectionLoadError } from '../data/ElectionLoadError.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { loadErrorMessage } from './errorMessage.ts';

const SHOWN_ISSUES = 20;

interface ErrorPanelProps {
  error: unknown;
  onRetry?: (() => void) | undefined;
}

export function ErrorPanel({ error, onRetry }: ErrorPanelProps) {
  const { t, f } = useI18n();
  const issues = error instanceof ElectionDataError ? error.issues : [];
  const url = error instanceof ElectionLoadError ? error.url : undefined;
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t.errorTitle}</h2>
      <p>{loadErrorMessage(error, t, f)}</p>
      {issues.length > 0 && (
        <ul className="error-issues">
          {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
            <li key={i}>
              <code>{formatDataIssue(issue)}</code>
            </li>
          ))}
          {issues.length > SHOWN_ISSUES && <li>{t.errorMore(f, issues.length - SHOWN_ISSUES)}</li>}
        </ul>
      )}
      {url && <p className="error-file">{t.errorFile(url)}</p>}
      {!url && issues.length === 0 && error instanceof Error && (
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
