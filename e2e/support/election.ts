/** The bundled dataset, read from disk so tests can compare what the page shows with the data. */
import { readFileSync } from 'node:fs';

interface Party {
  id: string;
  seats: number;
  name: { en: string };
  shortName: { en: string };
}

export const election = JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')) as { parties: Party[]; totalSeats: number };
