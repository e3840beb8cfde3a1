/**
 * A table of parties pasted from a spreadsheet or a web page, read for the builder (`/make`): its rows split on
 * tabs, semicolons or commas (d3-dsv: a quoted name keeps its commas), its columns recognised by their header
 * (English or French) or, without one, by what they hold, and every row that could not be read said with its
 * line and what is wrong. Pure: the builder shows what was read, and nothing typed is lost.
 */
import { dsvFormat } from 'd3-dsv';

export type ColumnKind = 'name' | 'shortName' | 'seats' | 'color' | 'votes' | 'voteShare';

export interface TableParty {
  /** Its line in the pasted text, from 1: what a message points to. */
  line: number;
  name: string;
  shortName?: string;
  seats: number;
  /** `#rrggbb`, lower case. */
  color?: string;
  votes?: number;
  /** A fraction of 1. */
  voteShare?: number;
}

export type TableProblem =
  | { key: 'empty' }
  | { key: 'noSeatsColumn' }
  | {
      key: 'seatsMissing' | 'seatsNotWhole' | 'seatsNegative' | 'nameMissing' | 'colourInvalid' | 'numberInvalid';
      line: number;
      column: ColumnKind;
    }
  | { key: 'nameRepeated'; line: number; column: 'name'; first: number };

export interface ReadTable {
  delimiter: '\t' | ';' | ',';
  /** The first line named the columns. */
  header: boolean;
  /** What each column was read as (undefined: left out). */
  columns: (ColumnKind | undefined)[];
  /** The rows read whole, in the table's order. */
  parties: TableParty[];
  problems: TableProblem[];
}

