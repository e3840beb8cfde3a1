/** Shown while the dataset loads: a message for screen readers and a seat-shaped placeholder. */
import { useI18n } from '../i18n/I18nContext.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';

export function LoadingState() {
  const { t } = useI18n();
  // Not the title of a page drawn for another election (a link with ?election=…): this one's is not known yet.
  useDocumentTitle(t.pageTitle(t.loading));
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="loading-arc" aria-hidden="true" />
      <p>{t.loading}</p>
    </div>
  );
}
