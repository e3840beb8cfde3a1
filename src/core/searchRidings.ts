/**
 * Finds ridings by name as a reader types: case, accents, dashes and
 * punctuation do not matter ("levis" finds "Lévis—Lotbinière"), and English
 * and French names both count.
 */
import type { Riding } from '../data/electionSchema.ts';

/** Lowercase, no diacritics, every run of non-letters and non-digits as one space. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface RidingIndexEntry {
  riding: Riding;
  keys: string[];
}

export function indexRidings(ridings: readonly Riding[]): RidingIndexEntry[] {
  return ridings.map((riding) => ({ riding, keys: [...new Set([riding.name.en, riding.name.fr ?? ''].filter(Boolean).map(searchKey))] }));
}

// A memo, the only state in core/: keyed weakly by the list, so it holds nothing the app has let go.
const indexes = new WeakMap<readonly Riding[], RidingIndexEntry[]>();

/** The index of a list of ridings, built on first use and kept as long as the list is. */
export function ridingIndex(ridings: readonly Riding[]): RidingIndexEntry[] {
  let index = indexes.get(ridings);
  if (index === undefined) indexes.set(ridings, (index = indexRidings(ridings)));
  return index;
}

/** Best matches first: name starts with the query, then a word does, then it appears anywhere. */
export function searchRidings(index: readonly RidingIndexEntry[], query: string, limit = 8): Riding[] {
  const q = searchKey(query);
  if (!q) return [];
  const rank = (keys: string[]) => {
    if (keys.some((k) => k.startsWith(q))) return 0;
    if (keys.some((k) => k.includes(` ${q}`))) return 1;
    if (keys.some((k) => k.includes(q))) return 2;
    // Typed without spaces: "terranova" still finds "Terra Nova".
    if (keys.some((k) => k.replace(/ /g, '').includes(q.replace(/ /g, '')))) return 3;
    return -1;
  };
  return index
    .map((entry) => ({ entry, rank: rank(entry.keys) }))
    .filter((m) => m.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.entry.keys[0]!.localeCompare(b.entry.keys[0]!))
    .slice(0, limit)
    .map((m) => m.entry.riding);
}
