import { expect, test } from './support/test.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';

let host: StaticServer;
test.beforeAll(async () => {
  host = await serveStatic('dist');
});
test.afterAll(async () => host.close());

test('?coalition=lpc,ndp opens cold: 176 seats, a majority, seated as one block up to the majority line', async ({ page }) => {
  await page.goto(`${host.origin}/?coalition=lpc,ndp`);
  const status = page.locator('.coalition-status');
  await expect(status).toHaveAttribute('data-coalition-seats', '176');
  await expect(status).toContainText('Liberal + NDP: 176 seats.');
  await expect(status).toContainText('172 needed, 4 to spare');
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(176);
  // The coalition's seats are the first 176 seats from the left: one block that crosses seat 172.
  const blocks = await page.locator('[data-seat]').evaluateAll((els) =>
    els
      .map((e) => ({ i: Number(e.getAttribute('data-seat')), party: e.getAttribute('data-party') ?? '' }))
      .sort((a, b) => a.i - b.i)
      .map((s) => (['lpc', 'ndp'].includes(s.party) ? 'C' : '-'))
      .join(''),
  );
  expect(blocks).toBe('C'.repeat(176) + '-'.repeat(343 - 176));
  await expect(page.locator('[data-majority]')).toHaveAttribute('data-majority', '172');
});

test('lists every minimal winning coalition, and LPC + GPC falls short at 170', async ({ page }) => {
  await page.goto('/');
  const minimal = page.locator('.coalition-minimal li');
  // \s: a no-break space keeps each number with "seats".
  await expect(minimal).toHaveText([
    /Liberal \+ Conservative · 313\sseats/,
    /Liberal \+ Bloc · 191\sseats/,
    /Liberal \+ NDP · 176\sseats/,
    /Conservative \+ Bloc \+ NDP · 173\sseats/,
  ]);
  await page.locator('.coalition-parties input[data-party="lpc"]').check();
  await page.locator('.coalition-parties input[data-party="gpc"]').check();
  await expect(page).toHaveURL(/\?coalition=lpc,gpc$/);
  await expect(page.locator('.coalition-status')).toContainText('Liberal + Green: 170 seats. 2 short of 172');
  await minimal.getByRole('link', { name: 'Conservative + Bloc + NDP' }).click();
  await expect(page).toHaveURL(/\?coalition=cpc,bq,ndp$/);
  await expect(page.locator('.coalition-status')).toHaveAttribute('data-coalition-seats', '173');
  await page.goBack();
  await expect(page.locator('.coalition-status')).toHaveAttribute('data-coalition-seats', '170');
});

test("a party's majority coalitions link to the coalition view", async ({ page }) => {
  await page.goto('/party/bq');
  await page.locator('.coalitions').getByRole('link', { name: 'Liberal + Bloc' }).click();
  await expect(page).toHaveURL(/\/party\/bq\?coalition=lpc,bq$/);
  await expect(page.locator('.coalition-status')).toHaveAttribute('data-coalition-seats', '191');
});

test('a coalition link with unknown or seatless parties seats and brightens only the parties that can be in it', async ({ page }) => {
  await page.goto('/?coalition=xyz,ppc,ndp');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.locator('.seat-dimmed')).toHaveCount(343 - 7);
  await expect(page.locator('[data-seat="0"]')).toHaveAttribute('data-party', 'ndp');
});
