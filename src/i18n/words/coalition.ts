/** The coalition builder (CoalitionPanel), in each language: they come with the chunk of the views that say them, not with every page. */
import { NBSP, type Formatters } from '../format.ts';
import { sieges } from '../frWords.ts';

type F = Formatters;

const en = {
  title: 'Coalitions',
  pick: (f: F, threshold: number) => `Pick parties: together, do they reach ${f.count(threshold)}${NBSP}seats?`,
  none: 'No party picked.',
  total: (f: F, p: { parties: string; seats: number }) => `${p.parties}: ${f.count(p.seats)}${NBSP}${p.seats === 1 ? 'seat' : 'seats'}.`,
  clear: 'Clear',
  minimalTitle: (counting: boolean) => `Every minimal majority coalition${counting ? ', if the leads hold' : ''}`,
  minimalHint: 'Each party in one is needed: without any of them, it falls short.',
};

const fr: typeof en = {
  title: 'Coalitions',
  pick: (f, threshold) => `Choisissez des partis${NBSP}: ensemble, atteignent-ils ${f.count(threshold)}${NBSP}sièges${NBSP}?`,
  none: 'Aucun parti choisi.',
  total: (f, p) => `${p.parties}${NBSP}: ${sieges(f, p.seats)}.`,
  clear: 'Effacer',
  minimalTitle: (counting) => `Toutes les coalitions majoritaires minimales${counting ? ', si les avances se maintiennent' : ''}`,
  minimalHint: `Chaque parti y est nécessaire${NBSP}: sans l’un d’eux, elle n’atteint pas la majorité.`,
};

export const COALITION_WORDS = { en, fr };
