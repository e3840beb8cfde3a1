/**
 * Reads Elections Canada's Official Voting Results table 12 (`table_tableau12.csv`):
 * one row per candidate, bilingual headers, UTF-8 with a byte-order mark. The
 * candidate cell holds the name, an optional `**` (incumbent) and the ballot
 * affiliation as "English/French", e.g. "Ken McDonald ** Liberal/Libéral".
 * Riding names are "English/French" when the two differ.
 */
import { csvParseRows } from 'd3-dsv';
import type { CandidateRow } from './readCandidatesTsv.ts';

/** Ballot affiliations of GE44, French label → English label (the French label ends the cell). */
const AFFILIATIONS_2021: Record<string, string> = {
  Libéral: 'Liberal',
  Conservateur: 'Conservative',
  'NPD-Nouveau Parti démocratique': 'NDP-New Democratic Party',
  'Parti populaire - PPC': "People's Party - PPC",
  'Parti Vert': 'Green Party',
  'Bloc Québécois': 'Bloc Québécois',
  "Parti de l'Héritage Chrétien": 'Christian Heritage Party',
  'Indépendant(e)': 'Independent',
  Communiste: 'Communist',
  'Parti Rhinocéros Party': 'Parti Rhinocéros Party',
  'Marxiste-Léniniste': 'Marxist-Leninist',
  'Parti Libre Canada': 'Free Party Canada',
  Libertarien: 'Libertarian',
  'Parti Marijuana': 'Marijuana Party',
  "Pour l'Indépendance du Québec": "Pour l'Indépendance du Québec",
  CAC: 'VCP',
  'Parti Protection Animaux': 'Animal Protection Party',
  'Aucune appartenance': 'No Affiliation',
  'Parti Patriote': 'Parti Patriote',
  'QFC - Quatrième front du Canada': "CFF - Canada's Fourth Front",
  Centriste: 'Centrist',
  'Alliance Nationale Citoyens': 'National Citizens Alliance',
  Nationaliste: 'Nationalist',
  'Maverick Party': 'Maverick Party',
};

/** Splits "Name ** Affiliation/Affiliation" into the name and the two labels; throws on an unknown label. */
export function splitCandidateCell(cell: string): { candidate: string; affiliationEn: string; affiliationFr: string } {
  const slash = cell.lastIndexOf('/');
  const affiliationFr = cell.slice(slash + 1).trim();
  const affiliationEn = AFFILIATIONS_2021[affiliationFr];
  if (slash < 0 || !affiliationEn || !cell.slice(0, slash).endsWith(` ${affiliationEn}`)) {
    throw new Error(`Candidate "${cell}": unknown affiliation`);
  }
  const candidate = cell
    .slice(0, slash - affiliationEn.length)
    .replace(/\s*\*\*\s*$/, '')
    .trim();
  return { candidate, affiliationEn, affiliationFr };
}

/** "English/French", or one name for both languages. */
export function splitBilingual(cell: string): { en: string; fr: string } {
  const parts = cell.split('/');
  if (parts.length === 1) return { en: cell.trim(), fr: cell.trim() };
  if (parts.length !== 2) throw new Error(`Name "${cell}": expected "English/French"`);
  return { en: parts[0]!.trim(), fr: parts[1]!.trim() };
}

export function readOfficialCandidatesCsv(text: string): CandidateRow[] {
  const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  if (!header?.[2]?.startsWith('Electoral District Number')) throw new Error('Table 12: unexpected header');
  return rows
    .filter((cells) => cells.length > 1)
    .map(([, riding = '', district = '', cell = '', , , votes = '']) => {
      if (!/^\d{5}$/.test(district)) throw new Error(`Table 12: "${district}" is not a district number`);
      const count = Number(votes);
      if (!Number.isInteger(count) || count < 0) throw new Error(`District ${district}: votes "${votes}" is not a whole number`);
      const name = splitBilingual(riding);
      return { district, nameEn: name.en, nameFr: name.fr, stage: 'validated', ...splitCandidateCell(cell), votes: count };
    });
}

/** Rows grouped by district, in order of first appearance. */
export function rowsByDistrict(rows: readonly CandidateRow[]): Map<string, CandidateRow[]> {
  const out = new Map<string, CandidateRow[]>();
  for (const row of rows) out.set(row.district, [...(out.get(row.district) ?? []), row]);
  return out;
}
