/** The sources under the page (SourcesFooter), in each language: they come with the chunk of the views that say them, not with every page. */
import { NBSP, type Formatters } from '../format.ts';
import { sourceTermsInFrench } from '../sourceTerms.ts';

type F = Formatters;

const en = {
  updated: (f: F, iso: string) => `Data as of ${f.dateTime(iso)}`,
  sourcesTitle: 'Sources and licences',
  credit: (who: string) => `Chart: ${who}`,
  /** The words around a source's title, which the footer shows as published (a link when it has an address). */
  sourceCitation: (p: { publisher: string; licence: string | undefined }) => ({
    before: '',
    after: `. ${p.publisher}.${p.licence ? ` ${p.licence}.` : ''}`,
  }),
};

const fr: typeof en = {
  updated: (f, iso) => `Données au ${f.dateTime(iso)}`,
  sourcesTitle: 'Sources et licences',
  credit: (who) => `Graphique${NBSP}: ${who}`,
  // The title stays as published, in English: French words around it say what it is.
  sourceCitation: (p) => ({
    before: `«${NBSP}`,
    after: `${NBSP}» (titre original), ${sourceTermsInFrench(p.publisher)}${p.licence ? `, licence${NBSP}: ${sourceTermsInFrench(p.licence)}` : ''}.`,
  }),
};

export const SOURCES_WORDS = { en, fr };
