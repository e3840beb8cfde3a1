import { describe, expect, it } from 'vitest';
import { EMPTY_CHART, type MadeChart, type MadeParty } from './chartCode.ts';
import { parseElection } from './electionSchema.ts';
import { readMadeChart, readMajority } from './madeElection.ts';

const party = (name: string, seats: string, more: Partial<MadeParty> = {}): MadeParty => ({ name, shortName: '', seats, color: '', ...more });
const made = (more: Partial<MadeChart>): MadeChart => ({ ...EMPTY_CHART, ...more });
const problemsOf = (chart: MadeChart) => readMadeChart(chart).problems;

describe('readMadeChart', () => {
  it('reads a chart as an election of seats only that the schema accepts, colours given or from the palette', () => {
    const { election, problems } = readMadeChart(
      made({
        title: ' Bundestag 2025 ',
        source: 'Bundeswahlleiterin',
        date: '2025-02-23',
        credit: 'A. Reporter',
        notes: 'Provisional.',
        majority: '2/3',
        totalSeats: '480',
        parties: [party('CDU/CSU', '208', { shortName: 'Union', color: '#000' }), party('AfD', '152'), party('SPD', '120', { color: '#E3000F' })],
      }),
    );
    expect(problems).toEqual([]);
    expect(election).toEqual({
      id: 'bundestag-2025',
      origin: 'builder',
      name: { en: 'Bundestag 2025' },
      legislature: { en: 'Bundestag 2025' },
      date: '2025-02-23',
      totalSeats: 480,
      majority: 320,
      sources: [{ title: 'Bundeswahlleiterin', publisher: 'Bundeswahlleiterin' }],
      notes: { en: 'Provisional.' },
      credit: 'A. Reporter',
      regions: [],
      ridings: [],
      parties: [
        { id: 'p1', name: { en: 'CDU/CSU' }, shortName: { en: 'Union' }, color: '#000000', seatOrder: 0, seats: 208 },
        { id: 'p2', name: { en: 'AfD' }, shortName: { en: 'AfD' }, color: '#0072b2', seatOrder: 1, seats: 152 },
        { id: 'p3', name: { en: 'SPD' }, shortName: { en: 'SPD' }, color: '#e3000f', seatOrder: 2, seats: 120 },
      ],
    });
    expect(parseElection(election)).toEqual(election);
  });

  it('isolates a name written right to left or holding unseen characters, and leaves a plain one as typed', () => {
    const { election } = readMadeChart(made({ parties: [party('حزب العمال', '2'), party('Evil\u202eparty', '1'), party('Plain', '1')] }));
    expect(election?.parties.map((p) => p.name.en)).toEqual(['\u2068حزب العمال\u2069', '\u2068EvilU+202Eparty\u2069', 'Plain']);
  });

  it('skips a row left wholly blank, reads counts with their thousands parted, and keeps each mistake on its row', () => {
    const blank = party('', '');
    const { election, problems } = readMadeChart(made({ totalSeats: '2,000', parties: [party('A', '600'), blank, party('B', '1 000')] }));
    expect(problems).toEqual([]);
    expect(election?.parties.map((p) => [p.id, p.name.en, p.seats])).toEqual([
      ['p1', 'A', 600],
      ['p2', 'B', 1000],
    ]);
    expect(election).toMatchObject({ totalSeats: 2000, vacant: 400 });
    expect(readMadeChart(made({ parties: [blank, party('A', '-1')] })).problems).toEqual([{ field: 'seats', row: 1, key: 'seatsNegative' }]);
  });

  it('leaves the seats no party holds vacant', () => {
    const { election, problems } = readMadeChart(made({ totalSeats: '8', parties: [party('A', '3'), party('B', '2')] }));
    expect(problems).toEqual([]);
    expect(election).toMatchObject({ totalSeats: 8, vacant: 3 });
    expect(parseElection(election)).toEqual(election);
  });

  it('takes the House as the parties’ seats when no total is typed, with a title for a chart without one', () => {
    const { election } = readMadeChart(made({ parties: [party('A', '3'), party('B', '2')] }));
    expect(election).toMatchObject({ id: 'chart', totalSeats: 5, name: { en: 'Parliament', fr: 'Parlement' } });
    expect(election && 'majority' in election).toBe(false);
  });

  it('names each wrong field, and its row, and gives no election in place of a wrong chart', () => {
    const reading = readMadeChart(
      made({
        date: '2025-02-31',
        parties: [party('A', '-3'), party('', '2.5'), party('a', 'many'), party('C', '', { color: 'blue' })],
      }),
    );
    expect(reading.election).toBeUndefined();
    expect(reading.problems).toEqual([
      { field: 'date', key: 'dateInvalid' },
      { field: 'seats', row: 0, key: 'seatsNegative' },
      { field: 'name', row: 1, key: 'nameMissing' },
      { field: 'seats', row: 1, key: 'seatsNotWhole' },
      { field: 'name', row: 2, key: 'nameRepeated', values: { first: 1 } },
      { field: 'seats', row: 2, key: 'seatsNotNumber' },
      { field: 'color', row: 3, key: 'colourInvalid' },
      { field: 'seats', row: 3, key: 'seatsMissing' },
    ]);
  });

  it.each([
    [made({}), [{ field: 'parties', key: 'noParties' }]],
    [made({ parties: [party('A', '0')] }), [{ field: 'parties', key: 'noSeats' }]],
    [made({ totalSeats: '4', parties: [party('A', '5')] }), [{ field: 'totalSeats', key: 'seatsOverTotal', values: { seated: 5, total: 4 } }]],
    [made({ totalSeats: '-6', parties: [party('A', '5')] }), [{ field: 'totalSeats', key: 'totalInvalid' }]],
    [made({ majority: '6', parties: [party('A', '5')] }), [{ field: 'majority', key: 'majorityOverTotal', values: { total: 5 } }]],
    [made({ majority: 'most', parties: [party('A', '5')] }), [{ field: 'majority', key: 'majorityInvalid' }]],
    [made({ majority: '62', totalSeats: '125', parties: [party('A', '125')] }), [{ field: 'majority', key: 'majorityUnderHalf', values: { total: 125 } }]],
    [made({ parties: [party('', ''), party('', '')] }), [{ field: 'parties', key: 'noParties' }]],
    [made({ parties: [party('A', '10001')] }), [{ field: 'parties', key: 'tooManySeats', values: { max: 10_000 } }]],
    [made({ parties: Array.from({ length: 101 }, (_, i) => party(`P${i}`, '1')) }), [{ field: 'parties', key: 'tooManyParties', values: { max: 100 } }]],
    [made({ title: 'x'.repeat(301), parties: [party('A', '1')] }), [{ field: 'title', key: 'tooLong', values: { max: 300 } }]],
  ])('says what is wrong with the House: %#', (chart, problems) => {
    expect(problemsOf(chart)).toEqual(problems);
  });
});

describe('readMajority', () => {
  it.each([
    ['172', 343, 172],
    ['2/3', 300, 200],
    ['2/3', 301, 201],
    ['60%', 300, 180],
    ['50,5 %', 200, 101],
    ['1/2', 338, 169],
    ['0/3', 300, undefined],
    ['3/2', 300, undefined],
    ['120%', 300, undefined],
    ['half', 300, undefined],
  ])('%s of %i seats: %s', (typed, total, seats) => expect(readMajority(typed, total)).toBe(seats));
});
