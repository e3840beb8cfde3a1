/** The view controls under the chart and a province's table (ExploreBar, ProvincePanel, BelowChart), in each language: they come with the chunk of the views that say them, not with every page. */
import { NBSP } from '../format.ts';

const en = {
  allRegions: 'All provinces and territories',
  shown: 'Seats shown',
  current: 'Result',
  changes: (previous: string) => `Changes since ${previous}`,
  previous: (previous: string) => `Result in ${previous}`,
  panelsCurrent: (year: string | undefined) => (year ? `The tables below give the ${year} result.` : 'The tables below give this result.'),
  order: 'Seat order',
  orders: { result: 'Winner left, runner-up right', spectrum: 'Political order, left to right' },
  flipNote: (previous: string) => `A dot marks a riding that changed hands since ${previous}.`,
  flipNoteMap: (previous: string) => `A dark outline marks a riding that changed hands since ${previous}.`,
  /** The switch between the two charts of the whole result. */
  chart: 'Chart',
  charts: { seats: 'Seats', map: 'Map' },
  /** Says what "transposed" means, under the switch whose labels use it. */
  transposedNote: (p: { previous: string; year: string; current: string }) =>
    `${p.previous}: the ${p.year} votes regrouped into the new ridings of ${p.current} (Elections${NBSP}Canada’s figures).`,
  regionCaption: (region: string) => `Seats and share of votes in ${region}`,
};

const fr: typeof en = {
  allRegions: 'Toutes les provinces et territoires',
  shown: 'Sièges affichés',
  current: 'Résultat',
  changes: (previous) => `Changements depuis ${previous}`,
  previous: (previous) => `Résultat en ${previous}`,
  panelsCurrent: (year) =>
    year ? `Les tableaux ci-dessous donnent le résultat de ${year}.` : 'Les tableaux ci-dessous donnent ce résultat.',
  order: 'Ordre des sièges',
  orders: { result: 'Vainqueur à gauche, deuxième à droite', spectrum: 'Ordre politique, de gauche à droite' },
  flipNote: (previous) => `Un point marque une circonscription qui a changé de mains depuis ${previous}.`,
  flipNoteMap: (previous) => `Un contour foncé marque une circonscription qui a changé de mains depuis ${previous}.`,
  chart: 'Graphique',
  charts: { seats: 'Sièges', map: 'Carte' },
  transposedNote: (p) =>
    `${p.previous}${NBSP}: les votes de ${p.year} regroupés selon les nouvelles circonscriptions de ${p.current} (chiffres d’Élections${NBSP}Canada).`,
  regionCaption: (region) => `Sièges et part des voix, ${region}`,
};

export const EXPLORE_WORDS = { en, fr };
