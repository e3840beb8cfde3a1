import { expect, test } from './support/test.ts';

const NBSP = '\u00a0';

test('/fr/ shows the whole view in French with French formats', async ({ page }) => {
  await page.goto('/fr/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('h1')).toHaveText('Élection fédérale canadienne de 2025');
  await expect(page.locator('.result-summary')).toContainText(
    `Le Parti libéral du Canada a remporté 169${NBSP}sièges, 3 de moins que la majorité`,
  );
  await expect(page.locator('[data-majority] text:visible')).toHaveText(['172', 'pour la majorité']);
  await expect(page.locator('[data-majority-bar]')).toContainText(`169 des 172${NBSP}sièges nécessaires à une majorité`);
  const votes = page.getByRole('table', { name: 'Vote populaire' });
  await expect(votes.locator('tr[data-party="lpc"]')).toContainText(/43,8[\u00a0\u202f]%/);
  await expect(votes.locator('tr[data-party="lpc"]')).toContainText(/8[\u00a0\u202f]595[\u00a0\u202f]488/);
  await page.locator('[data-seat][data-riding="24073"]').hover();
  await expect(page.locator('.seat-card')).toContainText(`Écart${NBSP}: 1${NBSP}voix`);
  await expect(page).toHaveTitle(/Hémicycle/);
});

test('switching language keeps the current view', async ({ page }) => {
  await page.goto('/party/cpc?theme=dark');
  await expect(page.locator('[data-party-view="cpc"]')).toContainText('Seats');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/:\d+\/fr\/party\/cpc\?theme=dark$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('[data-party-view="cpc"] h2')).toHaveText('Parti conservateur du Canada');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/:\d+\/party\/cpc\?theme=dark$/);
  await expect(page.locator('[data-party-view="cpc"] h2')).toHaveText('Conservative Party of Canada');
});

test.describe('with a French browser', () => {
  test.use({ locale: 'fr-CA' });
  // The path names the language, so a shared link opens as it was shared, drawn, without a switch after arrival.
  test('an English path stays English, one link from its French twin', async ({ page }) => {
    await page.goto('/party/bq');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#party-title')).toHaveText('Bloc Québécois');
    await expect(page.getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/party/bq');
  });
});

test('themes come from the URL and the theme links', async ({ page }) => {
  await page.goto('/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 24)');
  await page.getByRole('link', { name: 'Light' }).click();
  await expect(page).toHaveURL(/theme=light/);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('screenshots in French and in the dark theme', async ({ page }, testInfo) => {
  await page.goto('/fr/party/bq?theme=dark');
  await expect(page.locator('[data-seat]').first()).toBeVisible();
  await page.screenshot({ path: `screenshots/fr-dark-bq-${testInfo.project.name}.png` });
  await page.goto('/fr/');
  await expect(page.locator('[data-seat]').first()).toBeVisible();
  await page.screenshot({ path: `screenshots/fr-overview-${testInfo.project.name}.png`, fullPage: true });
});
