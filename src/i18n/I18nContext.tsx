/** The interface language for everything below it: messages plus number and date formats. */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogNow, loadCatalog } from './catalogs.ts';
import { en, type Messages } from './en.ts';
import { makeFormatters, type Formatters, type Lang } from './format.ts';

export interface I18n {
  t: Messages;
  f: Formatters;
}

const I18nContext = createContext<I18n>({ t: en, f: makeFormatters('en') });

/**
 * Shows its children in `lang` once that language's catalogue is here. A page
 * opened in French waits for it (fetched alongside the data, it is rarely the
 * later of the two); a switch of language keeps the old one a moment instead
 * of blanking the page.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [shown, setShown] = useState<{ lang: Lang; t: Messages } | undefined>(() => {
    const t = catalogNow(lang);
    return t && { lang, t };
  });
  useEffect(() => {
    if (shown?.lang === lang) return;
    let current = true;
    void loadCatalog(lang).then((t) => current && setShown({ lang, t }));
    return () => {
      current = false;
    };
  }, [lang, shown?.lang]);
  const value = useMemo(() => shown && { t: shown.t, f: makeFormatters(shown.lang) }, [shown]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A feature's own words (src/i18n/words/) in the page's language. */
export function useWords<T>(words: Readonly<Record<Lang, T>>): T {
  return words[useContext(I18nContext).f.lang];
}
