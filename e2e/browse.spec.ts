import { expect, test, type Page } from './support/test.ts';

const EXPECTED_SEATS = { lpc: 169, cpc: 144, bq: 22, ndp: 7, gpc: 1 };

async function openOverview(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('[data-seat]')).toHaveCount(343);
}

test('draws one seat per riding, grouped by party', async ({ page }) => {
  await openOverview(page);
  for (const [party, seats] of Object.entries(EXPECTED_SEATS)) {
    await expect(page.locator(`[data-seat][data-party="${party}"]`), party).toHaveCount(seats);
  }
  const ridings = await page.locator('[data-seat]').evaluateAll((els) => els.map((e) => e.getAttribute('data-riding')));
  expect(new Set(ridings).size).toBe(343);
  expect(ridings.every((r) => r && /^\d{5}$/.test(r))).toBe(true);
});

// Where the parties sit and the majority's line, label and race bar: first-screen.spec.ts.

test('breaks the result down by party, vote, change and province', async ({ page }) => {
  await openOverview(page);
  const seats = page.getByRole('table', { name: 'Seats and share of seats' });
  await expect(seats.locator('tr[data-party="lpc"]')).toContainText('169');
  await expect(seats.locator('tr[data-party="lpc"]')).toContainText('49.3%');
  const votes = page.getByRole('table', { name: 'Popular vote' });
  await expect(votes.locator('tr[data-party="lpc"]')).toContainText('43.8%');
  await expect(votes.locator('tr[data-party="ppc"]')).toContainText('0.7%');
  await expect(votes.locator('tr[data-party="ppc"]')).toContainText('136,977');
  const change = page.getByRole('table', { name: /Change in seats since/ });
  await expect(change.locator('tr[data-party="lpc"]')).toContainText('+12');
  await expect(change.locator('tr[data-party="ndp"]')).toContainText('−17');
  await expect(change.locator('tr[data-party="bq"]')).toContainText('34 → 22');
  const regions = page.getByRole('table', { name: 'Seats by province and territory' });
  await expect(regions.locator('tr[data-region="qc"]')).toContainText('78');
  await expect(regions.locator('tr[data-region="qc"] [role="img"]')).toHaveAttribute('aria-label', /Liberal 44.*Bloc 22.*Conservative 11/);
  await expect(regions.locator('tr[data-region="on"]')).toContainText('122');
});

test('hovering or focusing a seat shows its card, and moving away hides it', async ({ page }) => {
  await openOverview(page);
  await page.locator('[data-seat][data-riding="24073"]').hover();
  const card = page.locator('.seat-card');
  // What the card says is tested once, in explore.spec.ts.
  await expect(card).toContainText('Terrebonne');
  await page.mouse.move(0, 0);
  await expect(card).toHaveCount(0);

  // The keys that move between seats and close the card are tested once, in accessibility.spec.ts.
  await page.locator('[data-seat][tabindex="0"]').focus();
  await expect(card).toBeVisible();
});

test('on a phone, a seat card opened from the keyboard scrolls into view, whole', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openOverview(page);
  await page.locator('[data-seat][tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  const card = page.locator('.hemicycle .seat-card');
  await expect(card).toContainText('%');
  // Under the chart on a phone, the card would start 740 px down and end past the screen's bottom.
  await expect(async () => {
    const box = (await card.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
  }).toPass();
  await expect(page.locator('[data-seat]:focus')).toBeInViewport();
});

test('fits the width with no horizontal scrolling', async ({ page }) => {
  // 320 px, and 640 px: a 1280 px window at 200% zoom.
  for (const width of [320, 360, 640, 768, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await openOverview(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `at ${width}px`).toBeLessThanOrEqual(0);
    const chart = await page.locator('.hemicycle svg').boundingBox();
    // Up to 40 rem wide, so that on a desktop the whole hemicycle fits the first screen.
    expect(chart!.width, `chart fills the width at ${width}px`).toBeGreaterThanOrEqual(Math.min(width * 0.8, 640));
  }
});

test('the seats are one control away as a data table, and the chart states the result', async ({ page }) => {
  await openOverview(page);
  await expect(page.locator('.hemicycle svg')).toHaveAccessibleDescription(
    /Liberal 169.*Conservative 144.*172 seats are needed for a majority/,
  );
  await page.getByRole('button', { name: 'Show the seats as a table' }).click();
  const table = page.getByRole('table', { name: /Every seat: 343 ridings/ });
  await expect(table.locator('[data-riding-row]')).toHaveCount(343);
  const terrebonne = table.locator('[data-riding-row="24073"]');
  await expect(terrebonne).toContainText('1\u00a0vote');
  await expect(page.locator('[data-seat][data-riding="24073"]')).toHaveAttribute('aria-label', 'Terrebonne: Liberal, by 1 vote');
  // Each riding's name opens its page.
  await terrebonne.getByRole('link', { name: 'Terrebonne' }).click();
  await expect(page).toHaveURL(/\/riding\/24073$/);
});

test('saves screenshots of the overview', async ({ page }, testInfo) => {
  await openOverview(page);
  await page.locator('[data-seat][data-riding="24073"]').hover();
  await page.screenshot({ path: `screenshots/overview-${testInfo.project.name}-full.png`, fullPage: true });
  await page.screenshot({ path: `screenshots/overview-${testInfo.project.name}.png` });
});
