/** Shown while the dataset loads: a message for screen readers and a seat-shaped placeholder. */
import { useI18n } from '../../i18n/I18nContext.tsx';

export function LoadingState() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="loading-arc" aria-hidden="true" />
      <p>{t.loading}</p>
    </div>
  );
}
