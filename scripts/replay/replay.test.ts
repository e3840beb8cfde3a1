import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseElection } from '../../src/data/electionSchema.ts';
import { readEventResults } from '../ingest/eventResults.ts';
import { nightElection } from '../ingest/nightElection.ts';
import { nightSnapshot } from './nightSnapshot.ts';
import { eventResultsAt, OFFICIAL_FILE, startReplay, type Fault } from './replay.ts';
import { OFFICIAL_SEATS_2025, seatsWon } from './officialResult.ts';

const official = readFileSync(OFFICIAL_FILE, 'utf8');
const base = parseElection(JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')));
const ingested = (t: number) =>
  parseElection(JSON.parse(JSON.stringify(nightElection(readEventResults(eventResultsAt(official, t)), base, '2025-04-29T03:00:00Z'))));
const statusesOf = (e: ReturnType<typeof ingested>) => e.ridings.map((r) => r.status ?? 'declared');

describe('eventResultsAt', () => {
  it('writes the night in the official format, which the ingest reads into the same night as the simulation', () => {
    for (const t of [0.3, 0.5, 0.7])
      expect(statusesOf(ingested(t))).toEqual(nightSnapshot(base, t).ridings.map((r) => r.status ?? 'declared'));
    expect(statusesOf(ingested(0)).every((s) => s === 'pending')).toBe(true);
    const night = ingested(0.5).ridings.find((r) => r.status === 'leading')!;
    expect(night.polls!.reporting).toBeLessThan(night.polls!.total);
  });

  it('ends on the official file: exactly the official result', () => {
    expect(eventResultsAt(official, 1)).toBe(official);
    expect(seatsWon(ingested(1))).toEqual(OFFICIAL_SEATS_2025);
  });
});

describe('startReplay', () => {
  let t = 0.5;
  let fault: Fault = 'none';
  const replay = startReplay({ official, t: () => t, fault: () => fault });
  afterAll(async () => (await replay).close());

  it('serves the moment asked, and the faults asked', async () => {
    const { url } = await replay;
    expect(readEventResults(await (await fetch(url)).text())).toHaveLength(1959);
    fault = 'error';
    expect((await fetch(url)).status).toBe(500);
    fault = 'truncated';
    const cut = await (await fetch(url)).text();
    expect(() => readEventResults(cut)).toThrow(/cut short|footnotes/);
    fault = 'silent';
    await expect(fetch(url, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    fault = 'none';
    t = 1;
    expect(await (await fetch(url)).text()).toBe(official);
  });
});
