/** What the riding search says as one types (RidingSearch), in each language: it comes with the search's chunk. */
import { NBSP, type Formatters } from '../format.ts';

type F = Formatters;

const en = {
  noMatch: (query: string) => `No riding or candidate matches “${query}”.`,
  results: (f: F, n: number) => `${f.count(n)}${NBSP}${n === 1 ? 'riding' : 'ridings'} found`,
};

const fr: typeof en = {
  noMatch: (query) => `Aucune circonscription ni aucun candidat ne correspond à «${NBSP}${query}${NBSP}».`,
  results: (f, n) => `${f.count(n)}${NBSP}${n > 1 ? 'circonscriptions trouvées' : 'circonscription trouvée'}`,
};

export const SEARCH_WORDS = { en, fr };
