/**
 * A whole election night, replayed: Elections Canada's results file as it would have stood at each moment of
 * the 2025 night, served over HTTP for `npm run ingest` to read. Built from the final official file: ridings
 * report from when their polls close, their counts grow poll by poll (nightSnapshot's course), a few leads
 * change hands, and at the end the file served is the official one, so the night ends at exactly the official
 * result. The rows are the official file's, with the night's counts, as preliminary results, and two columns
 * the official file lacks: polls reporting and total polls.
 *
 *   npm run replay -- [--minutes 60] [--port 8765]
 *
 * A night lasts `--minutes` (60 by default; tests drive the moment themselves). Faults can be injected
 * (`startReplay`'s `fault`): an HTTP 500, a file cut in half, or no answer at all.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { regionOfDistrict } from '../dataset/regions.ts';
import { POLL_COLUMNS } from '../ingest/eventResults.ts';
import { countAt } from './nightSnapshot.ts';

export const OFFICIAL_FILE = 'data/canada-2025/raw/ca_ge45_preliminary_candidates_2025-06-13.tsv';

const STAGE_RANK: Record<string, number> = { preliminary: 0, validated: 1, 'judicially certified': 2 };

/** The results file at moment `t` of the night (0: the first polls close; 1 and after: the official file). */
export function eventResultsAt(official: string, t: number): string {
  if (t >= 1) return official;
  const lines = official.split(/\r?\n/);
  // Each district's final rows (judicially certified, else validated), in the file's order.
  const byDistrict = new Map<string, string[][]>();
  const best = new Map<string, number>();
  for (const line of lines.slice(2)) {
    const cells = line.split('\t');
    if (!/^\d{5}$/.test(cells[0] ?? '')) continue;
    const rank = STAGE_RANK[cells[3] ?? ''] ?? -1;
    const current = best.get(cells[0]!) ?? -1;
    if (rank > current) {
      best.set(cells[0]!, rank);
      byDistrict.set(cells[0]!, [cells]);
    } else if (rank === current) byDistrict.get(cells[0]!)!.push(cells);
  }
  const rows: string[] = [];
  for (const [district, cells] of byDistrict) {
    const { polls, votes } = countAt(
      { id: district, region: regionOfDistrict(district) },
      cells.map((c) => Number(c[10])),
      t,
    );
    const total = votes.reduce((sum, v) => sum + v, 0);
    cells.forEach((c, i) => {
      const share = total === 0 ? '0' : ((votes[i]! / total) * 100).toFixed(1).replace(/^0\./, '.');
      const row = [...c.slice(0, 3), 'preliminary', 'préliminaires', ...c.slice(5, 10), String(votes[i]), share, '0', String(total)];
      rows.push([...row, String(polls.reporting), String(polls.total)].join('\t'));
    });
  }
  const header = `${lines[1]!.replace(/\r$/, '')}\t${POLL_COLUMNS.join('\t')}`;
  const footnotes = lines.filter((line) => line.startsWith('*'));
  return [lines[0]!.replace(/\r$/, ''), header, ...rows, ...footnotes.map((line) => line.replace(/\r$/, '')), ''].join('\r\n');
}

export type Fault = 'none' | 'error' | 'truncated' | 'silent';

export interface Replay {
  url: string;
  close: () => Promise<void>;
}

/** Serves `/EventResults.txt` at the moment `t()` says, or the fault `fault()` says. */
export async function startReplay({
  official = readFileSync(OFFICIAL_FILE, 'utf8'),
  t,
  fault = () => 'none',
  port = 0,
}: {
  official?: string;
  t: () => number;
  fault?: () => Fault;
  port?: number;
}): Promise<Replay> {
  const server = createServer((request, response) => {
    if (!request.url?.startsWith('/EventResults.txt')) return void response.writeHead(404).end('Not found');
    const now = fault();
    if (now === 'silent') return; // the source stops answering: the ingest's timeout gives up
    if (now === 'error') return void response.writeHead(500).end('Internal Server Error');
    const text = eventResultsAt(official, t());
    response
      .writeHead(200, { 'content-type': 'text/tab-separated-values; charset=utf-8', 'cache-control': 'no-store' })
      .end(now === 'truncated' ? text.slice(0, Math.floor(text.length / 2)) : text);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/EventResults.txt`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main() {
  const { values } = parseArgs({ options: { minutes: { type: 'string', default: '60' }, port: { type: 'string', default: '8765' } } });
  const minutes = Number(values.minutes);
  if (!(minutes > 0)) throw new Error(`--minutes must be a positive number: got "${values.minutes}"`);
  const started = Date.now();
  const t = () => (Date.now() - started) / (minutes * 60_000);
  const replay = await startReplay({ t, port: Number(values.port) });
  console.log(`Replaying the 2025 night in ${minutes} min at ${replay.url}`);
  console.log(`  npm run ingest -- --source ${replay.url} --out public/data/canada-2025.json --every 15`);
  const progress = setInterval(() => console.log(`night ${Math.min(100, Math.round(t() * 100))} %`), Math.max(5_000, minutes * 6_000));
  process.once('SIGINT', () => {
    clearInterval(progress);
    void replay.close().then(() => console.log('replay stopped'));
  });
}

if (process.argv[1]?.endsWith('replay.ts')) await main();