/** Header words, lower case without accents: the first match names a column. */
const HEADERS: readonly [ColumnKind, RegExp][] = [
  ['voteShare', /(%|share|percent|pourcent|part des voix|pct)/],
  ['votes', /^(votes?|voix|ballots|suffrages)$/],
  ['seats', /(seats?|sieges?|elected|elus?|mps|deputes|mandates|sitze)/],
  ['color', /(colou?r|couleur|hex)/],
  ['shortName', /(short|abbr|sigle|acronym|code)/],
  ['name', /(party|parti|name|nom|group|liste)/],
];

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** The delimiter of the first line: a tab from a spreadsheet, else the more frequent of semicolons and commas outside quotes. */
function delimiterOf(text: string): ReadTable['delimiter'] {
  const first = (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  if (first.includes('\t')) return '\t';
  const count = (c: string) => first.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const COLOUR = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;
const SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * A number as a table writes it: "1 234", "1,234", "33.1", "33,1 %" (a decimal comma where commas do not part
 * the cells). NaN when it is not one.
 */
export function readNumber(cell: string, decimalComma: boolean): number {
  let text = cell.replace(SPACES, '').replace(/%$/, '');
  if (text === '') return Number.NaN;
  if (decimalComma) text = text.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  else text = text.replace(/,(?=\d{3}(\D|$))/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

/** A percentage as a fraction of 1, to six places of the percentage: 43.8 % is 0.438, not 43.8 / 100 = 0.43799999999999994. */
export const fractionOfPercent = (percent: number): number => Math.round(percent * 1e6) / 1e8;

/** What a column holds, judged from its cells when no header names it. */
function guessColumns(rows: readonly string[][], width: number, decimalComma: boolean): (ColumnKind | undefined)[] {
  // Each column's filled cells, and their numbers (NaN where a cell is not one), read once.
  const columns = Array.from({ length: width }, (_, i) => rows.map((row) => (row[i] ?? '').trim()).filter((cell) => cell !== ''));
  const numbers = columns.map((cells) => cells.map((cell) => readNumber(cell, decimalComma)));
  const kinds: (ColumnKind | undefined)[] = columns.map((cells, i) => {
    if (cells.length === 0) return undefined;
    if (cells.every((cell) => COLOUR.test(cell))) return 'color';
    if (numbers[i]!.some(Number.isNaN)) return undefined;
    return cells.some((cell) => cell.includes('%')) || numbers[i]!.some((n) => !Number.isInteger(n)) ? 'voteShare' : 'votes';
  });
  // Of the whole-number columns, the smallest is the seats and the largest the votes (any other is left out).
  const total = (i: number) => numbers[i]!.reduce((sum, n) => sum + n, 0);
  const [seats, votes, ...others] = kinds.flatMap((kind, i) => (kind === 'votes' ? [i] : [])).sort((a, b) => total(a) - total(b));
  for (const i of others) kinds[i] = undefined;
  if (seats !== undefined) kinds[seats] = 'seats';
  if (votes !== undefined) kinds[votes] = 'votes';
  // The text columns: the longer of the first two is the name, the shorter the short name.
  const length = (i: number) => columns[i]!.reduce((sum, cell) => sum + cell.length, 0) / columns[i]!.length;
  const [first, second] = kinds.flatMap((kind, i) => (kind === undefined && columns[i]!.length > 0 ? [i] : []));
  if (first !== undefined && second !== undefined && length(second) > length(first)) [kinds[second], kinds[first]] = ['name', 'shortName'];
  else {
    if (first !== undefined) kinds[first] = 'name';
    if (second !== undefined) kinds[second] = 'shortName';
  }
  return kinds;
}

export function readTable(text: string): ReadTable {
  const delimiter = delimiterOf(text);
  const lines = dsvFormat(delimiter)
    .parseRows(text.replace(/\r\n?/g, '\n'))
    .map((cells, i) => ({ line: i + 1, cells: cells.map(withoutNote) }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const empty: ReadTable = { delimiter, header: false, columns: [], parties: [], problems: [{ key: 'empty' }] };
  if (lines.length === 0) return empty;
  const width = Math.max(...lines.map(({ cells }) => cells.length));
  // Commas part the cells, or are the decimal marks of a table parted by tabs or semicolons.
  const decimalComma = delimiter !== ',' && lines.some(({ cells }) => cells.some((cell) => /\d,\d{1,2}(\D|$)/.test(cell)));
  // A first line that names a column is a header.
  const named = lines[0]!.cells.map((cell) => HEADERS.find(([, words]) => words.test(plain(cell)))?.[0]);
  const header = named.some((kind) => kind !== undefined) && lines[0]!.cells.every((cell) => Number.isNaN(readNumber(cell, decimalComma)));
  // A web page's table often opens its rows with a cell of the party's colour, under a header that spans it: those
  // rows are read from their first cell under the header's.
  const body = (header ? lines.slice(1) : lines).map(({ line, cells }) => {
    let extra = header ? cells.length - lines[0]!.cells.length : 0;
    let from = 0;
    while (extra-- > 0 && (cells[from] ?? '').trim() === '') from++;
    return { line, cells: cells.slice(from) };
  });
  const columns = header
    ? named
    : guessColumns(
        body.map((l) => l.cells),
        width,
        decimalComma,
      );
  if (body.length === 0) return { ...empty, header, columns };
  if (!columns.includes('seats')) return { delimiter, header, columns, parties: [], problems: [{ key: 'noSeatsColumn' }] };

  const problems: TableProblem[] = [];
  const parties: TableParty[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of body) {
    const cell = (kind: ColumnKind) => {
      const i = columns.indexOf(kind);
      return i < 0 ? undefined : (cells[i] ?? '').trim();
    };
    const number = (kind: ColumnKind) => {
      const raw = cell(kind);
      if (raw === undefined || raw === '') return undefined;
      const n = readNumber(raw, decimalComma);
      if (Number.isNaN(n)) problems.push({ key: 'numberInvalid', line, column: kind });
      return n;
    };
    const rowProblems = problems.length;
    const name = cell('name') ?? '';
    if (name === '') problems.push({ key: 'nameMissing', line, column: 'name' });
    const seats = number('seats');
    if (seats === undefined) problems.push({ key: 'seatsMissing', line, column: 'seats' });
    else if (seats < 0) problems.push({ key: 'seatsNegative', line, column: 'seats' });
    else if (!Number.isNaN(seats) && !Number.isInteger(seats)) problems.push({ key: 'seatsNotWhole', line, column: 'seats' });
    const colour = cell('color');
    if (colour && !COLOUR.test(colour)) problems.push({ key: 'colourInvalid', line, column: 'color' });
    const votes = number('votes');
    const share = number('voteShare');
    const key = plain(name);
    const first = firstLine.get(key);
    if (name !== '' && first !== undefined) problems.push({ key: 'nameRepeated', line, column: 'name', first });
    if (name !== '' && first === undefined) firstLine.set(key, line);
    if (problems.length > rowProblems) continue;
    const short = cell('shortName');
    const shareRead = share === undefined ? undefined : share > 1 || cell('voteShare')!.includes('%') ? fractionOfPercent(share) : share;
    parties.push({
      line,
      name,
      seats: seats!,
      ...(short ? { shortName: short } : {}),
      ...(colour ? { color: hexOf(colour) } : {}),
      ...(votes === undefined ? {} : { votes }),
      ...(shareRead === undefined ? {} : { voteShare: shareRead }),
    });
  }
  return { delimiter, header, columns, parties, problems };
}

/** A cell without the note marks web pages put after a figure or a name: "144[a]", "Liberal[1]", "22*". */
const withoutNote = (cell: string) => cell.replace(/\[[^\]]{1,12}\]/g, '').replace(/[*†‡]+\s*$/, '');

/** `#rrggbb` in lower case, from `rrggbb`, `#rgb` or `#RRGGBB`. */
function hexOf(colour: string): string {
  const digits = colour.replace('#', '').toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}
