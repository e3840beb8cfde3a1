/**
 * Elections Canada's results file (`EventResults.txt`: a title line, a bilingual header, one row per candidate
 * per stage of the count, footnotes) read strictly, for the election-night ingest: a column it does not know,
 * a row cut short or a file that stops before its footnotes is refused with a line that says where, so the
 * ingest keeps its last good file rather than publish half a night.
 *
 * Two columns may follow the official fourteen: polls reporting and the riding's polls, which the file itself
 * does not carry (the replay's source writes them). Without them a preliminary count is a lead until the
 * returning officer validates it: all the file can say.
 */
import { candidateRow, wholeNumber, type CandidateRow } from '../dataset/readCandidatesTsv.ts';

/** The header of the official file, column by column. */
const OFFICIAL_COLUMNS = [
  'Electoral district number - Numéro de la circonscription',
  'Electoral district name',
  'Nom de la circonscription',
  'Type of results*',
  'Type de résultats**',
  'Surname - Nom de famille',
  'Middle name(s) - Autre(s) prénom(s)',
  'Given name - Prénom',
  'Political affiliation',
  'Appartenance politique',
  'Votes obtained - Votes obtenus',
  '% Votes obtained - Votes obtenus %',
  'Rejected ballots - Bulletins rejetés***',
  'Total number of ballots cast - Nombre total de votes déposés',
] as const;

/** The two columns a source may add: polls reporting in the district, and its polls. */
export const POLL_COLUMNS = ['Polls reporting - Bureaux ayant fait rapport', 'Total polls - Nombre total de bureaux'] as const;

export interface NightRow extends CandidateRow {
  polls: { reporting: number; total: number } | undefined;
}

/** Thrown for a file that is not (or not all of) a results file: says what and where. */
export class EventResultsError extends Error {}

export function readEventResults(text: string): NightRow[] {
  if (text.trim() === '') throw new EventResultsError('the file is empty');
  if (/^\s*</.test(text)) throw new EventResultsError('the source sent a web page, not the results file');
  const lines = text.split(/\r?\n/);
  const header = (lines[1] ?? '').split('\t').map((cell) => cell.trim());
  OFFICIAL_COLUMNS.forEach((name, i) => {
    if (header[i] !== name) throw new EventResultsError(`line 2: column ${i + 1} is "${header[i] ?? ''}", not "${name}"`);
  });
  const extra = header.slice(OFFICIAL_COLUMNS.length).filter((cell) => cell !== '');
  const withPolls = extra.length > 0;
  if (withPolls && (extra.length !== 2 || extra.some((cell, i) => cell !== POLL_COLUMNS[i])))
    throw new EventResultsError(`line 2: unknown column "${extra.find((cell, i) => cell !== POLL_COLUMNS[i]) ?? extra[2]}"`);
  const width = OFFICIAL_COLUMNS.length + (withPolls ? 2 : 0);
  const rows: NightRow[] = [];
  let footnotes = false;
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    const district = (cells[0] ?? '').trim();
    if (!/^\d{5}$/.test(district)) {
      // The footnotes close the file: a row after them, or a file without them, was cut or mangled.
      if (line.startsWith('*')) footnotes = true;
      else throw new EventResultsError(`line ${i + 1}: "${district.slice(0, 40)}" is not a district number`);
      continue;
    }
    if (footnotes) throw new EventResultsError(`line ${i + 1}: a candidate row after the footnotes`);
    if (cells.length < width) throw new EventResultsError(`line ${i + 1}: cut short (${cells.length} of ${width} columns)`);
    const fail = (problem: string): never => {
      throw new EventResultsError(`line ${i + 1}: ${problem}`);
    };
    const count = (text: string | undefined, what: string) => wholeNumber(text) ?? fail(`${what} "${text ?? ''}" is not a whole number`);
    const row = candidateRow(cells, fail);
    rows.push({
      ...row,
      polls: withPolls ? { reporting: count(cells[14], 'polls reporting'), total: count(cells[15], 'total polls') } : undefined,
    });
  }
  if (!footnotes) throw new EventResultsError('the file stops before its footnotes: it was cut short');
  return rows;
}
