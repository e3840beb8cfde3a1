/**
 * A night in progress (#17): the data says which ridings have no result yet and which a party only leads, and
 * the page says so everywhere, never calling a result the data does not support. The night is the replay's
 * (scripts/replay/nightSnapshot.ts), at a moment when part of the country has reported.
 */
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { ingestOnce } from '../scripts/ingest/ingest.ts';
import { nightSnapshot } from '../scripts/replay/nightSnapshot.ts';
import { startReplay, type Fault } from '../scripts/replay/replay.ts';
import { textsIn } from '../scripts/share/shareMeta.ts';
import { openLiveSite } from '../scripts/site/liveSite.ts';
import { isCounting } from '../src/data/ridingStatus.ts';
import { resultSentence } from '../src/shared/resultSentence.ts';
import { unsettledCalls } from '../src/test/unsettledCalls.ts';
import { parseElection } from '../src/data/electionSchema.ts';
import type { Request } from '@playwright/test';
import { expect, test, type Page } from './support/test.ts';

const final = parseElection(JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')));
const night = nightSnapshot(final, 0.5);
const count = (status: 'pending' | 'leading') => night.ridings.filter((r) => r.status === status).length;
const liberal = night.parties.find((p) => p.id === 'lpc')!;

/** The app is given the night's data in place of the final file. */
const serveNight = (page: Page) => page.route('**/data/canada-2025.json', (route) => route.fulfill({ json: night }));

test('the chart, scoreboard, headline and cards tell a night in progress: won, leading, and still to report', async ({ page }) => {
  expect([count('pending'), count('leading')].every((n) => n > 10)).toBe(true);
  await serveNight(page);
  await page.goto('/');
  const seats = page.locator('.hemicycle [data-seat]');
  await expect(seats).toHaveCount(343);
  await expect(page.locator('.hemicycle [data-seat][data-status="pending"]')).toHaveCount(count('pending'));
  await expect(page.locator('.hemicycle [data-seat][data-status="leading"]')).toHaveCount(count('leading'));
  await expect(page.locator('.hemicycle [data-seat][data-status="elected"]')).toHaveCount(343 - count('pending') - count('leading'));
  // A riding with no result is in no party's colour: its data-party is empty.
  await expect(page.locator('.hemicycle [data-seat][data-party=""]')).toHaveCount(count('pending'));
  const empty = await page
    .locator('.hemicycle [data-seat][data-status="pending"]')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(empty).toBe('none');
  // Never "won": who is ahead, in how many ridings, and how many are still to report.
  await expect(page.locator('.result-summary')).toHaveText(
    `The Liberal Party of Canada is ahead in ${liberal.seats + liberal.leading!} of 343 ridings (${liberal.seats} elected); ${count('pending')} still to report.`,
  );
  await expect(page.locator('.score-tile[data-party="lpc"]')).toContainText(`${liberal.leading} leading`);
  await expect(page.locator('.race-text')).toContainText(`${count('pending')} ridings to report`);
  await expect(page.locator('.status-key li')).toHaveText(['Elected', 'Leading', 'No result yet']);
  // The chart's name says what its seats are.
  await expect(page.locator('.hemicycle svg')).toHaveAccessibleName('Seats won and leading, by party');
  // A lead's card says so, with its polls.
  const lead = night.ridings.find((r) => r.status === 'leading')!;
  await page.locator(`.hemicycle [data-seat][data-riding="${lead.id}"]`).hover();
  await expect(page.locator('.seat-card .riding-stage')).toHaveText(
    `Leading · ${lead.polls!.reporting} of ${lead.polls!.total} polls reporting`,
  );
  // In French, and in the embed.
  await page.goto('/fr/');
  await expect(page.locator('.result-summary')).toContainText('est en tête dans');
  await expect(page.locator('.status-key li')).toHaveText(['Élu', 'En tête', 'Aucun résultat']);
  await page.goto('/embed/');
  await expect(page.locator('.result-summary')).toContainText(`${count('pending')} still to report`);
  await expect(page.locator('.status-key li')).toHaveCount(3);
  await expect(page.locator('[data-seat][data-status="leading"]')).toHaveCount(count('leading'));
  // A party's page, its embed and the tables count as the chart does (won + led), never a partial count as a
  // result: the change is against the ridings counted so far.
  const bloc = night.parties.find((p) => p.id === 'bq')!;
  const counted = bloc.seats + (bloc.leading ?? 0);
  const heldThere = night.ridings.filter((r) => r.status !== 'pending' && r.previousWinner === 'bq').length;
  await page.goto('/party/bq');
  await expect(page.locator('.result-summary')).toContainText(`Ahead in ${counted} of 343 ridings (${bloc.seats} elected)`);
  await expect(page.locator('.breakdowns tr[data-party="bq"]').first()).toContainText(String(counted));
  await expect(page.locator('caption', { hasText: `Ridings won or led (${counted})` })).toBeVisible();
  await expect(page.locator('.score-tile[data-party="bq"] .score-change')).toContainText(String(Math.abs(counted - heldThere)));
  await page.goto('/embed/party/bq');
  await expect(page.locator('.embed-title')).toContainText(`${counted}\u00a0won or leading`);
  // No close race among ridings that have not reported.
  await page.goto('/');
  const pending = new Set(night.ridings.filter((r) => r.status === 'pending').map((r) => r.id));
  const races = await page.locator('[data-close-race]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-close-race')));
  expect(races.filter((id) => pending.has(id!))).toEqual([]);
});

