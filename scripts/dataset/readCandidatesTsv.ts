/**
 * Reads Elections Canada's results export (`EventResults.txt` format, saved as
 * TSV): one row per candidate per stage of the count. Line 1 is a title, line 2
 * the header, and the last lines are footnotes whose first column is not a
 * district number. CRLF line ends.
 */

type Stage = 'preliminary' | 'validated' | 'judicially-certified';

export interface CandidateRow {
  district: string;
  nameEn: string;
  nameFr: string;
  stage: Stage;
  candidate: string;
  affiliationEn: string;
  affiliationFr: string;
  votes: number;
}

const STAGES: Record<string, Stage> = {
  preliminary: 'preliminary',
  validated: 'validated',
  'judicially certified': 'judicially-certified',
};

/** Given, middle and family names in reading order, skipping empty parts. */
export function candidateName(given: string, middle: string, surname: string): string {
  return [given, middle, surname]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

/** A count in the file: a whole number, written. */
export function wholeNumber(text: string | undefined): number | undefined {
  const n = Number((text ?? '').trim());
  return (text ?? '').trim() === '' || !Number.isInteger(n) || n < 0 ? undefined : n;
}

/**
 * One candidate row's cells, read: the dataset build and the election-night ingest read the same rows. `fail`
 * says what is wrong with it; the caller says where (a district, a line) and how loudly.
 */
export function candidateRow(cells: readonly string[], fail: (problem: string) => never): CandidateRow {
  const [district, nameEn, nameFr, stageText, , surname, middle, given, affEn, affFr, votes] = cells;
  const stage = STAGES[(stageText ?? '').trim()] ?? fail(`unknown result type "${stageText ?? ''}"`);
  return {
    district: (district ?? '').trim(),
    nameEn: (nameEn ?? '').trim(),
    nameFr: (nameFr ?? '').trim(),
    stage,
    candidate: candidateName(given ?? '', middle ?? '', surname ?? ''),
    affiliationEn: (affEn ?? '').trim(),
    affiliationFr: (affFr ?? '').trim(),
    votes: wholeNumber(votes) ?? fail(`votes "${votes ?? ''}" is not a whole number`),
  };
}

export function readCandidatesTsv(text: string): CandidateRow[] {
  const rows: CandidateRow[] = [];
  for (const line of text.split(/\r?\n/).slice(2)) {
    const cells = line.split('\t');
    const district = (cells[0] ?? '').trim();
    if (!/^\d{5}$/.test(district)) continue; // footnotes and blank lines
    rows.push(
      candidateRow(cells, (problem) => {
        throw new Error(`District ${district}: ${problem}`);
      }),
    );
  }
  return rows;
}

const STAGE_RANK: Record<Stage, number> = { preliminary: 0, validated: 1, 'judicially-certified': 2 };

/**
 * The final count of each district: judicially certified rows where a recount
 * happened, validated rows otherwise (never the election-night preliminary ones
 * when a later stage exists). Districts keep their order of first appearance.
 */
export function finalRowsByDistrict<R extends CandidateRow>(rows: readonly R[]): Map<string, R[]> {
  const best = new Map<string, Stage>();
  for (const row of rows) {
    const current = best.get(row.district);
    if (!current || STAGE_RANK[row.stage] > STAGE_RANK[current]) best.set(row.district, row.stage);
  }
  const byDistrict = new Map<string, R[]>();
  for (const row of rows) {
    if (row.stage !== best.get(row.district)) continue;
    const list = byDistrict.get(row.district);
    if (list) list.push(row);
    else byDistrict.set(row.district, [row]);
  }
  return byDistrict;
}
