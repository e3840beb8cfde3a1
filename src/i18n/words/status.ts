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
  polls: (f: F, p: { reporting: number; total: number }) => `${f.count(p.reporting)} of ${f.count(p.total)} polls reporting`,
  /** A party ahead in a riding still counting, in a table. */
  leads: (party: string) => `${party} (leading)`,
  /** The legend of a night in progress: what a filled, a pale and an empty seat mean. */
  keyElected: 'Elected',
  keyLeading: 'Leading',
  keyNone: 'No result yet',
};

const fr: typeof en = {
  status: {
    pending: 'Aucun résultat',
    leading: 'En tête',
    elected: 'Élu',
    validated: 'Élu · validé',
    certified: 'Élu · dépouillement judiciaire',
  },
  polls: (f, p) => `${f.count(p.reporting)}${NBSP}bureaux sur ${f.count(p.total)} ont fait rapport`,
  leads: (party) => `${party} (en tête)`,
  keyElected: 'Élu',
  keyLeading: 'En tête',
  keyNone: 'Aucun résultat',
};

export const STATUS_WORDS = { en, fr };
