/** The table of every seat (SeatTable), in each language: they come with the chunk of the views that say them, not with every page. */
import { NBSP, type Formatters } from '../format.ts';

type F = Formatters;

const en = {
  show: 'Show the seats as a table',
  hide: 'Hide the table of seats',
  caption: (f: F, n: number) => `Every seat: ${f.count(n)} ridings, by party`,
  /** The map's table: the same ridings, where they are. */
  showByRegion: 'Show the ridings as a table',
  hideByRegion: 'Hide the table of ridings',
  captionByRegion: (f: F, n: number) => `Every riding: ${f.count(n)}, by province and territory`,
};

const fr: typeof en = {
  show: 'Afficher les sièges sous forme de tableau',
  hide: 'Masquer le tableau des sièges',
  caption: (f, n) => `Tous les sièges${NBSP}: ${f.count(n)}${NBSP}circonscriptions, par parti`,
  showByRegion: 'Afficher les circonscriptions sous forme de tableau',
  hideByRegion: 'Masquer le tableau des circonscriptions',
  captionByRegion: (f, n) => `Toutes les circonscriptions${NBSP}: ${f.count(n)}, par province et par territoire`,
};

export const SEAT_TABLE_WORDS = { en, fr };
