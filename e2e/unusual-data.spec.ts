/**
 * Valid but unusual data never breaks a page (#19): random elections (src/test/randomElection.ts: up to 40
 * parties and 450 seats, names in any script or one long word, hundreds of billions of votes) on the
 * overview, a party page and a riding page of a 320 px phone: no horizontal scroll, no error, every seat.
 * Each sample is drawn on one of the three pages in turn, so each page meets two samples: names in a dozen
 * scripts cost the browser seconds a page to find fonts for, and the pages share their code, not their data.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Election } from '../src/data/electionSchema.ts';
import { randomElection } from '../src/test/randomElection.ts';
import { expect, test } from './support/test.ts';

const SAMPLES = fc.sample(randomElection, { numRuns: 6, seed: 320 });
const longest = <T>(items: T[], size: (item: T) => number) => items.reduce((a, b) => (size(b) > size(a) ? b : a));

test.describe('unusual data at 320 px', () => {
  for (const [i, election] of SAMPLES.entries()) {
    const party = longest(election.parties, (p) => p.name.en.length + p.shortName.en.length);
    const riding = longest(election.ridings, (r) => r.name.en.length + Math.max(...r.candidates.map((c) => c.name.length)));
    test(`sample ${i}: ${election.parties.length} parties, ${election.totalSeats} seats`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== 'phone', 'the narrowest screen is the test: one project is enough');
      // Names in a dozen scripts send Chromium looking through the system's fonts for glyphs it lacks: measured
      // (CPU profile), up to 9 s of a page's load is the browser's own work, not the app's, and twice that when
      // the other worker is busy. Three times the usual limit, so a busy machine is not taken for a broken page.
      test.slow();
      await testInfo.attach('election.json', { body: JSON.stringify(election), contentType: 'application/json' });
      await page.setViewportSize({ width: 320, height: 640 });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
      await page.route('**/data/random.json', (route) => route.fulfill({ json: election satisfies Election }));

      // The same allowance for each page to be drawn: test.slow() lengthens the test, not each assertion's wait.
      const drawn = { timeout: 15_000 };
      for (const path of [['/', `/party/${party.id}`, `/riding/${riding.id}`][i % 3]!]) {
        await page.goto(`${path}?election=random`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible(drawn);
        if (path !== `/riding/${riding.id}`) await expect(page.locator('[data-seat]')).toHaveCount(election.totalSeats, drawn);
        await expect(page.getByRole('alert')).toHaveCount(0);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(320);
      }
      expect(errors).toEqual([]);
    });
  }
});

test('the real result fits its tables on a 320 px phone, in both languages: nothing scrolls inside them', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one narrow screen is the test');
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/fr/', '/fr/party/ndp', '/fr/riding/24073', '/party/lpc', '/fr/?seats=changes']) {
    await page.goto(path);
    const scrolled = await page.evaluate(() =>
      [...document.querySelectorAll('.table-frame, .seat-changes, .close-races-panel')]
        .filter((frame) => frame.scrollWidth > frame.clientWidth)
        .map((frame) => frame.querySelector('caption, h2')?.textContent),
    );
    expect(scrolled, path).toEqual([]);
    // The province menu shows its whole choice ("Toutes les provinces et territoires"), not a word cut short.
    const cut = await page
      .locator('select')
      .first()
      .evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return context.measureText(select.options[select.selectedIndex]!.text).width - room;
      });
    expect(cut, `${path}: the menu's choice overflows by ${cut} px`).toBeLessThanOrEqual(0);
  }
});

test('a 300-letter party name with no place to break fits a 320 px phone: tiles, labels, cards and tables', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one narrow screen is the test');
  // The real result, with the NDP named by one unbroken word, short name and long.
  const data = JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')) as Election;
  const word = `N${'D'.repeat(298)}P`;
  const ndp = data.parties.find((p) => p.id === 'ndp')!;
  [ndp.name, ndp.shortName] = [
    { en: word, fr: word },
    { en: word, fr: word },
  ];
  await page.route('**/data/long-names.json', (route) => route.fulfill({ json: { ...data, id: 'long-names' } }));
  await page.setViewportSize({ width: 320, height: 640 });
  const ridingId = data.ridings.find((r) => r.winner === 'ndp')!.id;
  for (const path of ['/', '/party/ndp', `/riding/${ridingId}`, '/?seats=changes', '/fr/party/ndp']) {
    await page.goto(`${path}${path.includes('?') ? '&' : '?'}election=long-names`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Hover a seat of the NDP: its card too stays on the screen.
    if (path === '/') await page.locator('[data-seat][data-party="ndp"]').first().hover();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(320);
  }
});
