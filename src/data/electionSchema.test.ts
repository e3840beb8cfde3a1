import { describe, expect, it } from 'vitest';
import { sampleElection, sampleNight } from '../test/sampleElection.ts';
import { formatDataIssue } from './dataProblems.ts';
import { ElectionDataError } from './ElectionDataError.ts';
import { DATA_PROBLEMS_FR, dataGotFr } from '../i18n/dataProblemsFr.ts';
import { parseElection } from './electionSchema.ts';

function problems(json: unknown): string[] {
  try {
    parseElection(json);
  } catch (error) {
    if (error instanceof ElectionDataError) return error.issues.map((issue) => formatDataIssue(issue));
    throw error;
  }
  return [];
}

const mutated = (change: (e: ReturnType<typeof sampleElection>) => void) => {
  const election = sampleElection();
  change(election);
  return JSON.parse(JSON.stringify(election)) as unknown;
};

describe('parseElection', () => {
  it('accepts a valid election and returns it typed', () => {
    const election = parseElection(JSON.parse(JSON.stringify(sampleElection())));
    expect(election.parties.map((p) => p.id)).toEqual(['red', 'blue', 'gold']);
  });

  it.each<[string, (e: ReturnType<typeof sampleElection>) => void, string]>([
    ['negative seats', (e) => (e.parties[2]!.seats = -3), 'parties[2].seats must be a whole number ≥ 0, got -3'],
    ['fractional seats', (e) => (e.parties[0]!.seats = 2.5), 'parties[0].seats must be a whole number ≥ 0, got 2.5'],
    ['a wrong type', (e) => ((e.parties[1] as { votes: unknown }).votes = 'many'), 'parties[1].votes must be a number, got "many"'],
    ['a missing field', (e) => delete (e as Partial<typeof e>).totalSeats, 'totalSeats is missing'],
    ['a majority over the House', (e) => ((e as { majority?: number }).majority = 400), 'majority is more seats than the House has (7), got 400'],
    ['zero seats', (e) => (e.totalSeats = 0), 'totalSeats must be a whole number from 1 to 10000, got 0'],
    ['absurd seats', (e) => (e.totalSeats = 20_000), 'totalSeats must be a whole number from 1 to 10000, got 20000'],
    ['a bad colour', (e) => (e.parties[0]!.color = 'red'), 'parties[0].color must be a #rrggbb colour, got "red"'],
    ['an empty name', (e) => (e.parties[0]!.name.en = '  '), 'parties[0].name.en must not be empty'],
    ['a very long name', (e) => (e.ridings[0]!.name.en = 'x'.repeat(5000)), 'ridings[0].name.en must be at most 300 characters'],
    ['a short colour', (e) => (e.parties[1]!.color = '#abc'), 'parties[1].color must be a #rrggbb colour, got "#abc"'],
    ['a day that does not exist', (e) => (e.date = '2025-02-31'), 'date must be a date that exists, got "2025-02-31"'],
    [
      'a timestamp the browser cannot read',
      (e) => ((e as { updated?: string }).updated = '2025-04-28T12:00:00 +05:00'),
      'updated must be an ISO timestamp',
    ],
    [
      'a timestamp on a day that does not exist',
      (e) => ((e as { updated?: string }).updated = '2025-02-31T12:00:00Z'),
      'updated must be an ISO timestamp the browser can read',
    ],
    ['a live interval that is not a whole number', (e) => ((e as { live?: number }).live = 7.5), 'live must be a whole number'],
    [
      'a source link that is not http',
      (e) => (e.sources[0] = { ...e.sources[0]!, url: 'javascript:alert(1)' }),
      'sources[0].url must be an http or https URL',
    ],
  ])('rejects %s, naming the path', (_, change, expected) => {
    expect(problems(mutated(change)).join('\n')).toContain(expected);
  });

  it.each<[string, (e: ReturnType<typeof sampleElection>) => void, string]>([
    ['duplicate party ids', (e) => (e.parties[2]!.id = 'red'), 'parties[2].id repeats an id used earlier'],
    ['a riding won by an unknown party', (e) => (e.ridings[3]!.winner = 'purple'), 'ridings[3].winner names a party that is not in parties'],
    ['party seats that disagree with the ridings', (e) => ((e.parties[0]!.seats = 3), (e.parties[1]!.seats = 4)), 'parties[0].seats disagrees with the ridings it won (4), got 3'],
    ['seats that do not add up', (e) => (e.totalSeats = 8), 'parties seats add up to 7, not totalSeats (8)'],
    ['a margin that disagrees with the votes', (e) => (e.ridings[1]!.margin = 5), 'ridings[1].margin disagrees with the candidates'],
    ['an unknown region', (e) => (e.ridings[0]!.region = 'north'), 'ridings[0].region names a region that is not in regions'],
    ['a seat order with gaps', (e) => (e.parties[0]!.seatOrder = 7), 'seatOrder must number the parties 0 to 2'],
    [
      'a previous result that disagrees with the ridings’ previous winners',
      (e) => ((e.previous!.parties[0]!.seats += 1), (e.previous!.parties[1]!.seats -= 1)),
      'previous.parties[0].seats disagrees with the ridings whose previous winner it is',
    ],
  ])('rejects %s', (_, change, expected) => {
    expect(problems(mutated(change)).join('\n')).toContain(expected);
  });

  it('accepts a night in progress: ridings leading and still to report, parties with elected and leading seats', () => {
    const night = parseElection(JSON.parse(JSON.stringify(sampleNight())));
    expect(night.ridings.map((r) => r.status)).toEqual(['leading', undefined, undefined, undefined, 'pending', undefined, undefined]);
    expect(night.ridings[4]!.winner).toBeUndefined();
    expect(night.parties.map((p) => [p.id, p.seats, p.leading])).toEqual([
      ['red', 2, 1],
      ['blue', 3, 0],
      ['gold', 0, 0],
    ]);
  });

  const night = (change: (e: ReturnType<typeof sampleNight>) => void) => {
    const election = sampleNight();
    change(election);
    return JSON.parse(JSON.stringify(election)) as unknown;
  };

  it.each<[string, (e: ReturnType<typeof sampleNight>) => void, string]>([
    ['a riding with no result that names a winner', (e) => (e.ridings[4]!.winner = 'red'), 'ridings[4].winner must be left out while no result is in (status none), got "red"'],
    [
      'a riding with no result whose candidates have votes',
      (e) => ((e.ridings[4]!.candidates[0]!.votes = 5), (e.ridings[4]!.validVotes = 5), (e.ridings[4]!.margin = 5)),
      'ridings[4].status says no result is in, but the candidates have 5 votes, got "pending"',
    ],
    ['a declared riding without a winner', (e) => (e.ridings[1]!.winner = undefined), 'ridings[1].winner is missing'],
    [
      'a riding ahead with no vote counted',
      (e) => (e.ridings[0]!.candidates.forEach((c) => (c.votes = 0)), (e.ridings[0]!.validVotes = 0), (e.ridings[0]!.margin = 0)),
      'ridings[0].winner names a party ahead, but no candidate has a vote yet, got "red"',
    ],
    ['more polls reporting than there are', (e) => (e.ridings[0]!.polls = { reporting: 11, total: 10 }), "ridings[0].polls.reporting is more than the riding's polls (10), got 11"],
    ['leading seats that disagree with the ridings', (e) => ((e.parties[0]!.leading = 0), (e.parties[1]!.leading = 1)), 'parties[0].leading disagrees with the ridings it leads (1), got 0'],
    ['an unknown status', (e) => ((e.ridings[0] as { status: string }).status = 'counting'), 'ridings[0].status must be none or leading'],
  ])('rejects %s on a night in progress', (_, change, expected) => {
    expect(problems(night(change)).join('\n')).toContain(expected);
  });

  it("never passes on the validator's own words: a value of the wrong kind is said plainly", () => {
    const found = problems(mutated((e) => ((e.parties[0] as { name: unknown }).name = 'Liberal')));
    expect(found).toEqual(['parties[0].name has the wrong kind of value (Object expected), got "Liberal"']);
  });

  it('shows a name of spaces as it is, not its length', () => {
    expect(problems(mutated((e) => (e.parties[0]!.name.en = '   ')))).toEqual(['parties[0].name.en must not be empty, got "   "']);
  });

  it("says each problem in the reader's language", () => {
    try {
      parseElection(mutated((e) => ((e.parties[2]!.seats = -3), (e.totalSeats = 9))));
    } catch (error) {
      const issues = (error as ElectionDataError).issues.map((issue) => formatDataIssue(issue, DATA_PROBLEMS_FR, dataGotFr));
      expect(issues).toContain('parties[2].seats doit être un nombre entier ≥ 0, trouvé\u00a0: -3');
      return;
    }
    expect.unreachable();
  });

  it('says once what is wrong with a date that is not a date', () => {
    expect(problems(mutated((e) => (e.date = 'abc')))).toEqual(['date must be a date YYYY-MM-DD, got "abc"']);
  });

  it('lists every problem at once', () => {
    const found = problems(mutated((e) => ((e.parties[0]!.seats = -1), (e.parties[1]!.color = 'blue'))));
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it.each([null, 42, 'text', [], {}])('rejects %j as a whole', (json) => {
    expect(() => parseElection(json)).toThrow(ElectionDataError);
  });

  it('keeps markup in names as plain text', () => {
    const election = parseElection(mutated((e) => (e.parties[0]!.name.en = '<img src=x onerror=alert(1)>')));
    expect(election.parties[0]!.name.en).toBe('<img src=x onerror=alert(1)>');
  });
});
