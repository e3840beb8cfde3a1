/** The interface language for everything below it: messages plus number and date formats. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';
import { fr } from './fr.ts';
import { makeFormatters, type Formatters, type Lang } from './format.ts';

export interface I18n {
  t: Messages;
  f: Formatters;
}

const catalogs: Record<Lang, Messages> = { en, fr };

const I18nContext = createContext<I18n>({ t: en, f: makeFormatters('en') });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ t: catalogs[lang], f: makeFormatters(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
