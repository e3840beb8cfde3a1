/** Number, percentage and date formats for one interface language, built once per language. */
import type { Localized } from '../data/electionSchema.ts';

export type Lang = 'en' | 'fr';

/** Keeps a number with its unit or label, and French punctuation with its word, on one line. */
export const NBSP = '\u00a0';
export const LANGS: readonly Lang[] = ['en', 'fr'];

const LOCALE: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

export interface Formatters {
  lang: Lang;
  /** Whole numbers with the language's grouping: 8,595,488 / 8 595 488. */
  count: (n: number) => string;
  /** A fraction as a percentage with one decimal: 43.8% / 43,8 %. */
  percent: (fraction: number) => string;
  /** A signed whole number: +12, −10, 0. */
  signed: (n: number) => string;
  /** A signed difference in percentage points, one decimal. */
  signedPoints: (points: number) => string;
  /** A share (0–1) as percentage points with one decimal, "<0.1" when tiny: 1.2 / 1,2. */
  points: (share: number) => string;
  /** A date written out: April 28, 2025 / 28 avril 2025. */
  date: (isoDate: string) => string;
  dateTime: (iso: string) => string;
  /** A clock time with seconds, for live updates. */
  time: (iso: string) => string;
  plural: (n: number) => Intl.LDMLPluralRule;
  /** Picks the language's text, English when a translation is missing. */
  text: (value: Localized) => string;
}

/** Builds a value on first use: an Intl formatter costs about a millisecond, and a page needs few of them. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A date as the language writes it, or as given when no date can be read from it: formatting must never throw mid-render. */
function formatDate(format: Intl.DateTimeFormat, value: Date, given: string): string {
  return Number.isNaN(value.getTime()) ? given : format.format(value);
}

export function makeFormatters(lang: Lang): Formatters {
  const locale = LOCALE[lang];
  const number = (options: Intl.NumberFormatOptions) => lazy(() => new Intl.NumberFormat(locale, options));
  const count = number({ maximumFractionDigits: 0 });
  const percent = number({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = number({ signDisplay: 'exceptZero', maximumFractionDigits: 0 });
  const points = number({ signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const oneDecimal = number({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // Election dates are calendar days: format them in UTC so no time zone shifts them.
  const date = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  // A moment is in the reader's time zone, and says which: a night spans six of them.
  const clock = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
  const dateTime = lazy(() => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', ...clock }));
  const time = lazy(() => new Intl.DateTimeFormat(locale, { ...clock, second: '2-digit' }));
  const plural = lazy(() => new Intl.PluralRules(locale));
  return {
    lang,
    count: (n) => count().format(n),
    percent: (f) => percent().format(f),
    signed: (n) => signed().format(n).replace('-', '−'),
    signedPoints: (p) => points().format(p).replace('-', '−'),
    // French sets a no-break space after "<" as before other signs: "< 0,1".
    points: (share) =>
      share > 0 && share < 0.0005 ? `<${lang === 'fr' ? NBSP : ''}${oneDecimal().format(0.1)}` : oneDecimal().format(share * 100),
    date: (iso) => formatDate(date(), new Date(`${iso}T00:00:00Z`), iso),
    dateTime: (iso) => formatDate(dateTime(), new Date(iso), iso),
    time: (iso) => formatDate(time(), new Date(iso), iso),
    plural: (n) => plural().select(n),
    text: (value) => value[lang] ?? value.en,
  };
}
