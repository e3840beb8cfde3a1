/**
 * A chart made in the builder, kept whole in its link (`?chart=`), so the link is the chart: no server, no
 * account. The code is versioned (its first character), compact (the chart's JSON, deflated, in base64url:
 * letters, digits, `-` and `_`, which a query string keeps as they are) and read back exactly. A link that was
 * cut or edited by hand is told apart from one of a version this code does not know, so each gets its message.
 */

/**
 * What the builder keeps of a chart: its texts, the House and each party, every field as typed (a seat count
 * too), so a link gives back exactly what was typed, mistakes included, and its messages with it.
 */
export interface MadeChart {
  title: string;
  notes: string;
  source: string;
  /** YYYY-MM-DD, or blank. */
  date: string;
  credit: string;
  /** Seats in the House; blank: the parties' seats. */
  totalSeats: string;
  /** Seats that carry a vote; blank: more than half. A number of seats or a share ("2/3", "60%"). */
  majority: string;
  parties: readonly MadeParty[];
}

export interface MadeParty {
  name: string;
  shortName: string;
  seats: string;
  /** `#rrggbb`; blank: the builder gives one. */
  color: string;
}

export const EMPTY_CHART: MadeChart = { title: '', notes: '', source: '', date: '', credit: '', totalSeats: '', majority: '', parties: [] };

export type ReadCode = { chart: MadeChart } | { problem: 'unreadable' | 'version' };

const VERSION = '1';

/** A count as typed: a number in the code when it reads back the same, else the text. */
type Typed = number | string;

/**
 * The compact JSON of version 1: short keys, blanks left out, each party a row `[name, seats, short name?,
 * colour?]`.
 */
interface CodeV1 {
  t?: string;
  n?: string;
  s?: string;
  d?: string;
  c?: string;
  h?: Typed;
  m?: string;
  p: [string, Typed, string?, string?][];
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

const typed = (text: string): Typed => (/^(0|[1-9]\d{0,8})$/.test(text) ? Number(text) : text);

export async function encodeChart(chart: MadeChart): Promise<string> {
  const code: CodeV1 = { p: [] };
  if (chart.title) code.t = chart.title;
  if (chart.notes) code.n = chart.notes;
  if (chart.source) code.s = chart.source;
  if (chart.date) code.d = chart.date;
  if (chart.credit) code.c = chart.credit;
  if (chart.totalSeats) code.h = typed(chart.totalSeats);
  if (chart.majority) code.m = chart.majority;
  code.p = chart.parties.map((p) => {
    const row: [string, Typed, string?, string?] = [p.name, typed(p.seats)];
    if (p.shortName || p.color) row.push(p.shortName);
    if (p.color) row.push(p.color);
    return row;
  });
  const json = new TextEncoder().encode(JSON.stringify(code));
  return VERSION + toBase64Url(await through(json, new CompressionStream('deflate-raw')));
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const isTyped = (value: unknown): value is Typed => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** The chart of a link's code; what is wrong with the code otherwise (never another chart in its place). */
export async function decodeChart(code: string): Promise<ReadCode> {
  if (!/^[0-9][A-Za-z0-9_-]*$/.test(code)) return { problem: 'unreadable' };
  if (code[0] !== VERSION) return { problem: 'version' };
  let parsed: unknown;
  try {
    const bytes = await through(fromBase64Url(code.slice(1)), new DecompressionStream('deflate-raw'));
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { problem: 'unreadable' };
  }
  const value = parsed as Partial<CodeV1> | null;
  if (!value || typeof value !== 'object' || !Array.isArray(value.p) || (value.h !== undefined && !isTyped(value.h))) return { problem: 'unreadable' };
  const parties: MadeParty[] = [];
  for (const row of value.p as unknown[]) {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || !isTyped(row[1])) return { problem: 'unreadable' };
    parties.push({ name: row[0], seats: String(row[1]), shortName: text(row[2]), color: text(row[3]) });
  }
  return {
    chart: {
      title: text(value.t),
      notes: text(value.n),
      source: text(value.s),
      date: text(value.d),
      credit: text(value.c),
      totalSeats: value.h === undefined ? '' : String(value.h),
      majority: text(value.m),
      parties,
    },
  };
}
