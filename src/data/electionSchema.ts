/**
 * The one schema of an election dataset (`public/data/<election>.json`).
 * It validates the JSON at the boundary and is the source of every data type
 * the app uses. Structural checks live in the valibot schema; rules that span
 * fields (totals, references between parties and ridings) live in
 * `checkElectionConsistency`. `parseElection` runs both and throws one
 * `ElectionDataError` that names every bad path.
 */
import * as v from 'valibot';
import { LIVE_SECONDS } from '../liveSeconds.ts';
import { checkElectionConsistency } from './checkElectionConsistency.ts';
import { ElectionDataError, type DataIssue } from './ElectionDataError.ts';

/** Seat counts above this are refused as absurd; no legislature comes close. */
export const MAX_SEATS = 10_000;
const MAX_TEXT = 300;

const text = () =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`),
  );
const count = () =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number ≥ 0'),
    v.minValue(0, 'must be a whole number ≥ 0'),
  );
const share = () =>
  v.pipe(
    v.number('must be a number'),
    v.minValue(0, 'must be a fraction between 0 and 1'),
    v.maxValue(1, 'must be a fraction between 0 and 1'),
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
    v.string('must be text'),
    v.isoDate('must be a date YYYY-MM-DD'),
    v.check((s) => !v.ISO_DATE_REGEX.test(s) || dayExists(s), 'must be a date that exists'),
  );
/** A moment the browser can read, on a day that exists: valibot's isoTimestamp accepts forms Date cannot parse. */
const timestamp = () =>
  v.pipe(
    v.string('must be text'),
    v.isoTimestamp('must be an ISO timestamp'),
    v.check(
      (s) => !v.ISO_TIMESTAMP_REGEX.test(s) || (!Number.isNaN(Date.parse(s)) && dayExists(s.slice(0, 10))),
      'must be an ISO timestamp the browser can read, e.g. 2025-04-29T03:00:00Z',
    ),
  );
const id = () =>
  v.pipe(
    v.string('must be text'),
    v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a lowercase id (a–z, 0–9, -)'),
  );

/** A name in each interface language; French falls back to English when absent. */
const LocalizedSchema = v.object({ en: text(), fr: v.optional(text()) });

const SourceSchema = v.object({
  title: text(),
  publisher: text(),
  licence: text(),
  url: v.optional(v.pipe(v.string('must be text'), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http or https URL'))),
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
  color: v.pipe(v.string('must be text'), v.regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour')),
  /** Position in the hemicycle, 0 = leftmost wedge. */
  seatOrder: count(),
  seats: count(),
  votes: count(),
  voteShare: share(),
});

const CandidateSchema = v.object({
  name: text(),
  party: id(),
  /** The affiliation as printed on the ballot, kept when `party` groups several (e.g. "other"). */
  affiliation: v.optional(LocalizedSchema),
  votes: count(),
});

const RidingSchema = v.object({
  id: v.pipe(v.string('must be text'), v.regex(/^[A-Za-z0-9-]{1,20}$/, 'must be a short code')),
  name: LocalizedSchema,
  region: id(),
  stage: v.picklist(['preliminary', 'validated', 'judicially-certified'], 'must be preliminary, validated or judicially-certified'),
  winner: id(),
  /** Winner's votes minus the runner-up's (the winner's votes when unopposed). */
  margin: count(),
  validVotes: count(),
  candidates: v.pipe(v.array(CandidateSchema, 'must be a list'), v.minLength(1, 'must list at least one candidate')),
  /** The previous election's winner here, transposed onto these boundaries where they changed. */
  previousWinner: v.optional(id()),
});

const PreviousPartySchema = v.object({ id: id(), seats: count(), votes: count(), voteShare: share() });

const PreviousSchema = v.object({
  name: LocalizedSchema,
  date: calendarDate(),
  /** True when the previous result was transposed onto the current ridings. */
  transposed: v.boolean('must be true or false'),
  parties: v.array(PreviousPartySchema, 'must be a list'),
});

export const ElectionSchema = v.object({
  id: id(),
  name: LocalizedSchema,
  legislature: LocalizedSchema,
  date: calendarDate(),
  totalSeats: v.pipe(
    v.number('must be a number'),
    v.integer(`must be a whole number from 1 to ${MAX_SEATS}`),
    v.minValue(1, `must be a whole number from 1 to ${MAX_SEATS}`),
    v.maxValue(MAX_SEATS, `must be a whole number from 1 to ${MAX_SEATS}`),
  ),
  totalVotes: count(),
  /** ISO timestamp of the data, shown as "last updated". */
  updated: v.optional(timestamp()),
  /** Refetch interval in seconds while results are still coming in. */
  live: v.optional(
    v.pipe(
      count(),
      v.minValue(LIVE_SECONDS.min, `must be from ${LIVE_SECONDS.min} to ${LIVE_SECONDS.max} seconds`),
      v.maxValue(LIVE_SECONDS.max, `must be from ${LIVE_SECONDS.min} to ${LIVE_SECONDS.max} seconds`),
    ),
  ),
  sources: v.pipe(v.array(SourceSchema, 'must be a list'), v.minLength(1, 'must name at least one source')),
  regions: v.array(RegionSchema, 'must be a list'),
  parties: v.pipe(v.array(PartySchema, 'must be a list'), v.minLength(1, 'must list at least one party')),
  ridings: v.array(RidingSchema, 'must be a list'),
  previous: v.optional(PreviousSchema),
});

export type Election = v.InferOutput<typeof ElectionSchema>;
export type Party = Election['parties'][number];
export type Riding = Election['ridings'][number];
export type Candidate = Riding['candidates'][number];
export type Region = Election['regions'][number];
export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type ResultStage = Riding['stage'];

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function toDataIssue(issue: v.BaseIssue<unknown>): DataIssue {
  // valibot reports an absent key with its own wording; say it plainly.
  if (issue.kind === 'schema' && issue.received === 'undefined') return { path: pathOf(issue), message: 'is missing' };
  return { path: pathOf(issue), message: issue.message, received: issue.received };
}

/** Validates unknown JSON as an election, or throws an ElectionDataError naming each bad path. */
export function parseElection(json: unknown): Election {
  const result = v.safeParse(ElectionSchema, json);
  if (!result.success) throw new ElectionDataError(result.issues.map(toDataIssue));
  const problems = checkElectionConsistency(result.output);
  if (problems.length > 0) throw new ElectionDataError(problems);
  return result.output;
}
