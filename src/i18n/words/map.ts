/** The riding map (MapPanel, RidingMap), in each language: they come with the map's chunk, not with every page. */
import { NBSP, type Formatters } from '../format.ts';

type F = Formatters;

const en = {
  title: 'Ridings on the map',
  titlePrevious: (previous: string) => `Ridings on the map · Result in ${previous}`,
  kinds: 'Map or hexagons',
  geo: 'Geographic',
  hex: 'Hexagons',
  /** The cartogram, said plainly: what a reader sees and why. */
  hexNote: 'Every riding the same size: a hexagon each, grouped by province.',
  /** The map, said plainly: land is not voters. */
  geoNote: 'Areas show land, not voters: a vast riding of the North has one seat, as a city riding does.',
  none: 'There is no map of the ridings for this election.',
  failed: 'The map of the ridings could not be loaded.',
  inset: (city: string) => `${city}, enlarged`,
  locator: (riding: string, region: string) => `Where ${riding} is, in ${region}`,
  description: (f: F, n: number) =>
    `${f.count(n)} ridings, each coloured by the party that won it. Arrow keys move between neighbouring ridings; Enter opens one.`,
};

const fr: typeof en = {
  title: 'Les circonscriptions sur la carte',
  titlePrevious: (previous) => `Les circonscriptions sur la carte · Résultat en ${previous}`,
  kinds: 'Carte ou hexagones',
  geo: 'Géographique',
  hex: 'Hexagones',
  hexNote: `Chaque circonscription de la même taille${NBSP}: un hexagone chacune, groupées par province.`,
  geoNote: `Les surfaces montrent le territoire, pas les électeurs${NBSP}: une vaste circonscription du Nord a un siège, comme une circonscription urbaine.`,
  none: 'Il n’y a pas de carte des circonscriptions pour cette élection.',
  failed: 'La carte des circonscriptions n’a pas pu être chargée.',
  inset: (city) => `${city}, agrandi`,
  locator: (riding, region) => `Emplacement de ${riding}, ${region}`,
  description: (f, n) =>
    `${f.count(n)} circonscriptions, chacune de la couleur du parti qui l’a remportée. Les flèches passent d’une circonscription à sa voisine${NBSP}; Entrée l’ouvre.`,
};

export const MAP_WORDS = { en, fr };
