/** Applies the view's language and theme to the document element, where CSS and assistive tech read them. */
import { useEffect } from 'react';
import type { Lang } from '../../i18n/format.ts';
import type { Theme } from '../../url/routes.ts';

export function useDocumentSettings(lang: Lang, theme: Theme, transparent = false) {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dataset.theme = theme;
    root.toggleAttribute('data-transparent', transparent);
  }, [lang, theme, transparent]);
}