test.describe('on other shapes', () => {
  test.use({ hasTouch: true });

  test('benches and a wide arc draw the night’s statuses too, and a tap on a lead pins its card', async ({ page }) => {
    await serveNight(page);
    for (const shape of ['?layout=benches', '?arc=240&rows=12']) {
      await page.goto(`/${shape}`);
      await expect(page.locator('.hemicycle [data-seat]')).toHaveCount(343);
      await expect(page.locator('.hemicycle [data-seat][data-status="pending"]')).toHaveCount(count('pending'));
      await expect(page.locator('.hemicycle [data-seat][data-status="leading"]')).toHaveCount(count('leading'));
      await expect(page.locator('.hemicycle [data-seat][data-party=""]')).toHaveCount(count('pending'));
      const lead = night.ridings.find((r) => r.status === 'leading')!;
      await page.locator(`.hemicycle [data-seat][data-riding="${lead.id}"]`).tap();
      await expect(page.locator('.seat-card .riding-stage')).toHaveText(
        `Leading · ${lead.polls!.reporting} of ${lead.polls!.total} polls reporting`,
      );
      await expect(page.locator('.seat-card').getByRole('button', { name: 'Close' })).toBeVisible();
    }
  });
});

test('the map of a night in progress draws leads pale and ridings still to report blank; axe finds nothing on the night’s page', async ({
  page,
}, testInfo) => {
  await serveNight(page);
  await page.goto('/map');
  await expect(page.locator('.map-main [data-riding]')).toHaveCount(343);
  await expect(page.locator('.map-main [data-status="pending"]')).toHaveCount(count('pending'));
  await expect(page.locator('.map-main [data-status="leading"]')).toHaveCount(count('leading'));
  test.skip(testInfo.project.name !== 'desktop', 'the markup checked is the same at every width');
  await page.goto('/');
  await expect(page.locator('.status-key')).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(true)
    .exclude('.map-panel')
    .analyze();
  expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
});

