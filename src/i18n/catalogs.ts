/**
 * The message catalogue of each language. English ships in every bundle (the
 * default, and what tests and scripts read); French is a chunk of its own,
 * fetched when a page needs it: a reader downloads one language, not two.
 */
import { en, type Messages } from './en.ts';
import type { Lang } from './format.ts';

const loaded: Partial<Record<Lang, Messages>> = { en };
const loading = new Map<Lang, Promise<Messages>>();

/** The catalogue if it is already here. */
export function catalogNow(lang: Lang): Messages | undefined {
  return loaded[lang];
}

/** Fetches a catalogue once; later calls share the same promise. */
export function loadCatalog(lang: Lang): Promise<Messages> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  let promise = loading.get(lang);
  if (!promise) {
    promise = import('./fr.ts').then(({ fr }) => (loaded.fr = fr));
    loading.set(lang, promise);
  }
  return promise;
}
