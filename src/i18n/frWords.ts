/** French counted words, shared by the catalogue and the words that come with a feature (i18n/words/). */
import { NBSP, type Formatters } from './format.ts';

export const sieges = (f: Formatters, n: number) => `${f.count(n)}${NBSP}${f.plural(n) === 'one' ? 'siège' : 'sièges'}`;
export const voix = (f: Formatters, n: number) => `${f.count(n)}${NBSP}voix`;
