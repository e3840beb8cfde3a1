import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseElection } from '../../src/data/electionSchema.ts';
import { readEventResults, POLL_COLUMNS } from './eventResults.ts';
import { nightElection } from './nightElection.ts';

const official = readFileSync('data/canada-2025/raw/ca_ge45_preliminary_candidates_2025-06-13.tsv', 'utf8');
const base = parseElection(JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')));
const lines = official.split('\n');
const at = '2025-04-29T03:00:00Z';
const seats = (e: ReturnType<typeof nightElection>) =>
  e.parties.filter((p) => p.seats + (p.leading ?? 0) > 0).map((p) => [p.id, p.seats, p.leading]);

/** The official file with only some of its candidate rows (the title, header and footnotes kept). */
const keep = (row: (line: string) => boolean) =>
  [lines[0], lines[1], ...lines.slice(2).filter((l) => !/^\d{5}\t/.test(l) || row(l)), ''].join('\n');

describe('readEventResults and nightElection', () => {
  it('read the official file to exactly the official result, which the app’s schema accepts', () => {
    const rows = readEventResults(official);
    expect(rows).toHaveLength(1959 + 1959 + 22);
    const election = parseElection(JSON.parse(JSON.stringify(nightElection(rows, base, at))));
    expect(seats(election)).toEqual([
      ['lpc', 169, 0],
      ['cpc', 144, 0],
      ['bq', 22, 0],
      ['ndp', 7, 0],
      ['gpc', 1, 0],
    ]);
    expect(election.ridings.find((r) => r.id === '24073')).toMatchObject({ stage: 'judicially-certified', winner: 'lpc', margin: 1 });
    expect(election.updated).toBe(at);
  });

  it('reads a night: preliminary counts are leads, ridings not in the file have no result yet', () => {
    // Election night at the Atlantic's close: only Newfoundland and Labrador (10xxx), preliminary.
    const night = keep((l) => l.startsWith('10') && l.includes('\tpreliminary\t'));
    const election = parseElection(JSON.parse(JSON.stringify(nightElection(readEventResults(night), base, at))));
    const statuses = election.ridings.map((r) => r.status ?? 'declared');
    expect(statuses.filter((s) => s === 'leading')).toHaveLength(7);
    expect(statuses.filter((s) => s === 'pending')).toHaveLength(336);
    expect(election.ridings.find((r) => r.id === '24073')).toMatchObject({ status: 'pending', validVotes: 0 });
    expect(election.ridings.find((r) => r.id === '24073')?.winner).toBeUndefined();
  });

  it('declares a preliminary count once all its polls report, when the source gives them', () => {
    const header = `${lines[1]!.replace(/\r$/, '')}\t${POLL_COLUMNS.join('\t')}`;
    const rows = lines.slice(2).filter((l) => l.startsWith('10001\t') && l.includes('\tpreliminary\t'));
    const file = (reporting: number) =>
      [lines[0], header, ...rows.map((r) => `${r.replace(/\r$/, '')}\t${reporting}\t200`), '*Type of results', ''].join('\n');
    const riding = (reporting: number) => nightElection(readEventResults(file(reporting)), base, at).ridings.find((r) => r.id === '10001')!;
    expect(riding(120)).toMatchObject({ status: 'leading', polls: { reporting: 120, total: 200 }, winner: 'lpc' });
    expect(riding(200)).toMatchObject({ stage: 'preliminary', polls: { reporting: 200, total: 200 }, winner: 'lpc' });
    expect(riding(200).status).toBeUndefined();
  });

  it.each([
    ['an empty file', '', 'the file is empty'],
    ['a web page', '<!doctype html><title>Error</title>', 'the source sent a web page'],
    ['an unknown column', official.replace('Votes obtained - Votes obtenus\t', 'Votes - Voix\t'), 'line 2: column 11 is "Votes - Voix"'],
    ['a column added', official.replace(/(déposés)(\r?\n)/, '$1\tRecount$2'), 'line 2: unknown column "Recount"'],
    ['a file cut between two rows', lines.slice(0, 1000).join('\n'), 'the file stops before its footnotes'],
    ['a file cut inside a row', official.slice(0, official.length / 2), 'cut short (12 of 14 columns)'],
    ['a row cut short', keep((l) => l.startsWith('10001')).replace(/\t46596\r?\n/, '\n'), 'cut short (13 of 14 columns)'],
    ['votes that are not a number', official.replace('\t27133\t', '\tmany\t'), 'votes "many" is not a whole number'],
    ['an unknown result type', official.replace('\tpreliminary\t', '\tprovisional\t'), 'unknown result type "provisional"'],
  ])('refuses %s, saying where', (_, text, message) => {
    expect(() => readEventResults(text)).toThrow(message);
  });

  it('refuses a district the election does not have', () => {
    const stray = keep((l) => l.startsWith('10001')).replace(/^10001\t/gm, '99999\t');
    expect(() => nightElection(readEventResults(stray), base, at)).toThrow('district 99999 is not a riding of canada-2025');
  });
});
