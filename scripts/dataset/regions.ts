/**
 * Canada's provinces and territories, in Elections Canada's order. The first
 * two digits of a federal district number are the province code.
 */

export interface RegionInfo {
  id: string;
  code: string;
  name: { en: string; fr: string };
  /** Canadian Press abbreviations (English) and the usual French ones. */
  abbreviation: { en: string; fr: string };
}

export const REGIONS: readonly RegionInfo[] = [
  {
    id: 'nl',
    code: '10',
    name: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' },
    abbreviation: { en: 'N.L.', fr: 'T.-N.-L.' },
  },
  {
    id: 'pe',
    code: '11',
    name: { en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard' },
    abbreviation: { en: 'P.E.I.', fr: 'Î.-P.-É.' },
  },
  { id: 'ns', code: '12', name: { en: 'Nova Scotia', fr: 'Nouvelle-Écosse' }, abbreviation: { en: 'N.S.', fr: 'N.-É.' } },
  { id: 'nb', code: '13', name: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' }, abbreviation: { en: 'N.B.', fr: 'N.-B.' } },
  { id: 'qc', code: '24', name: { en: 'Quebec', fr: 'Québec' }, abbreviation: { en: 'Que.', fr: 'Qc' } },
  { id: 'on', code: '35', name: { en: 'Ontario', fr: 'Ontario' }, abbreviation: { en: 'Ont.', fr: 'Ont.' } },
  { id: 'mb', code: '46', name: { en: 'Manitoba', fr: 'Manitoba' }, abbreviation: { en: 'Man.', fr: 'Man.' } },
  { id: 'sk', code: '47', name: { en: 'Saskatchewan', fr: 'Saskatchewan' }, abbreviation: { en: 'Sask.', fr: 'Sask.' } },
  { id: 'ab', code: '48', name: { en: 'Alberta', fr: 'Alberta' }, abbreviation: { en: 'Alta.', fr: 'Alb.' } },
  { id: 'bc', code: '59', name: { en: 'British Columbia', fr: 'Colombie-Britannique' }, abbreviation: { en: 'B.C.', fr: 'C.-B.' } },
  { id: 'yt', code: '60', name: { en: 'Yukon', fr: 'Yukon' }, abbreviation: { en: 'Y.T.', fr: 'Yn' } },
  {
    id: 'nt',
    code: '61',
    name: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' },
    abbreviation: { en: 'N.W.T.', fr: 'T.N.-O.' },
  },
  { id: 'nu', code: '62', name: { en: 'Nunavut', fr: 'Nunavut' }, abbreviation: { en: 'Nvt.', fr: 'Nt' } },
];

export function regionOfDistrict(district: string): string {
  const region = REGIONS.find((r) => district.startsWith(r.code));
  if (!region) throw new Error(`District ${district}: no province has code ${district.slice(0, 2)}`);
  return region.id;
}
