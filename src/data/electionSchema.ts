/**
 * The one schema of an election dataset (`public/data/<election>.json`).
 * It validates the JSON at the boundary and is the source of every data type
 * the app uses. Structural checks live in the valibot schema; rules that span
 * fields (totals, references between parties and ridings) live in
 * `checkElectionConsistency`. `parseElection` runs both and throws one
 * `ElectionDataError` that names every bad path.
 */
import * as v from 'valibot';
import { ID_PATTERN } from '../idPattern.ts';
import { checkElectionConsistency } from './checkElectionConsistency.ts';
import type { DataProblemKey } from './dataProblems.ts';
import { ElectionDataError, type DataIssue } from './ElectionDataError.ts';

/** Seat counts above this are refused as absurd; no legislature comes close. */
const MAX_SEATS = 10_000;
const MAX_TEXT = 300;

const text = () =>
  v.pipe(
    v.string('text'),
    // Checked before trimming, so a name of spaces is shown as it is.
    v.check((s) => s.trim() !== '', 'notEmpty'),
    v.trim(),
    v.maxLength(MAX_TEXT, 'tooLong'),
  );
const count = () =>
  v.pipe(
    v.number('number'),
    v.integer('wholeNumber'),
    v.minValue(0, 'wholeNumber'),
  );
const share = () =>
  v.pipe(
    v.number('number'),
    v.minValue(0, 'fraction'),
    v.maxValue(1, 'fraction'),
  );
