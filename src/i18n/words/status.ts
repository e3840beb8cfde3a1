/**
 * Where a riding's count stands (core/ridingStatus), in each language: for the seat card, the tables and the
 * legend of a night in progress. They come with the views that say them, not with every page.
 */
import { NBSP, type Formatters } from '../format.ts';
import type { RidingStatus } from '../../data/electionSchema.ts';

type F = Formatters;

const en = {
  status: {
    pending: 'No result yet',
    leading: 'Leading',
    elected: 'Elected',
    validated: 'Elected · validated',
    certified: 'Elected · judicially certified',
  } satisfies Record<RidingStatus, string>,
  /** A riding still counting whose first two are level: no one leads it. */
  tied: 'Tied for the lead',
  polls: (f: F, p: { reporting: number; total: number }) => `${f.count(p.reporting)} of ${f.count(p.total)} polls reporting`,
  /** A party ahead in a riding still counting, in a table. */
  leads: (party: string) => `${party} (leading)`,
  /** The legend of a night in progress: what a filled, a pale and an empty seat mean. */
  keyElected: 'Elected',
  keyLeading: 'Leading',
  keyNone: 'No result yet',
  /** What a picture or a link preview of a night in progress says first: a count, and as of when. */
  liveCount: (time: string | undefined) => (time ? `Live count as of ${time}` : 'Live count'),
};

const fr: typeof en = {
  status: {
    pending: 'Aucun résultat',
    leading: 'En tête',
    elected: 'Élu',
    validated: 'Élu · validé',
    certified: 'Élu · dépouillement judiciaire',
  },
  tied: 'À égalité en tête',
  // French counts 0 and 1 in the singular: « 0 bureau sur 200 a fait rapport ».
  polls: (f, p) =>
    f.plural(p.reporting) === 'one'
      ? `${f.count(p.reporting)}${NBSP}bureau sur ${f.count(p.total)} a fait rapport`
      : `${f.count(p.reporting)}${NBSP}bureaux sur ${f.count(p.total)} ont fait rapport`,
  leads: (party) => `${party} (en tête)`,
  keyElected: 'Élu',
  keyLeading: 'En tête',
  keyNone: 'Aucun résultat',
  liveCount: (time) => (time ? `Dépouillement en cours, à ${time}` : 'Dépouillement en cours'),
};

export const STATUS_WORDS = { en, fr };
