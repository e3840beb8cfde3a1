/**
 * The cities the geographic map enlarges, where ridings are too small to see or touch at the country's scale
 * (#16 names Toronto, Montreal, Vancouver, Ottawa–Gatineau, Calgary and Edmonton). Each inset is the ridings
 * whose centre lies within `radiusKm` of a central riding's centre: a rule rather than a list, so a new
 * redistribution keeps working. Radii were chosen by counting (2023 Representation Order): Toronto 30 km, 34
 * ridings; Montreal 40 km, 35 (the north and south shores too: Terrebonne, the night's one-vote race, is 31 km
 * out); Vancouver 25 km, 15; Ottawa–Gatineau, Calgary and Edmonton 20 km, 9–11 each; Quebec City 20 km, 5.
 * Written into the map file, so the app draws whatever insets a map file names.
 */
export interface CityInset {
  id: string;
  name: { en: string; fr: string };
  /** The riding at the middle of the city. */
  centre: string;
  radiusKm: number;
}

export const CITY_INSETS: CityInset[] = [
  { id: 'toronto', name: { en: 'Toronto', fr: 'Toronto' }, centre: '35109', radiusKm: 30 },
  { id: 'montreal', name: { en: 'Montreal', fr: 'Montréal' }, centre: '24077', radiusKm: 40 },
  { id: 'vancouver', name: { en: 'Vancouver', fr: 'Vancouver' }, centre: '59035', radiusKm: 25 },
  { id: 'ottawa', name: { en: 'Ottawa–Gatineau', fr: 'Ottawa–Gatineau' }, centre: '35079', radiusKm: 20 },
  { id: 'calgary', name: { en: 'Calgary', fr: 'Calgary' }, centre: '48004', radiusKm: 20 },
  { id: 'edmonton', name: { en: 'Edmonton', fr: 'Edmonton' }, centre: '48015', radiusKm: 20 },
  { id: 'quebec', name: { en: 'Quebec City', fr: 'Québec' }, centre: '24059', radiusKm: 20 },
];
