/**
 * Live results against a plain local server whose data file changes between requests:
 * the page refetches, shows the new seats, pulses only the seat that changed,
 * keeps the reader's view, and keeps the last good result when a refresh fails.
 */
import { expect, test } from './support/test.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { serveStatic, type StaticServer } from './support/staticServer.ts';

let host: StaticServer;
const original = readFileSync('public/data/canada-2025.json', 'utf8');
/** What the server answers for the data file now: a test changes it as the night's file would change. */
let served: string;
/** The status of each answer for the data file. */
let answers: number[];

test.beforeEach(async () => {
  served = original;
  answers = [];
  host = await serveStatic('dist', {
    respond: (pathname, res) => {
      if (pathname !== '/data/canada-2025.json') return false;
      // As a CDN serves the live file: an ETag, and a 304 with no body when the page already has this version.
      const etag = `"${createHash('sha1').update(served).digest('hex')}"`;
      const unchanged = res.req.headers['if-none-match'] === etag;
      answers.push(unchanged ? 304 : 200);
      if (unchanged) res.writeHead(304, { etag }).end();
      else res.writeHead(200, { 'content-type': 'application/json', etag, 'cache-control': 'no-cache' }).end(served);
      return true;
    },
  });
});
test.afterEach(async () => {
  await host.close();
});

interface Data {
  updated: string;
  parties: { id: string; seats: number; votes: number }[];
  ridings: { id: string; winner: string; margin: number; candidates: { party: string; votes: number }[] }[];
}

/** Terrebonne's recount, undone: the Bloc candidate gets the Liberal's one extra vote and the seat. */
function flipTerrebonne(): string {
  const data = JSON.parse(original) as Data;
  const riding = data.ridings.find((r) => r.id === '24073')!;
  const lpc = riding.candidates.find((c) => c.party === 'lpc')!;
  const bq = riding.candidates.find((c) => c.party === 'bq')!;
  [lpc.votes, bq.votes] = [bq.votes, lpc.votes];
  riding.candidates.sort((a, b) => b.votes - a.votes);
  riding.winner = 'bq';
  for (const p of data.parties) {
    if (p.id === 'lpc') [p.seats, p.votes] = [p.seats - 1, p.votes - 1];
    if (p.id === 'bq') [p.seats, p.votes] = [p.seats + 1, p.votes + 1];
  }
  data.updated = '2025-04-29T04:00:00Z';
  return JSON.stringify(data);
}

test('?live= refetches the changed file, pulses only the changed seat and keeps the view', async ({ page }) => {
  // The page's clock, moved on by hand: each refresh is one interval away (plus the page's jitter, at most a
  // fifth of it), not fifteen real seconds.
  await page.clock.install();
  await page.goto(`${host.origin}/party/bq/?live=15&province=qc`);
  const status = page.getByRole('status').filter({ hasText: 'Live' });
  await expect(status).toContainText('refreshed every 15 s');
  await expect(page.locator('[data-seat][data-party="bq"]')).toHaveCount(22);
  const firstUpdate = await status.locator('[data-live-updated]').getAttribute('data-live-updated');

  served = flipTerrebonne();
  await page.clock.runFor(18_000);
  await expect(page.locator('[data-seat][data-party="bq"]')).toHaveCount(23);
  await expect(page.locator('[data-seat][data-party="lpc"]')).toHaveCount(168);
  await expect(page.locator('.seat-updated')).toHaveCount(1);
  await expect(page.locator('.seat-updated')).toHaveAttribute('data-riding', '24073');
  expect(await status.locator('[data-live-updated]').getAttribute('data-live-updated')).not.toBe(firstUpdate);
  // The reader's view is untouched: same party, same province.
  await expect(page).toHaveURL(/\/party\/bq\/\?live=15&province=qc$/);
  await expect(page.locator('.province-panel')).toContainText('Quebec: 78 seats');

  served = '{"half written';
  await page.clock.runFor(18_000);
  await expect(status.locator('[data-live-warning]')).toContainText('showing the last good result');
  await expect(page.locator('[data-seat][data-party="bq"]')).toHaveCount(23);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('without ?live= nothing polls', async ({ page }) => {
  let fetches = 0;
  page.on('request', (r) => r.url().endsWith('/data/canada-2025.json') && fetches++);
  await page.clock.install();
  await page.goto(`${host.origin}/`);
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  // Three minutes on the page's clock: twelve times the shortest live interval.
  await page.clock.runFor(180_000);
  expect(fetches).toBe(1);
  await expect(page.locator('[data-live]')).toHaveCount(0);
});

test('?live=0 turns refreshing off, even for a file that asks to be refreshed', async ({ page }) => {
  served = JSON.stringify({ ...(JSON.parse(original) as object), live: 15 });
  let fetches = 0;
  page.on('request', (r) => r.url().endsWith('/data/canada-2025.json') && fetches++);
  await page.clock.install();
  await page.goto(`${host.origin}/?live=0`);
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await page.clock.runFor(60_000);
  expect(fetches).toBe(1);
  await expect(page.locator('[data-live]')).toHaveCount(0);
});

test('an interval out of range is brought into it, and the page says so', async ({ page }) => {
  await page.clock.install();
  await page.goto(`${host.origin}/?live=2`);
  const status = page.getByRole('status').filter({ hasText: 'Live' });
  await expect(status).toContainText('refreshed every 15 s (not every 2 s: 15 s is the shortest interval)');
  await expect(page.locator('[data-live="15"]')).toHaveCount(1);
});

test('a file that asks for a pace faster than the floor is drawn, refreshed at the floor, and the page says so', async ({ page }) => {
  served = JSON.stringify({ ...(JSON.parse(original) as object), live: 5 });
  await page.clock.install();
  await page.goto(`${host.origin}/`);
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const status = page.getByRole('status').filter({ hasText: 'Live' });
  await expect(status).toContainText('refreshed every 15 s (not every 5 s: 15 s is the shortest interval)');
});

test('the file sets the pace: a link cannot ask for faster, and an unchanged file costs a 304 with no body', async ({ page }) => {
  served = JSON.stringify({ ...(JSON.parse(original) as object), live: 60 });
  await page.clock.install();
  await page.goto(`${host.origin}/?live=15`);
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toContainText('refreshed every 60 s');
  await expect(page.locator('[data-live="60"]')).toHaveCount(1);
  await page.clock.runFor(45_000);
  expect(answers).toEqual([200]);
  await page.clock.runFor(27_000);
  await expect.poll(() => answers).toEqual([200, 304]);
  await expect(page.locator('[data-seat]')).toHaveCount(343);
});
