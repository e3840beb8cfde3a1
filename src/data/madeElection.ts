/**
 * A chart made in the builder, read as an election of seats only: each field checked and every problem named
 * with its field (and row), so the builder says it next to the field and a link cut or edited by hand gets the
 * same messages on arrival. Nothing is guessed in place of what is wrong: with a problem there is no election.
 * Parties without a colour get Okabe and Ito's (madeColours); the rest of the app draws the
 * election like any other file of seats only.
 */
import { madeColours, type MadeColour } from './madeColours.ts';
import type { MadeChart } from './chartCode.ts';
import type { Election, Localized } from './electionSchema.ts';
import { typedName } from '../outsideText.ts';

const MADE_LIMITS = { parties: 100, seats: 10_000, text: 300 } as const;

export type ChartField = 'title' | 'notes' | 'source' | 'date' | 'credit' | 'totalSeats' | 'majority' | 'parties';
export type PartyField = 'name' | 'shortName' | 'seats' | 'color';

export type ChartProblem =
  | {
      field: ChartField;
      key:
        | 'noParties'
        | 'tooManyParties'
        | 'noSeats'
        | 'totalInvalid'
        | 'tooManySeats'
        | 'seatsOverTotal'
        | 'majorityInvalid'
        | 'majorityOverTotal'
        | 'majorityUnderHalf'
        | 'dateInvalid'
        | 'tooLong';
      values?: Readonly<Record<string, number>>;
    }
  | {
      field: PartyField;
      /** The party's row, from 0. */
      row: number;
      key: 'nameMissing' | 'nameRepeated' | 'seatsMissing' | 'seatsNotNumber' | 'seatsNotWhole' | 'seatsNegative' | 'colourInvalid' | 'tooLong';
      values?: Readonly<Record<string, number>>;
    };

export interface MadeReading {
  /** The chart as an election; undefined while anything is wrong. */
  election: Election | undefined;
  problems: ChartProblem[];
  /** Each party's colour, given or from the palette, with what is to say of it. */
  colours: MadeColour[];
  /** The seats the parties hold, and the House's (blank total: the parties'). */
  seated: number;
  total: number | undefined;
}

/** The chart's title when it has none: a name the page, the tab and the pictures can carry. */
const UNTITLED: Localized = { en: 'Parliament', fr: 'Parlement' };

const COLOUR = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i;
const colourOf = (text: string) => {
  const hex = text.trim().toLowerCase();
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
};

function dayExists(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

const isBlank = (party: MadeChart['parties'][number]) => !`${party.name}${party.shortName}${party.seats}${party.color}`.trim();

/** A count as typed, its thousands parted or not ("1,000", "1 000", "1000"). */
const countText = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '').replace(/^(\d{1,3})([,.'’]\d{3})+$/, (whole) => whole.replace(/[,.'’]/g, ''));

/** A seat count as typed: the count, or what is wrong with it. */
function readSeats(text: string): number | 'seatsMissing' | 'seatsNotNumber' | 'seatsNotWhole' | 'seatsNegative' {
  const typed = countText(text);
  if (typed === '') return 'seatsMissing';
  if (/^-\d+([.,]\d+)?$/.test(typed)) return 'seatsNegative';
  if (/^\d*[.,]\d+$/.test(typed)) return 'seatsNotWhole';
  if (!/^\d+$/.test(typed)) return 'seatsNotNumber';
  return Number(typed);
}

/**
 * The seats that carry a vote, as typed: a number of seats, a fraction ("2/3") or a percentage ("60%") of the
 * House, at least that share (two thirds of 300: 200). Undefined when it cannot be read.
 */
export function readMajority(text: string, total: number): number | undefined {
  const typed = text.replace(/\s/g, '').replace(',', '.');
  if (/^\d+$/.test(typed)) return Number(typed);
  const fraction = /^(\d+)\/(\d+)$/.exec(typed);
  if (fraction) {
    const [a, b] = [Number(fraction[1]), Number(fraction[2])];
    return b > 0 && a > 0 && a <= b ? Math.ceil((a * total) / b) : undefined;
  }
  const percent = /^(\d+(\.\d+)?)%$/.exec(typed);
  if (percent) {
    const share = Number(percent[1]);
    // Rounded first, so 60% of 300 is 180 and not 181 through 0.6 × 300 = 180.00000000000003.
    return share > 0 && share <= 100 ? Math.ceil(Number(((share * total) / 100).toFixed(9))) : undefined;
  }
  return undefined;
}

/** The chart's file name, from its title ("Bundestag 2025" → bundestag-2025): what `?election=` opens once hosted. */
function fileIdOf(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'chart';
}

