import { expect, test } from './support/test.ts';
import { onTestSite } from './support/testSite.ts';
import { election } from './support/election.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';

let host: StaticServer;
test.beforeAll(async () => {
  host = await serveStatic('dist');
});
test.afterAll(async () => host.close());

for (const party of election.parties) {
  test(`/party/${party.id} opens cold on a plain static host`, async ({ page }) => {
    await page.goto(`${host.origin}/party/${party.id}`);
    const panel = page.locator(`[data-party-view="${party.id}"]`);
    await expect(panel.getByRole('heading', { level: 2 }).first()).toHaveText(party.name.en);
    await expect(panel.locator('[data-stat="seats"]')).toHaveText(String(party.seats));
    await expect(page.locator('[data-seat]')).toHaveCount(election.totalSeats);
    await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(party.seats);
    await expect(page).toHaveTitle(new RegExp(`^${party.shortName.en}: ${party.seats}\\sseats?`));
  });
}

test('the HTML of a party path names the party before any script runs', async ({ request }) => {
  const response = await request.get(`${host.origin}/party/cpc/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<title>Conservative: 144\u00a0seats · 2025 Canadian federal election</title>');
  expect(html).toMatch(/<meta property="og:title" content="Conservative: 144\u00a0seats[^"]*"/);
  expect(html).toMatch(/<meta property="og:description" content="The Conservative Party of Canada won 144 of 343 seats/);
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(image).toBe(onTestSite('/og/cpc.png'));

  const png = await request.get(`${host.origin}${new URL(image!).pathname}`);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('vite preview serves party and embed paths too', async ({ request }) => {
  for (const path of ['/party/ppc', '/embed/', '/embed/party/bq']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
  expect(await (await request.get('/party/ppc')).text()).toContain('<meta property="og:title" content="PPC: 0\u00a0seats');
  expect(await (await request.get('/embed/party/bq')).text()).toContain('<meta name="robots" content="noindex" />');
});

test('switching party updates the URL without a reload; back and forward work', async ({ page }) => {
  await page.goto('/party/lpc');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.locator('.legend a[data-party="ndp"]').click();
  await expect(page).toHaveURL(/\/party\/ndp$/);
  await expect(page.locator('[data-party-view="ndp"]')).toBeVisible();
  await expect(page).toHaveTitle(/^NDP: 7\sseats/);
  await page.goBack();
  await expect(page).toHaveURL(/\/party\/lpc$/);
  await expect(page.locator('[data-party-view="lpc"]')).toBeVisible();
  await page.goForward();
  await expect(page.locator('[data-party-view="ndp"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test('a party view shows its road to a majority and its ridings by margin', async ({ page }) => {
  await page.goto('/party/lpc');
  const panel = page.locator('[data-party-view="lpc"]');
  await expect(panel.locator('[data-stat="majority"]')).toHaveText('3 short of 172');
  await expect(panel.locator('[data-stat="change"]')).toHaveText('+12');
  await expect(panel.getByText('Liberal + NDP · 176 seats')).toBeVisible();
  const wins = page.locator('[data-party-wins="lpc"]');
  await expect(wins.locator('[data-riding-row]').first()).toContainText('Terrebonne');
  await expect(wins.locator('[data-riding-row]:visible')).toHaveCount(10);
  await wins.getByRole('button', { name: 'Show all 169' }).click();
  await expect(wins.locator('[data-riding-row]:visible')).toHaveCount(169);
  await expect(wins.getByRole('table', { name: /Liberal seats by province/ }).locator('tr[data-region="qc"]')).toContainText('44 of 78');
});

test('a party with no seat has a view too: it says so, with its vote, and lists where it did best', async ({ page }) => {
  await page.goto('/party/ppc');
  const panel = page.locator('[data-party-view="ppc"]');
  await expect(panel.locator('[data-stat="vote-share"]')).toHaveText('0.7%');
  await expect(panel.locator('[data-stat="no-seat"]')).toHaveText('Won no seat, with 0.7% of the vote.');
  // "172 short of 172" says nothing of a party without seats.
  await expect(panel.locator('[data-stat="majority"]')).toHaveCount(0);
  await expect(panel.locator('[data-stat="change"]')).toHaveText('None');
  // Its page leads with its own figures: no House scoreboard, and its card above the chart, across the page.
  await expect(page.locator('.scoreboard')).toHaveCount(0);
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  expect(await top('[data-party-view="ppc"]')).toBeLessThan(await top('.hemicycle-panel'));
  const best = page.locator('[data-party-wins="ppc"] [data-best-ridings]');
  await expect(best.getByRole('caption')).toHaveText('Where the PPC did best');
  await expect(best.locator('[data-riding-row]')).toHaveCount(10);
  await page.screenshot({ path: `screenshots/party-ppc-${test.info().project.name}.png` });
  await best.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/riding\/\d{5}$/);
});
