/**
 * npm run data: turns the raw public files in data/canada-2025/raw/ into
 * public/data/canada-2025.json (and the 2021 election on its own ridings,
 * public/data/canada-2021.json, and 2019 by party only, public/data/canada-2019.json), checked against the official totals and the
 * app's own schema before anything is written; then the riding map,
 * public/data/canada-2025-ridings.topo.json (scripts/geo/buildRidingMap.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ELECTION_INDEX_FILE } from '../src/data/electionIndex.ts';
import { fileURLToPath } from 'node:url';
import { electionJsonText } from '../src/data/electionJson.ts';
import { parseElection } from '../src/data/electionSchema.ts';
import type { Election } from '../src/data/electionSchema.ts';
import { assembleElection, type ElectionMeta } from './dataset/assembleElection.ts';
import { buildCanada2021 } from './dataset/buildCanada2021.ts';
import { buildCanada2019 } from './dataset/buildSeatsOnly.ts';
import { checkSameDistricts, checkSeatTotals } from './dataset/checkTotals.ts';
import { finalRowsByDistrict, readCandidatesTsv } from './dataset/readCandidatesTsv.ts';
import { readTransposed2021 } from './dataset/transposed2021.ts';
import { buildRidingMap } from './geo/buildRidingMap.ts';

const RAW = new URL('../data/canada-2025/raw/', import.meta.url);
const OUT_DIR = new URL('../public/data/', import.meta.url);
const CANDIDATES_FILE = 'ca_ge45_preliminary_candidates_2025-06-13.tsv';
const TRANSPOSITION_FILE = '2021_riding_vote_redistributed_ElectionsCanada.json';

/** The published results the build must reproduce (Elections Canada; see SOURCES.md). */
export const EXPECTED = {
  districts: 343,
  seats2025: { lpc: 169, cpc: 144, bq: 22, ndp: 7, gpc: 1 },
  seats2021Transposed: { lpc: 157, cpc: 126, bq: 34, ndp: 24, gpc: 2 },
};

const META: ElectionMeta = {
  id: 'canada-2025',
  name: { en: '2025 Canadian federal election', fr: 'Élection fédérale canadienne de 2025' },
  date: '2025-04-28',
  // The export says it was refreshed on 13 June 2025 at 15:56 ET (UTC−4).
  updated: '2025-06-13T19:56:00Z',
  sources: [
    {
      title: 'Official results by electoral district and candidate, 45th general election (results export of 13 June 2025)',
      publisher: 'Elections Canada, via PartialShawn/canadian-election-data-processing',
      licence: 'Open Government Licence – Canada (data); Apache-2.0 (repository)',
      url: 'https://github.com/PartialShawn/canadian-election-data-processing',
      files: [CANDIDATES_FILE],
    },
    {
      title: 'Transposition of votes from the 44th general election (2021) to the 2023 representation order',
      publisher: 'Elections Canada, via ThreeFortyThree-Canada/elections-canada-mcp-server',
      licence: 'Open Government Licence – Canada (data); MIT (repository)',
      url: 'https://github.com/ThreeFortyThree-Canada/elections-canada-mcp-server',
      files: [TRANSPOSITION_FILE],
    },
  ],
};

export function buildCanada2025(rawDir: URL = RAW) {
  const rows = readCandidatesTsv(readFileSync(new URL(CANDIDATES_FILE, rawDir), 'utf8'));
  const finalRows = finalRowsByDistrict(rows);
  const previous = readTransposed2021(JSON.parse(readFileSync(new URL(TRANSPOSITION_FILE, rawDir), 'utf8')));

  const districts = new Set(finalRows.keys());
  checkSameDistricts('2025 results', districts, districts, EXPECTED.districts);
  checkSameDistricts('2021 transposition', previous.winners.keys(), districts, EXPECTED.districts);
  checkSeatTotals('2021 transposed', previous.winners.values(), EXPECTED.seats2021Transposed);

  const election = assembleElection(finalRows, META, {
    name: { en: '2021 (transposed)', fr: '2021 (transposé)' },
    date: '2021-09-20',
    result: previous,
  });
  checkSeatTotals(
    '2025',
    election.ridings.map((r) => r.winner),
    EXPECTED.seats2025,
  );
  return parseElection(election);
}

/** The list of elections (src/data/electionIndex.ts), newest first: what an address naming no election offers. */
export function electionIndexText(elections: readonly Election[]): string {
  const list = [...elections].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map(({ id, name, date }) => ({ id, name, date }));
  return `${JSON.stringify({ elections: list }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const elections = [buildCanada2025(), buildCanada2021(RAW), buildCanada2019()];
  const index = new URL(ELECTION_INDEX_FILE, OUT_DIR);
  writeFileSync(index, electionIndexText(elections));
  console.log(`Wrote ${fileURLToPath(index)}: ${elections.map((e) => e.id).join(', ')}`);
  for (const election of elections) {
    const out = new URL(`${election.id}.json`, OUT_DIR);
    const text = electionJsonText(election);
    writeFileSync(out, text);
    const seats = election.parties.map((p) => `${p.id} ${p.seats}`).join(', ');
    console.log(`Wrote ${fileURLToPath(out)}: ${election.ridings.length} ridings; ${seats}; ${text.length} bytes`);
  }
  buildRidingMap();
}
