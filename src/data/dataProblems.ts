/**
 * Every problem a dataset can have, by key, with its words in English: the schema and the consistency checks
 * report keys (and the figures that go with them), and each language's catalogue says them (`t.dataProblems`;
 * the French ones are i18n/dataProblemsFr.ts), so a reader is told what is wrong in their own language.
 */
import type { DataIssue } from './ElectionDataError.ts';
type Values = Readonly<Record<string, string | number>>;

export const DATA_PROBLEMS_EN = {
  missing: () => 'is missing',
  wrongType: (v: Values) => `has the wrong kind of value (${v.expected} expected)`,
  text: () => 'must be text',
  notEmpty: () => 'must not be empty',
  tooLong: (v: Values) => `must be at most ${v.max} characters`,
  seatCount: (v: Values) => `must be a whole number from 1 to ${v.max}`,
  number: () => 'must be a number',
  wholeNumber: () => 'must be a whole number ≥ 0',
  fraction: () => 'must be a fraction between 0 and 1',
  date: () => 'must be a date YYYY-MM-DD',
  realDate: () => 'must be a date that exists',
  timestamp: () => 'must be an ISO timestamp',
  readableTimestamp: () => 'must be an ISO timestamp the browser can read, e.g. 2025-04-29T03:00:00Z',
  id: () => 'must be a lowercase id (a–z, 0–9, -)',
  url: () => 'must be a URL',
  httpUrl: () => 'must be an http or https URL',
  colour: () => 'must be a #rrggbb colour',
  shortCode: () => 'must be a short code',
  stage: () => 'must be preliminary, validated or judicially-certified',
  origin: () => 'must be builder, when given',
  status: () => 'must be none or leading (or be left out once the seat is declared)',
  list: () => 'must be a list',
  oneCandidate: () => 'must list at least one candidate',
  oneParty: () => 'must list at least one party',
  boolean: () => 'must be true or false',
  repeatedId: () => 'repeats an id used earlier',
  unknownParty: () => 'names a party that is not in parties',
  unknownRegion: () => 'names a region that is not in regions',
  winnerDisagrees: (v: Values) => `disagrees with the candidate with most votes (${v.leader})`,
  marginDisagrees: (v: Values) => `disagrees with the candidates' votes (${v.margin})`,
  validVotesDisagree: (v: Values) => `disagrees with the sum of candidates' votes (${v.sum})`,
  seatsSum: (v: Values) => `seats add up to ${v.sum}, not totalSeats (${v.total})`,
  majorityOverTotal: (v: Values) => `is more seats than the House has (${v.total})`,
  ridingsCount: (v: Values) => `has ${v.count} ridings, not totalSeats (${v.total})`,
  partySeatsDisagree: (v: Values) => `disagrees with the ridings it won (${v.won})`,
  previousSeatsDisagree: (v: Values) => `disagrees with the ridings whose previous winner it is (${v.held})`,
  partyLeadingDisagree: (v: Values) => `disagrees with the ridings it leads (${v.leading})`,
  pollsExceed: (v: Values) => `is more than the riding's polls (${v.total})`,
  noResultWinner: () => 'must be left out while no result is in (status none)',
  noResultVotes: (v: Values) => `says no result is in, but the candidates have ${v.sum} votes`,
  noVotesWinner: () => 'names a party ahead, but no candidate has a vote yet',
  totalVotesShort: (v: Values) => `is less than the parties' votes (${v.sum})`,
  seatOrder: (v: Values) => `seatOrder must number the parties 0 to ${v.last}, each once`,
} satisfies Record<string, (v: Values) => string>;

export type DataProblemKey = keyof typeof DATA_PROBLEMS_EN;
export type DataProblemTexts = Readonly<Record<DataProblemKey, (v: Values) => string>>;

export interface DataProblem {
  key: DataProblemKey;
  values?: Values;
}

/** A problem in the words of a language. */
const describeProblem = (texts: DataProblemTexts, { key, values = {} }: DataProblem): string => texts[key](values);

export const dataGotEn = (received: string) => `, got ${received}`;

/** An issue in words: where, what is wrong, and what was found there; English unless a language's texts are given. */
export function formatDataIssue(
  { path, problem, received }: DataIssue,
  texts: DataProblemTexts = DATA_PROBLEMS_EN,
  got: (received: string) => string = dataGotEn,
): string {
  return `${path} ${describeProblem(texts, problem)}${received === undefined ? '' : got(received)}`;
}
