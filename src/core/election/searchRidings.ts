/**
 * Finds ridings by name, or by a candidate's name, as a reader types: case,
 * accents, dashes and punctuation do not matter ("levis" finds
 * "Lévis—Lotbinière", "poilievre" finds Carleton by Pierre Poilievre),
 * English and French names both count, and "St"/"Ste" mean "Saint"/"Sainte".
 * A riding's own name ranks before a candidate's.
 */
import type { Riding } from '../../data/electionSchema.ts';

/** Lowercase, no diacritics, every run of non-letters and non-digits as one space. */
function plainKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The plain key, with the words "st" and "ste" written "saint" and "sainte": names write
 * "St. Catharines", "Sault Ste. Marie" and "Saint-Jean", and readers type either. Whole
 * words only, so "Stratford" and "Steveston" keep their letters.
 */
export function searchKey(text: string): string {
  // Padded with spaces rather than a lookbehind, which older Safari cannot parse.
  return ` ${plainKey(text)} `.replace(/ st(e?)(?= )/g, ' saint$1').trim();
}

export interface RidingIndexEntry {
  riding: Riding;
  keys: string[];
  /** Each candidate's name, and its key. */
  candidates: { name: string; key: string }[];
}

/** A riding found: by its own name, or by the candidate named (`candidate`). */
export interface RidingMatch {
  riding: Riding;
  candidate?: string;
}

export function indexRidings(ridings: readonly Riding[]): RidingIndexEntry[] {
  return ridings.map((riding) => ({
    riding,
    keys: [...new Set([riding.name.en, riding.name.fr ?? ''].filter(Boolean).map(searchKey))],
    candidates: riding.candidates.map((c) => ({ name: c.name, key: searchKey(c.name) })),
  }));
}

// A memo, the only state in core/: keyed weakly by the list, so it holds nothing the app has let go.
const indexes = new WeakMap<readonly Riding[], RidingIndexEntry[]>();

/** The index of a list of ridings, built on first use and kept as long as the list is. */
export function ridingIndex(ridings: readonly Riding[]): RidingIndexEntry[] {
  let index = indexes.get(ridings);
  if (index === undefined) indexes.set(ridings, (index = indexRidings(ridings)));
  return index;
}

const NO_MATCH = 4;

/** Best matches first: name starts with the query, then a word does, then it appears anywhere; ridings' names before candidates'. */
export function searchRidings(index: readonly RidingIndexEntry[], query: string, limit = 8): RidingMatch[] {
  const q = searchKey(query);
  if (!q) return [];
  // A query ending in "st" or "ste" may be a word half typed ("Stormont", "Steveston"): try it as typed too.
  const plain = plainKey(query);
  const queries = /(?:^| )ste?$/.test(plain) && /\p{L}$/u.test(query) ? [q, plain] : [q];
  const rankFor = (keys: string[], typed: string) => {
    if (keys.some((k) => k.startsWith(typed))) return 0;
    if (keys.some((k) => k.includes(` ${typed}`))) return 1;
    if (keys.some((k) => k.includes(typed))) return 2;
    // Typed without spaces: "terranova" still finds "Terra Nova".
    if (keys.some((k) => k.replace(/ /g, '').includes(typed.replace(/ /g, '')))) return 3;
    return NO_MATCH;
  };
  const rank = (keys: string[]) => Math.min(...queries.map((typed) => rankFor(keys, typed)));
  return index
    .map((entry) => {
      const own = rank(entry.keys);
      if (own < NO_MATCH) return { entry, rank: own, sortKey: entry.keys[0]!, candidate: undefined };
      // The candidate whose name matches best, ranked after every riding found by its own name.
      const found = entry.candidates
        .map((c) => ({ c, rank: rank([c.key]) }))
        .filter((m) => m.rank < NO_MATCH)
        .sort((a, b) => a.rank - b.rank)[0];
      return found
        ? { entry, rank: NO_MATCH + found.rank, sortKey: found.c.key, candidate: found.c.name }
        : { entry, rank: 2 * NO_MATCH, sortKey: '', candidate: undefined };
    })
    .filter((m) => m.rank < 2 * NO_MATCH)
    .sort((a, b) => a.rank - b.rank || a.sortKey.localeCompare(b.sortKey))
    .slice(0, limit)
    .map((m) => (m.candidate === undefined ? { riding: m.entry.riding } : { riding: m.entry.riding, candidate: m.candidate }));
}
