/** Gains and losses since the previous election (SeatChangesTable), in each language: they come with the chunk of the views that say them, not with every page. */
import { NBSP, type Formatters } from '../format.ts';

type F = Formatters;

const en = {
  title: (previous: string) => `Gains and losses since ${previous}`,
  summary: (f: F, p: { flipped: number; total: number }) => `${f.count(p.flipped)} of ${f.count(p.total)}${NBSP}ridings changed hands.`,
  net: 'Net',
  flows: 'Ridings won and lost',
  /** A night in progress: the flows include ridings only led so far. */
  flowsCounting: 'Ridings won and lost, leads included',
  won: (f: F, n: number, from: string) => `Won ${f.count(n)}: ${from}`,
  lost: (f: F, n: number, to: string) => `Lost ${f.count(n)}: ${to}`,
  flow: (p: { party: string; seats: string }) => `${p.party}\u00a0${p.seats}`,
};

const fr: typeof en = {
  title: (previous) => `Gains et pertes depuis ${previous}`,
  summary: (f, p) =>
    f.plural(p.flipped) === 'one'
      ? `${f.count(p.flipped)}${NBSP}circonscription sur ${f.count(p.total)} a changé de mains.`
      : `${f.count(p.flipped)}${NBSP}circonscriptions sur ${f.count(p.total)} ont changé de mains.`,
  net: 'Solde',
  flows: 'Gagnées et perdues',
  flowsCounting: 'Gagnées et perdues, avances comprises',
  won: (f, n, from) => `${f.count(n)}${NBSP}${n > 1 ? 'gagnées' : 'gagnée'}${NBSP}: ${from}`,
  lost: (f, n, to) => `${f.count(n)}${NBSP}${n > 1 ? 'perdues' : 'perdue'}${NBSP}: ${to}`,
  flow: (p) => `${p.party}${NBSP}${p.seats}`,
};

export const CHANGES_WORDS = { en, fr };
