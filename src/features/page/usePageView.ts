/** The view of the URL, with its language and theme applied to the document. */
import { useView } from '../../url/useView.ts';
import { useDocumentSettings } from './useDocumentSettings.ts';

export function usePageView() {
  const view = useView();
  useDocumentSettings(view.lang, view.params.theme, view.embedded && view.transparent);
  return { view, lang: view.lang };
}