export function readMadeChart(chart: MadeChart): MadeReading {
  const problems: ChartProblem[] = [];
  for (const field of ['title', 'notes', 'source', 'credit'] as const)
    if (chart[field].trim().length > MADE_LIMITS.text) problems.push({ field, key: 'tooLong', values: { max: MADE_LIMITS.text } });
  const date = chart.date.trim();
  if (date !== '' && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && dayExists(date))) problems.push({ field: 'date', key: 'dateInvalid' });

  const { parties } = chart;
  // A row left wholly blank (one added and not yet typed in) is no party, and no mistake.
  const rows = parties.flatMap((party, row) => (isBlank(party) ? [] : [row]));
  if (rows.length === 0) problems.push({ field: 'parties', key: 'noParties' });
  if (rows.length > MADE_LIMITS.parties) problems.push({ field: 'parties', key: 'tooManyParties', values: { max: MADE_LIMITS.parties } });
  const firstRow = new Map<string, number>();
  const seats = rows.map((row) => {
    const party = parties[row]!;
    const name = party.name.trim();
    if (name === '') problems.push({ field: 'name', row, key: 'nameMissing' });
    else if (name.length > MADE_LIMITS.text) problems.push({ field: 'name', row, key: 'tooLong', values: { max: MADE_LIMITS.text } });
    const same = name.toLocaleLowerCase();
    const first = firstRow.get(same);
    if (name !== '' && first !== undefined) problems.push({ field: 'name', row, key: 'nameRepeated', values: { first: first + 1 } });
    else firstRow.set(same, row);
    if (party.shortName.trim().length > MADE_LIMITS.text) problems.push({ field: 'shortName', row, key: 'tooLong', values: { max: MADE_LIMITS.text } });
    if (party.color.trim() !== '' && !COLOUR.test(party.color.trim())) problems.push({ field: 'color', row, key: 'colourInvalid' });
    const count = readSeats(party.seats);
    if (typeof count === 'number') return count;
    problems.push({ field: 'seats', row, key: count });
    return 0;
  });
  const seated = seats.reduce((a, b) => a + b, 0);

  let total: number | undefined = seated;
  const typedTotal = countText(chart.totalSeats);
  if (typedTotal !== '') {
    total = /^\d+$/.test(typedTotal) && Number(typedTotal) > 0 ? Number(typedTotal) : undefined;
    if (total === undefined) problems.push({ field: 'totalSeats', key: 'totalInvalid' });
    else if (seated > total) problems.push({ field: 'totalSeats', key: 'seatsOverTotal', values: { seated, total } });
  } else if (rows.length > 0 && seated === 0 && !problems.some((p) => p.field === 'seats')) {
    problems.push({ field: 'parties', key: 'noSeats' });
  }
  if (total !== undefined && total > MADE_LIMITS.seats) {
    problems.push({ field: typedTotal === '' ? 'parties' : 'totalSeats', key: 'tooManySeats', values: { max: MADE_LIMITS.seats } });
    total = undefined;
  }

  let majority: number | undefined;
  if (chart.majority.trim() !== '' && total !== undefined && total > 0) {
    majority = readMajority(chart.majority, total);
    if (majority === undefined || majority < 1) problems.push({ field: 'majority', key: 'majorityInvalid' });
    else if (majority > total) problems.push({ field: 'majority', key: 'majorityOverTotal', values: { total } });
    // Half or fewer: two sides could each have one.
    else if (majority * 2 <= total) problems.push({ field: 'majority', key: 'majorityUnderHalf', values: { total } });
  }

  const colours = madeColours(parties.map((p) => (COLOUR.test(p.color.trim()) ? colourOf(p.color) : undefined)));
  const reading = { problems, colours, seated, total: typedTotal === '' ? undefined : total };
  if (problems.length > 0 || total === undefined) return { ...reading, election: undefined };
  // Every text as typed, isolated when it could turn the sentences around it (right to left, unseen characters).
  const text = (value: string) => (value.trim() ? typedName(value.trim()) : undefined);
  const title = text(chart.title);
  const source = text(chart.source);
  const notes = text(chart.notes);
  const credit = text(chart.credit);
  const election: Election = {
    id: fileIdOf(chart.title),
    origin: 'builder',
    name: title ? { en: title } : UNTITLED,
    legislature: title ? { en: title } : UNTITLED,
    ...(date ? { date } : {}),
    totalSeats: total,
    // The seats no party holds: empty seats, said as vacant.
    ...(total > seated ? { vacant: total - seated } : {}),
    ...(majority !== undefined ? { majority } : {}),
    sources: source ? [{ title: source, publisher: source }] : [],
    ...(notes ? { notes: { en: notes } } : {}),
    ...(credit ? { credit } : {}),
    regions: [],
    ridings: [],
    parties: rows.map((row, i) => {
      const party = parties[row]!;
      const name = typedName(party.name.trim());
      const shortName = party.shortName.trim() ? typedName(party.shortName.trim()) : name;
      return {
        id: `p${i + 1}`,
        name: { en: name },
        shortName: { en: shortName },
        color: colours[row]!.color,
        seatOrder: i,
        seats: seats[i]!,
      };
    }),
  };
  return { ...reading, election };
}