/** Whether a YYYY-MM-DD day exists (Date rolls 2025-02-31 over to 3 March instead of refusing it). */
function dayExists(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

// valibot runs every check of a pipe even after one failed: the checks below pass what the
// format check already refused, so a bad value gets one message, and they never throw.

/** A calendar day that exists: valibot's isoDate alone lets 2025-02-31 through. */
const calendarDate = () =>
  v.pipe(
    v.string('text'),
    v.isoDate('date'),
    v.check((s) => !v.ISO_DATE_REGEX.test(s) || dayExists(s), 'realDate'),
  );
/** A moment the browser can read, on a day that exists: valibot's isoTimestamp accepts forms Date cannot parse. */
const timestamp = () =>
  v.pipe(
    v.string('text'),
    v.isoTimestamp('timestamp'),
    v.check(
      (s) => !v.ISO_TIMESTAMP_REGEX.test(s) || (!Number.isNaN(Date.parse(s)) && dayExists(s.slice(0, 10))),
      'readableTimestamp',
    ),
  );
const id = () =>
  v.pipe(
    v.string('text'),
    v.regex(ID_PATTERN, 'id'),
  );

/** A name in each interface language; French falls back to English when absent. */
const LocalizedSchema = v.object({ en: text(), fr: v.optional(text()) });

const SourceSchema = v.object({
  title: text(),
  publisher: text(),
  /** The licence the figures are published under, when the source names one (a builder's chart may not). */
  licence: v.optional(text()),
  url: v.optional(v.pipe(v.string('text'), v.url('url'), v.regex(/^https?:\/\//i, 'httpUrl'))),
  files: v.optional(v.array(text())),
});

const RegionSchema = v.object({
  id: id(),
  name: LocalizedSchema,
  abbreviation: LocalizedSchema,
});

const PartySchema = v.object({
  id: id(),
  name: LocalizedSchema,
  shortName: LocalizedSchema,
  color: v.pipe(v.string('text'), v.regex(/^#[0-9a-f]{6}$/i, 'colour')),
  /** Position in the hemicycle, 0 = leftmost wedge. */
  seatOrder: count(),
  /** Seats won (declared). On a night in progress, the ridings it leads are `leading`. */
  seats: count(),
  /** Ridings it leads where the count goes on (a night in progress); none when absent. */
  leading: v.optional(count()),
  /** Its votes and share of the vote, when the file gives them (a seats-only file may not). */
  votes: v.optional(count()),
  voteShare: v.optional(share()),
});

const CandidateSchema = v.object({
  name: text(),
  party: id(),
  /** The affiliation as printed on the ballot, kept when `party` groups several (e.g. "other"). */
  affiliation: v.optional(LocalizedSchema),
  votes: count(),
});

const RidingSchema = v.object({
  id: v.pipe(v.string('text'), v.regex(/^[A-Za-z0-9-]{1,20}$/, 'shortCode')),
  name: LocalizedSchema,
  region: id(),
  stage: v.picklist(['preliminary', 'validated', 'judicially-certified'], 'stage'),
  /**
   * A night in progress: `pending` no result yet (no winner), `leading` some polls in (`winner` is the party
   * ahead). Absent: declared, at `stage` (every final result).
   */
  status: v.optional(v.picklist(['pending', 'leading'], 'status')),
  /** Polls reporting, when known. */
  polls: v.optional(v.object({ reporting: count(), total: count() })),
  /** The party that won the seat, or leads it (`status: leading`); absent while no result is in. */
  winner: v.optional(id()),
  /** Winner's votes minus the runner-up's (the winner's votes when unopposed). */
  margin: count(),
  validVotes: count(),
  candidates: v.pipe(v.array(CandidateSchema, 'list'), v.minLength(1, 'oneCandidate')),
  /** The previous election's winner here, transposed onto these boundaries where they changed. */
  previousWinner: v.optional(id()),
});

const PreviousPartySchema = v.object({ id: id(), seats: count(), votes: v.optional(count()), voteShare: v.optional(share()) });

const PreviousSchema = v.object({
  name: LocalizedSchema,
  date: calendarDate(),
  /** True when the previous result was transposed onto the current ridings. */
  transposed: v.boolean('boolean'),
  parties: v.array(PreviousPartySchema, 'list'),
});

const ElectionSchema = v.object({
  id: id(),
  name: LocalizedSchema,
  legislature: LocalizedSchema,
  /** Polling day; a chart made in the builder may not give one. */
  date: v.optional(calendarDate()),
  totalSeats: v.pipe(
    v.number('number'),
    v.integer('seatCount'),
    v.minValue(1, 'seatCount'),
    v.maxValue(MAX_SEATS, 'seatCount'),
  ),
  /**
   * Seats needed to carry a vote, when the House's rule is not more than half (a two-thirds majority, a quorum of
   * a council). Absent: more than half, ⌊totalSeats / 2⌋ + 1.
   */
  majority: v.optional(v.pipe(v.number('number'), v.integer('seatCount'), v.minValue(1, 'seatCount'), v.maxValue(MAX_SEATS, 'seatCount'))),
  /** Seats with no member (a seat left empty, a by-election to come): no party's, drawn as empty seats. */
  vacant: v.optional(count()),
  /** Valid votes cast, when the file gives them. */
  totalVotes: v.optional(count()),
  /** ISO timestamp of the data, shown as "last updated". */
  updated: v.optional(timestamp()),
  /**
   * Refetch interval in seconds while results are still coming in (0: none). Outside 15–3,600 s a page refreshes
   * at the nearest bound and says so (core/livePolling): a valid file is drawn, not refused for its pace.
   */
  live: v.optional(count()),
  /** Where the figures come from: a chart made in the builder may not say. */
  sources: v.optional(v.array(SourceSchema, 'list'), []),
  /**
   * `builder`: made in Hemicycle's builder from figures its author typed (a chart's link, or its data file).
   * It is said wherever the chart is published (never taken for an official result), and its party names are
   * said as typed, without an article before them.
   */
  origin: v.optional(v.picklist(['builder'], 'origin')),
  /** What a reader should know about the figures, said under the chart and in its pictures. */
  notes: v.optional(LocalizedSchema),
  /** Who made the chart, said with the source (a chart made in the builder). */
  credit: v.optional(text()),
  /** The regions ridings belong to (provinces): none in a seats-only file. */
  regions: v.optional(v.array(RegionSchema, 'list'), []),
  parties: v.pipe(v.array(PartySchema, 'list'), v.minLength(1, 'oneParty')),
  /**
   * Every seat's riding, with its candidates and votes. A seats-only file (the parties' seats, as most tables of
   * a result give them) has none: what needs ridings (the map, search, riding pages, provinces) is then absent.
   */
  ridings: v.optional(v.array(RidingSchema, 'list'), []),
  previous: v.optional(PreviousSchema),
});

export type Election = v.InferOutput<typeof ElectionSchema>;
export type Party = Election['parties'][number];
export type Riding = Election['ridings'][number];
export type Candidate = Riding['candidates'][number];
export type Region = Election['regions'][number];
export type Localized = v.InferOutput<typeof LocalizedSchema>;
/** Where a riding's count stands: no result yet, a lead, or declared (elected, then validated, then judicially certified). */
export type RidingStatus = 'pending' | 'leading' | 'elected' | 'validated' | 'certified';

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** The figures a problem's words need, by key. */
const PROBLEM_VALUES: Partial<Record<DataProblemKey, Readonly<Record<string, number>>>> = {
  tooLong: { max: MAX_TEXT },
  seatCount: { max: MAX_SEATS },
};

function toDataIssue(issue: v.BaseIssue<unknown>): DataIssue {
  const path = pathOf(issue);
  // valibot reports an absent key with its own wording; say it plainly.
  if (issue.kind === 'schema' && issue.received === 'undefined') return { path, problem: { key: 'missing' } };
  // Our messages are problem keys (one word); valibot's own, for a schema left without one, are sentences: those
  // become what kind of value was expected.
  if (!/^[a-z][A-Za-z]*$/.test(issue.message)) return { path, problem: { key: 'wrongType', values: { expected: issue.expected ?? '?' } }, received: issue.received };
  const key = issue.message as DataProblemKey;
  const values = PROBLEM_VALUES[key];
  return { path, problem: values ? { key, values } : { key }, received: issue.received };
}

/** Validates unknown JSON as an election, or throws an ElectionDataError naming each bad path. */
export function parseElection(json: unknown): Election {
  const result = v.safeParse(ElectionSchema, json);
  if (!result.success) throw new ElectionDataError(result.issues.map(toDataIssue));
  const problems = checkElectionConsistency(result.output);
  if (problems.length > 0) throw new ElectionDataError(problems);
  return result.output;
}