test('a whole night, replayed through the ingest into the site served: never blank, never older than the last good result, warned while the source fails, never calling what the count has not settled, and served drawn as it stands', async ({
  page,
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one night is enough: the page is the same at every width');
  // Eleven files, each drawn into the site's pages and read four ways: a long test, on a busy machine longer.
  test.setTimeout(240_000);
  // The night's source (the replay); the site as `npm run night` serves it (a copy of the build, without the
  // build's preview pictures), its pages drawn again from each file the ingest writes; and the app reading it live.
  let moment = 0;
  let fault: Fault = 'none';
  const replay = await startReplay({ t: () => moment, fault: () => fault });
  const site = mkdtempSync(join(tmpdir(), 'night-site-'));
  cpSync('dist', site, { recursive: true, filter: (from) => !/[/\\]og[/\\]/.test(from) });
  const out = join(site, 'data', 'canada-2025.json');
  const live = await openLiveSite(site, resolve('dist-ssr/entry-server.js'));
  const server = await preview({ build: { outDir: site }, preview: { port: 0, open: false }, logLevel: 'silent' });
  const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  // Twenty seconds of the night pass between two reads of the source, on the ingest's clock and the page's alike:
  // more than the page's interval (the file's 15 s) with its jitter (at most 3 s), so each step is read.
  let now = Date.parse('2025-04-28T23:00:00Z');
  await page.clock.install({ time: now });
  // The page's clock goes five seconds at a time, and waits for a refresh in flight: a fetch is real, its 15 s
  // timeout is on the page's clock, and twenty seconds run at once would time out a refresh started early in them.
  let inFlight = 0;
  const isData = (url: string) => url.endsWith('/data/canada-2025.json');
  page.on('request', (request) => void (isData(request.url()) && (inFlight += 1)));
  const ended = (request: Request) => void (isData(request.url()) && (inFlight -= 1));
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const pass = async (ms: number) => {
    for (let passed = 0; passed < ms; passed += 5000) {
      await page.clock.runFor(5000);
      await expect.poll(() => inFlight).toBe(0);
    }
  };
  // The riding pages are left to `npm run night` (each says its time): the pages checked here are drawn each time.
  const ingest = async (t: number, next: Fault) => {
    [moment, fault] = [t, next];
    const result = await ingestOnce({ source: replay.url, out, every: 15, timeoutMs: 500, site: live, budgetMs: 0 }, new Date(now));
    return result.wrote;
  };
  const file = () => parseElection(JSON.parse(readFileSync(out, 'utf8')));
  /** What the file the page reads says now: the seats still to report and the leads. */
  const written = () => {
    const election = file();
    return [election.ridings.filter((r) => r.status === 'pending').length, election.ridings.filter((r) => r.status === 'leading').length];
  };
  const shown = page.locator('.hemicycle [data-seat]');
  const expectShown = async ([none, leading]: number[]) => {
    await expect(shown).toHaveCount(343);
    await expect(page.locator('.hemicycle [data-seat][data-status="pending"]')).toHaveCount(none!);
    await expect(page.locator('.hemicycle [data-seat][data-status="leading"]')).toHaveCount(leading!);
  };
  const warning = page.locator('[data-live-warning]');
  // A reader without scripts: what the server sends is what is read.
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  /** The served HTML of each page, in each language, against the file served at this moment. */
  const expectServed = async () => {
    const election = file();
    const [none, leading] = written();
    for (const [lang, paths] of [
      ['en', ['/', '/embed/']],
      ['fr', ['/fr/', '/fr/party/lpc']],
    ] as const) {
      for (const path of paths) {
        await plain.goto(`${origin}${path}`);
        const seats = plain.locator('[data-seat]');
        await expect(seats, path).toHaveCount(343);
        await expect(plain.locator('[data-seat][data-status="pending"]'), path).toHaveCount(none!);
        await expect(plain.locator('[data-seat][data-status="leading"]'), path).toHaveCount(leading!);
        const headline = resultSentence(textsIn(lang), election).text;
        if (!path.includes('/party/')) await expect(plain.locator('.result-summary'), path).toHaveText(headline);
        const text = await plain.locator('body').innerText();
        expect(unsettledCalls(text, election), `${path} as served`).toEqual({ majority: [], minority: [] });
        // Its link preview says the same: a live count, as of the file's time, while the count goes on.
        if (!path.includes('/embed/') && isCounting(election))
          await expect(plain.locator('meta[property="og:description"]'), path).toHaveAttribute(
            'content',
            /^(Live count|Dépouillement en cours)/,
          );
      }
    }
  };
  /** The live page's words, in English and in French, call nothing the count has not settled. */
  const expectNoUnsettledCall = async () => {
    const election = file();
    expect(unsettledCalls(await page.locator('body').innerText(), election), 'the live page').toEqual({ majority: [], minority: [] });
  };

  expect(await ingest(0, 'none')).toBe(true);
  await expectServed();
  // No ?live=: the file the ingest writes sets the pace.
  await page.goto(`${origin}/`);
  await expect(page.locator('.result-summary')).toHaveText('No results yet: 343 ridings to report.');
  await expectShown([343, 0]);
  // The night goes on; the source fails three ways on the way (an error, a file cut in half, then silence).
  const steps: [number, Fault][] = [
    [0.1, 'none'],
    [0.3, 'none'],
    [0.45, 'error'],
    [0.5, 'truncated'],
    [0.55, 'silent'],
    [0.6, 'silent'],
    [0.65, 'none'],
    [0.8, 'none'],
    [0.95, 'none'],
    [1, 'none'],
  ];
  let lastGood = written();
  for (const [t, next] of steps) {
    now += 20_000;
    const wrote = await ingest(t, next);
    expect(wrote, `t=${t} ${next}`).toBe(next === 'none');
    if (wrote) {
      lastGood = written();
      await expectServed();
    }
    // The page reads the file at its next refresh: it shows the last good night, never an older one, never blank.
    await pass(20_000);
    await expectShown(lastGood);
    await expectNoUnsettledCall();
    // Three intervals (45 s) without new results, on a night still counting: the page says the source may be down.
    if (t === 0.55) await expect(warning).toContainText('No new results since');
    if (t === 0.65) await expect(warning).toHaveCount(0);
  }
  await expect(page.locator('.result-summary')).toHaveText('The Liberal Party of Canada won 169 seats, 3 short of a majority: a minority.');
  await expect(page.locator('.score-tile[data-party="cpc"] .score-seats')).toHaveText('144');
  await expect(page.locator('.hemicycle [data-seat][data-status="pending"], .hemicycle [data-seat][data-status="leading"]')).toHaveCount(0);
  // The same night in French, as it ended.
  await page.goto(`${origin}/fr/`);
  await expect(page.locator('.result-summary')).toContainText('169');
  await expectNoUnsettledCall();
  await Promise.all([replay.close(), server.close(), plain.context().close()]);
});
