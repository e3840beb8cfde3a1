/** The view of the URL plus the language it resolves to, applied to the document. */
import { browserLang } from '../url/routes.ts';
import { useView } from '../url/useView.ts';
import { useDocumentSettings } from './useDocumentSettings.ts';

export function usePageView() {
  const view = useView();
  // No navigator when pages are prerendered at build time: those are the English pages.
  const lang = view.params.lang ?? (typeof navigator === 'undefined' ? 'en' : browserLang(navigator.languages));
  useDocumentSettings(lang, view.params.theme, view.embedded && view.transparent);
  return { view, lang };
}
