/**
 * The parties of the 2025 dataset: ids, names, colours and seating order, and
 * how Elections Canada's affiliation labels map onto them. Parties that ran a
 * national campaign with seats or notable votes get their own entry; every
 * other affiliation and independents are grouped as "other".
 */

export interface PartyInfo {
  id: string;
  name: { en: string; fr: string };
  shortName: { en: string; fr: string };
  /** Brand colour of the party, as used by Canadian newsrooms. */
  color: string;
  /** Left to right on the political spectrum, as the hemicycle seats them. */
  seatOrder: number;
}

export const OTHER = 'other';

export const PARTIES: readonly PartyInfo[] = [
  {
    id: 'lpc',
    name: { en: 'Liberal Party of Canada', fr: 'Parti libéral du Canada' },
    shortName: { en: 'Liberal', fr: 'Libéral' },
    color: '#d71920',
    seatOrder: 2,
  },
  {
    id: 'cpc',
    name: { en: 'Conservative Party of Canada', fr: 'Parti conservateur du Canada' },
    shortName: { en: 'Conservative', fr: 'Conservateur' },
    color: '#1a4782',
    seatOrder: 4,
  },
  { id: 'bq', name: { en: 'Bloc Québécois', fr: 'Bloc Québécois' }, shortName: { en: 'Bloc', fr: 'Bloc' }, color: '#33b2cc', seatOrder: 3 },
  {
    id: 'ndp',
    name: { en: 'New Democratic Party', fr: 'Nouveau Parti démocratique' },
    shortName: { en: 'NDP', fr: 'NPD' },
    color: '#f37021',
    seatOrder: 0,
  },
  {
    id: 'gpc',
    name: { en: 'Green Party of Canada', fr: 'Parti vert du Canada' },
    shortName: { en: 'Green', fr: 'Vert' },
    color: '#3d9b35',
    seatOrder: 1,
  },
  {
    id: 'ppc',
    name: { en: "People's Party of Canada", fr: 'Parti populaire du Canada' },
    shortName: { en: 'PPC', fr: 'PPC' },
    color: '#442d7b',
    seatOrder: 5,
  },
  {
    id: OTHER,
    name: { en: 'Other parties and independents', fr: 'Autres partis et indépendants' },
    shortName: { en: 'Other', fr: 'Autres' },
    color: '#7a7a7a',
    seatOrder: 6,
  },
];

/** Elections Canada's English affiliation labels (2025 export) for the parties listed above. */
const AFFILIATIONS: Record<string, string> = {
  Liberal: 'lpc',
  Conservative: 'cpc',
  'Bloc Québécois': 'bq',
  'NDP-New Democratic Party': 'ndp',
  'Green Party': 'gpc',
  "People's Party - PPC": 'ppc',
};

export function partyOfAffiliation(affiliationEn: string): string {
  return AFFILIATIONS[affiliationEn] ?? OTHER;
}

/** Party codes of the 2021 transposition file. */
const TRANSPOSITION_CODES: Record<string, string> = { LPC: 'lpc', CPC: 'cpc', BQ: 'bq', NDP: 'ndp', GPC: 'gpc', PPC: 'ppc' };

export function partyOfTranspositionCode(code: string): string {
  return TRANSPOSITION_CODES[code] ?? OTHER;
}
