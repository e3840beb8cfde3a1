/** Every page arrives drawn: the HTML served holds the result before any script runs, and the app takes it over. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './support/test.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/', '/party/cpc', '/riding/24073']) {
    test(`${path} is readable from its HTML alone`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveText('2025 Canadian federal election');
      await expect(page.locator('.result-summary')).toContainText('169 seats, 3 short of a majority');
      await expect(page.locator('[data-seat]')).toHaveCount(343);
      await expect(page.locator('[data-seat][data-party="lpc"][data-riding]')).toHaveCount(169);
      await expect(page.locator('[data-majority="172"]')).toBeVisible();
      await expect(page.locator('noscript')).toHaveCount(0);
    });
  }

  test('the overview carries its scoreboard and the party page its party', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.score-tile')).toHaveCount(5);
    await page.goto('/party/cpc');
    await expect(page.locator('#party-title')).toHaveText('Conservative Party of Canada');
    await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(144);
    await page.goto('/riding/24073');
    await expect(page.locator('#riding-title')).toHaveText('Terrebonne');
  });
});

/** Console errors and React's hydration warnings, collected while a page loads and settles. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const path of ['/', '/party/bq', '/riding/24073']) {
  test(`${path} hydrates its HTML without a mismatch, and works`, async ({ page }) => {
    const errors = watchErrors(page);
    // Hold the data until the served seat is marked: the app cannot hydrate (or redraw) before then.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/canada-2025.json', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const seat = page.locator('[data-riding="24073"]');
    // The served seat stays: hydration adopts the element instead of drawing a new one.
    await seat.evaluate((el) => ((el as Element & { marked?: boolean }).marked = true));
    release();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await seat.hover();
    await expect(page.locator('.seat-card')).toContainText('Terrebonne');
    expect(await seat.evaluate((el) => (el as Element & { marked?: boolean }).marked)).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('another view of a prerendered page renders afresh, in its own language', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/party/bq?lang=fr');
  await expect(page.locator('h1')).toHaveText('Élection fédérale canadienne de 2025');
  await expect(page.locator('#party-title')).toHaveText('Bloc Québécois');
  expect(errors).toEqual([]);
});

test('data changed since the build is drawn afresh, not hydrated into HTML that no longer matches', async ({ page }) => {
  const errors = watchErrors(page);
  const data = JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')) as { parties: { id: string; name: { en: string } }[] };
  data.parties.find((p) => p.id === 'lpc')!.name.en = 'Liberal Party of Canada (corrected)';
  await page.route('**/data/canada-2025.json', (route) => route.fulfill({ json: data }));
  await page.goto('/');
  await expect(page.locator('.result-summary')).toContainText('The Liberal Party of Canada (corrected) won 169 seats');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  expect(errors).toEqual([]);
});
