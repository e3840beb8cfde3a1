/**
 * A night in progress (#17): the data says which ridings have no result yet and which a party only leads, and
 * the page says so everywhere, never calling a result the data does not support. The night is the replay's
 * (scripts/replay/nightSnapshot.ts), at a moment when part of the country has reported.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { nightSnapshot } from '../scripts/replay/nightSnapshot.ts';
import { parseElection } from '../src/data/electionSchema.ts';
import { expect, test, type Page } from './support/test.ts';

const final = parseElection(JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')));
const night = nightSnapshot(final, 0.5);
const count = (status: 'none' | 'leading') => night.ridings.filter((r) => r.status === status).length;
const liberal = night.parties.find((p) => p.id === 'lpc')!;

/** The app is given the night's data in place of the final file. */
const serveNight = (page: Page) => page.route('**/data/canada-2025.json', (route) => route.fulfill({ json: night }));

test('the chart, scoreboard, headline and cards tell a night in progress: won, leading, and still to report', async ({ page }) => {
  expect([count('none'), count('leading')].every((n) => n > 10)).toBe(true);
  await serveNight(page);
  await page.goto('/');
  const seats = page.locator('.hemicycle [data-seat]');
  await expect(seats).toHaveCount(343);
  await expect(page.locator('.hemicycle [data-seat][data-status="none"]')).toHaveCount(count('none'));
  await expect(page.locator('.hemicycle [data-seat][data-status="leading"]')).toHaveCount(count('leading'));
  // A riding with no result is in no party's colour: it names no party.
  await expect(page.locator('.hemicycle [data-seat][data-status="none"][data-party]')).toHaveCount(0);
  const empty = await page
    .locator('.hemicycle [data-seat][data-status="none"]')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(empty).toBe('none');
  // Never "won": who is ahead, in how many ridings, and how many are still to report.
  await expect(page.locator('.result-summary')).toHaveText(
    `The Liberal Party of Canada is ahead in ${liberal.seats + liberal.leading!} of 343 ridings; ${count('none')} still to report.`,
  );
  await expect(page.locator('.score-tile[data-party="lpc"]')).toContainText(`${liberal.leading} leading`);
  await expect(page.locator('.race-text')).toContainText(`${count('none')} ridings to report`);
  await expect(page.locator('.status-key li')).toHaveText(['Elected', 'Leading', 'No result yet']);
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
  await expect(page.locator('.result-summary')).toContainText(`${count('none')} still to report`);
  await expect(page.locator('[data-seat][data-status="leading"]')).toHaveCount(count('leading'));
});

test('the map of a night in progress draws leads pale and ridings still to report blank; axe finds nothing on the night’s page', async ({
  page,
}, testInfo) => {
  await serveNight(page);
  await page.goto('/map');
  await expect(page.locator('.map-main [data-riding]')).toHaveCount(343);
  await expect(page.locator('.map-main [data-status="none"]')).toHaveCount(count('none'));
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
