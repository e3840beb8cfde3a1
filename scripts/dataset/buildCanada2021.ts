/**
 * The 2021 federal election (44th general election) on its own 338 ridings,
 * from Elections Canada's Official Voting Results tables 11 and 12: a second,
 * independent dataset, opened in the app with `?election=canada-2021`.
 */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { parseElection } from '../../src/data/electionSchema.ts';
import { assembleElection, type ElectionMeta } from './assembleElection.ts';
import { checkSameDistricts, checkSeatTotals } from './checkTotals.ts';
import { partyOfAffiliation } from './parties.ts';
import { readOfficialCandidatesCsv, rowsByDistrict, splitCandidateCell } from './readOfficialCandidatesCsv.ts';

const CANDIDATES_2021_FILE = 'ca_ge44_table_tableau12.csv';
const DISTRICTS_2021_FILE = 'ca_ge44_table_tableau11.csv';

/** The published 2021 result (Elections Canada; see SOURCES.md). */
const EXPECTED_2021 = { districts: 338, seats: { lpc: 160, cpc: 119, bq: 32, ndp: 25, gpc: 2 } };

const META: ElectionMeta = {
  id: 'canada-2021',
  name: { en: '2021 Canadian federal election', fr: 'Élection fédérale canadienne de 2021' },
  date: '2021-09-20',
  // The official voting results tables carry no timestamp; this is polling day's close in Pacific time.
  updated: '2021-09-21T06:00:00Z',
  sources: [
    {
      title: 'Official voting results, 44th general election: tables 11 (results by electoral district) and 12 (results by candidate)',
      publisher: 'Elections Canada, via PartialShawn/canadian-election-data-processing',
      licence: 'Open Government Licence – Canada (data); Apache-2.0 (repository)',
      url: 'https://github.com/PartialShawn/canadian-election-data-processing',
      files: [CANDIDATES_2021_FILE, DISTRICTS_2021_FILE],
    },
  ],
};

/** District number → party id of the elected candidate, as table 11 names them. */
function readElectedCandidates(text: string): Map<string, string> {
  const [, ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const elected = new Map<string, string>();
  for (const cells of rows) {
    const district = cells[2];
    const cell = cells[12];
    if (!district || !cell) continue;
    elected.set(district, partyOfAffiliation(splitCandidateCell(cell).affiliationEn));
  }
  return elected;
}

export function buildCanada2021(rawDir: URL) {
  const rows = readOfficialCandidatesCsv(readFileSync(new URL(CANDIDATES_2021_FILE, rawDir), 'utf8'));
  const byDistrict = rowsByDistrict(rows);
  const elected = readElectedCandidates(readFileSync(new URL(DISTRICTS_2021_FILE, rawDir), 'utf8'));
  checkSameDistricts('2021 candidates (table 12)', byDistrict.keys(), new Set(elected.keys()), EXPECTED_2021.districts);

  const election = assembleElection(byDistrict, META);
  const disagree = election.ridings.filter((r) => elected.get(r.id) !== r.winner).map((r) => r.id);
  if (disagree.length > 0) throw new Error(`2021: most votes and table 11's elected candidate disagree in ${disagree.join(', ')}`);
  checkSeatTotals(
    '2021',
    election.ridings.map((r) => r.winner),
    EXPECTED_2021.seats,
  );
  return parseElection(election);
}
