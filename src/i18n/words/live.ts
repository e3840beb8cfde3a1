/** The live-results line (LiveStatus), in each language: it comes with its chunk, on live pages only. */
import { NBSP, type Formatters } from '../format.ts';

type F = Formatters;

const en = {
  every: (f: F, seconds: number) => `Live: refreshed every ${f.count(seconds)}${NBSP}s`,
  clamped: (f: F, p: { asked: number; min: number; max: number }) =>
    p.asked < p.min
      ? `(not every ${f.count(p.asked)}${NBSP}s: ${f.count(p.min)}${NBSP}s is the shortest interval)`
      : `(not every ${f.count(p.asked)}${NBSP}s: ${f.count(p.max)}${NBSP}s is the longest interval)`,
  updated: (time: string) => `last update ${time}`,
  failed: (reason: string) => `The latest refresh failed (${reason}); showing the last good result.`,
  stale: (time: string) => `No new results since ${time}: the results source may be down; showing the last good result.`,
};

const fr: typeof en = {
  every: (f, seconds) => `En direct${NBSP}: actualisé toutes les ${f.count(seconds)}${NBSP}s`,
  clamped: (f, p) =>
    p.asked < p.min
      ? `(pas toutes les ${f.count(p.asked)}${NBSP}s${NBSP}: ${f.count(p.min)}${NBSP}s est l’intervalle le plus court)`
      : `(pas toutes les ${f.count(p.asked)}${NBSP}s${NBSP}: ${f.count(p.max)}${NBSP}s est l’intervalle le plus long)`,
  updated: (time) => `dernière mise à jour ${time}`,
  failed: (reason) => `La dernière actualisation a échoué (${reason})${NBSP}; le dernier résultat valide reste affiché.`,
  stale: (time) =>
    `Aucun nouveau résultat depuis ${time}${NBSP}: la source des résultats est peut-être interrompue${NBSP}; le dernier résultat valide reste affiché.`,
};

export const LIVE_WORDS = { en, fr };
