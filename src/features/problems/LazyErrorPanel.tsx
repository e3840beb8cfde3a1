/**
 * The error panel, fetched when something goes wrong: no page that draws its result carries it. If even its
 * chunk cannot come (the connection is down, the likeliest failure), a plain panel says so, with Retry: never a
 * blank page.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { useI18n } from '../../i18n/I18nContext.tsx';

type ErrorPanelProps = ComponentProps<typeof import('./ErrorPanel.tsx').ErrorPanel>;

function OfflinePanel({ onRetry }: ErrorPanelProps) {
  const { t } = useI18n();
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t.errorTitle}</h2>
      <p>{t.errorOffline}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </section>
  );
}

const Panel = lazy(() =>
  import('./ErrorPanel.tsx').then(
    (m) => ({ default: m.ErrorPanel }),
    () => ({ default: OfflinePanel }),
  ),
);

export function LazyErrorPanel(props: ErrorPanelProps) {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}
