import { expect, test } from './support/test.ts';

test('?election=canada-2021 opens the 2021 result on its 338 ridings, with its own majority', async ({ page }) => {
  await page.goto('/?election=canada-2021');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2021 Canadian federal election');
  await expect(page.locator('[data-seat]')).toHaveCount(338);
  for (const [party, seats] of [
    ['lpc', 160],
    ['cpc', 119],
    ['bq', 32],
    ['ndp', 25],
    ['gpc', 2],
  ] as const) {
    await expect(page.locator(`[data-seat][data-party="${party}"]`), party).toHaveCount(seats);
  }
  await expect(page.locator('[data-majority]')).toHaveAttribute('data-majority', '170');
  await expect(page.locator('[data-majority-bar]')).toContainText('160 of the 170 seats needed for a majority');
  await expect(page.getByText('The Liberal Party of Canada won 160 seats, 10 short of a majority: a minority.')).toBeVisible();
  // No previous election in this file: no change views, nothing broken.
  await expect(page.locator('[data-seats]')).toHaveCount(0);
  await expect(page.locator('.seat-changes')).toHaveCount(0);
});

test('every view keeps the election: party, riding, province and coalition', async ({ page }) => {
  await page.goto('/party/ndp?election=canada-2021');
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(25);
  await expect(page).toHaveTitle(/NDP: 25\sseats · 2021 Canadian federal election/);
  await page.goto('/riding/35018?election=canada-2021');
  await expect(page.locator('[data-riding-view="35018"]')).toBeVisible();
  await expect(page.locator('#riding-title')).toHaveText('Davenport');
  await page.goto('/?election=canada-2021&province=qc');
  await expect(page.locator('.province-panel')).toContainText('Quebec: 78 seats');
  await page.goto('/?election=canada-2021&coalition=lpc,ndp');
  await expect(page.locator('.coalition-status')).toContainText('185 seats');
  await page.locator('.legend a[data-party="cpc"]').click();
  await expect(page).toHaveURL(/\/party\/cpc\?election=canada-2021&coalition=lpc,ndp$/);
});

test('a link to another election never shows the election drawn into the page while its own loads, nor its title', async ({ page }) => {
  // The other election's file is held until the page has been looked at: what shows meanwhile is the page's own.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/canada-2021.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?election=canada-2021', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('data-other-election', '');
  await expect(page.getByText('2025 Canadian federal election')).toHaveCount(0);
  await expect(page.locator('[data-seat]').first()).toBeHidden();
  await expect(page.getByText('Loading the results…').first()).toBeVisible();
  expect(await page.title()).not.toContain('2025');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2021 Canadian federal election');
  await expect(page).toHaveTitle('2021 Canadian federal election · Hemicycle');
  // An election the site does not have: its notice, under a title of its own, and never 2025's result.
  await page.goto('/fr/?election=canada-2030');
  await expect(page.getByRole('alert')).toContainText('canada-2030');
  await expect(page).toHaveTitle('Les résultats n’ont pas pu être affichés · Hémicycle');
  await expect(page.locator('[data-seat]')).toHaveCount(0);
});
