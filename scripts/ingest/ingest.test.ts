import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseElection } from '../../src/data/electionSchema.ts';
import { ingestOnce, isTracked, missingBase } from './ingest.ts';

const official = readFileSync('data/canada-2025/raw/ca_ge45_preliminary_candidates_2025-06-13.tsv', 'utf8');
const lines = official.split('\n');
/** Newfoundland and Labrador's preliminary counts, as the file has them early in the night. */
const early = [lines[0], lines[1], ...lines.filter((l) => l.startsWith('10') && l.includes('\tpreliminary\t')), lines.at(-4), ''].join(
  '\n',
);

let server: Server;
let url = '';
/** What the test server answers next: a status and a body, or nothing at all (a source that hangs). */
let answer: { status: number; body: string } | 'hang' = { status: 200, body: early };

beforeAll(async () => {
  server = createServer((_, response) => {
    if (answer === 'hang') return;
    response.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/EventResults.txt`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** A folder holding the election's last good file, as public/data does. */
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  const out = join(dir, 'canada-2025.json');
  copyFileSync('public/data/canada-2025.json', out);
  return { dir, out };
}

describe('ingestOnce', () => {
  it('writes the night from the source, atomically, in a file the app’s schema accepts, with its refresh interval', async () => {
    const { dir, out } = folder();
    const source = join(dir, 'EventResults.txt');
    writeFileSync(source, early);
    const result = await ingestOnce({ source, out, every: 30 }, new Date('2025-04-28T23:45:00Z'));
    expect(result).toEqual({ wrote: true, summary: 'lpc 0+5, cpc 0+2; 336 to report' });
    const election = parseElection(JSON.parse(readFileSync(out, 'utf8')));
    expect([election.updated, election.live]).toEqual(['2025-04-28T23:45:00Z', 30]);
    expect(readdirSync(dir).sort()).toEqual(['EventResults.txt', 'canada-2025.json']);
  });

  it('keeps the last good file, and says why, when the source fails or sends what is not a results file', async () => {
    const { out } = folder();
    const before = readFileSync(out);
    answer = { status: 200, body: early };
    expect(await ingestOnce({ source: url, out })).toMatchObject({ wrote: true });
    const good = readFileSync(out);
    expect(good.equals(before)).toBe(false);
    const failures: [{ status: number; body: string } | 'hang', string][] = [
      [{ status: 500, body: 'Internal error' }, 'the source answered HTTP 500'],
      [{ status: 200, body: early.slice(0, early.length - 300) }, 'cut short'],
      [{ status: 200, body: lines.slice(0, 500).join('\n') }, 'the file stops before its footnotes'],
      [{ status: 200, body: '<html><body>Maintenance</body></html>' }, 'the source sent a web page'],
      ['hang', 'the source did not answer in time'],
    ];
    for (const [next, reason] of failures) {
      answer = next;
      // Only the hanging source is cut short: on a busy machine a real answer can take longer than 300 ms.
      const result = await ingestOnce({ source: url, out, ...(next === 'hang' ? { timeoutMs: 300 } : {}) });
      expect(result).toMatchObject({ wrote: false });
      expect(result.wrote === false && result.reason).toContain(reason);
      expect(readFileSync(out).equals(good)).toBe(true);
    }
    expect(await ingestOnce({ source: 'http://127.0.0.1:9/none', out })).toMatchObject({ wrote: false });
    expect(readFileSync(out).equals(good)).toBe(true);
    // Seven runs, each reading and validating the whole 343-riding election: seconds on a busy 2-core machine.
  }, 20_000);

  it('never writes a file the schema refuses', async () => {
    const { dir, out } = folder();
    const good = readFileSync(out);
    // A base file that names other ridings: the night built on it cannot be consistent.
    const base = join(dir, 'base.json');
    const election = JSON.parse(good.toString('utf8'));
    election.totalSeats = 344;
    writeFileSync(base, JSON.stringify(election));
    const source = join(dir, 'EventResults.txt');
    writeFileSync(source, early);
    const result = await ingestOnce({ source, out, base });
    expect(result.wrote === false && result.reason).toContain('totalSeats');
    expect(readFileSync(out).equals(good)).toBe(true);
  });
});

describe('npm run ingest', () => {
  it('runs every so many seconds until Ctrl-C, then stops cleanly', async () => {
    const { dir, out } = folder();
    const source = join(dir, 'EventResults.txt');
    writeFileSync(source, early);
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      'scripts/ingest/ingest.ts',
      '--source',
      source,
      '--out',
      out,
      '--every',
      '1',
    ]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 15_000 }).toContain(`wrote ${out}: lpc 0+5, cpc 0+2; 336 to report`);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(output).toContain('stopped;');
  }, 20_000);
});

describe('what the ingest will not write over, and what it needs', () => {
  /** `npm run ingest` with these arguments: its exit code and what it said. */
  const run = (...args: string[]) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest/ingest.ts', ...args]);
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('exit', (code) => resolve({ code, output }));
    });

  it('refuses the bundled result git tracks, unless told to, and leaves it as it is', async () => {
    const before = readFileSync('public/data/canada-2025.json');
    const { code, output } = await run('--source', 'nowhere.txt', '--out', 'public/data/canada-2025.json');
    expect(code).toBe(2);
    expect(output).toContain('public/data/canada-2025.json is the bundled result git keeps');
    expect(output).toContain('--overwrite-tracked');
    expect(readFileSync('public/data/canada-2025.json').equals(before)).toBe(true);
    expect([isTracked('public/data/canada-2025.json'), isTracked(folder().out)]).toEqual([true, false]);
  }, 20_000);

  it('names what a missing --out must be, instead of ENOENT', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'canada-2025.json');
    const { code, output } = await run('--source', 'nowhere.txt', '--out', missing);
    expect(code).toBe(2);
    expect(output).toContain(missingBase(missing));
    expect(missingBase(missing)).toMatch(/the election's own file, which the night is built on/);
    expect(await ingestOnce({ source: url, out: missing })).toEqual({ wrote: false, reason: missingBase(missing) });
  }, 20_000);
});
