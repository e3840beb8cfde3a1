import { expect, test } from './support/test.ts';
import { onTestSite } from './support/testSite.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';

let host: StaticServer;
test.beforeAll(async () => {
  host = await serveStatic('dist');
});
test.afterAll(async () => host.close());

test('a seat card gives candidates, margin in votes and points, stage and the 2021 winner', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-seat][data-riding="24073"]').hover();
  const card = page.locator('.seat-card');
  await expect(card.locator('li.winner')).toContainText('Tatiana Auguste Liberal');
  await expect(card.locator('li.winner')).toContainText('23,352');
  await expect(card).toContainText('Nathalie Sinclair-Desgagné Bloc');
  await expect(card).toContainText('Margin: 1 vote (<0.1 pts)');
  await expect(card).toContainText('Judicially certified after a recount');
  await expect(card.locator('[data-flip]')).toContainText('2021 (transposed): Bloc · Gain from Bloc');
  // Party dots stay dots: the chart's own SVG rules must not reach the card's small SVGs.
  const dot = await card.locator('.swatch').first().boundingBox();
  expect(dot!.width).toBeLessThan(20);
  expect((await card.boundingBox())!.height).toBeLessThan(500);
});

test('the result switch says in plain words what "transposed" means, in both languages', async ({ page }) => {
  await page.goto('/');
  const note = page.locator('[data-note="transposed"]');
  await expect(note).toHaveText('2021 (transposed): the 2021 votes regrouped into the new ridings of 2025 (Elections Canada’s figures).');
  await expect(page.getByRole('group', { name: 'Seats shown' })).toHaveAccessibleDescription(/the 2021 votes regrouped/);
  if (page.viewportSize()!.width >= 1000) {
    // One line on a desktop: no taller than one line of its text.
    const [box, lineHeight] = [(await note.boundingBox())!, await note.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight))];
    expect(box.height).toBeLessThan(lineHeight * 1.5);
  }
  await page.goto('/?lang=fr&seats=previous');
  await expect(note).toHaveText(
    '2021 (transposé) : les votes de 2021 regroupés selon les nouvelles circonscriptions de 2025 (chiffres d’Élections Canada).',
  );
});

test('/riding/<id> opens cold on a plain static host, highlighted, with its own title and preview tags', async ({ page, request }) => {
  await page.goto(`${host.origin}/riding/24073`);
  const panel = page.locator('[data-riding-view="24073"]');
  // The riding is the page's headline; the panel under it gives its result.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terrebonne');
  await expect(panel.locator('tbody tr')).toHaveCount(6);
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(1);
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveAttribute('data-riding', '24073');
  await expect(page).toHaveTitle('Terrebonne: Liberal by 1 vote · 2025 Canadian federal election');
  const html = await (await request.get(`${host.origin}/riding/24073/`)).text();
  expect(html).toContain('<meta property="og:title" content="Terrebonne: Liberal by 1 vote');
  expect(html).toContain(`<meta property="og:image" content="${onTestSite('/og/riding/24073.png')}" />`);
  expect((await request.get(`${host.origin}/og/riding/24073.png`)).headers()['content-type']).toBe('image/png');
});

test('Enter on a focused seat opens its riding; a click does too', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-seat][tabindex="0"]').focus();
  await page.keyboard.press('End');
  const riding = await page.locator('[data-seat="342"]').getAttribute('data-riding');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/riding/${riding}$`));
  await page.locator('[data-seat][data-riding="10001"]').click();
  await expect(page).toHaveURL(/\/riding\/10001$/);
});

test('the closest races are listed by margin with the four recounts marked', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Closest races' });
  const rows = table.locator('[data-close-race]');
  await expect(rows.first()).toContainText('Terrebonne');
  await expect(rows.first()).toContainText('1 vote');
  await expect(table.locator('[data-recount]')).toHaveCount(4);
  await expect(table.locator('[data-recount]').filter({ hasText: 'Judicial recount' })).toHaveCount(4);
  await page.screenshot({ path: `screenshots/riding-search-${test.info().project.name}.png` });
});

test('the seats under the majority line can be hovered and clicked', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  // The seat nearest the line's foot sits under it at every width.
  const index = await page.evaluate(() => {
    const line = document.querySelector('[data-majority] polyline')!;
    const x = Number(line.getAttribute('points')!.split(',')[0]);
    const seats = [...document.querySelectorAll('[data-seat]')];
    return seats
      .reduce((best, s) => (Math.abs(Number(s.getAttribute('cx')) - x) < Math.abs(Number(best.getAttribute('cx')) - x) ? s : best))
      .getAttribute('data-seat');
  });
  const seat = page.locator(`[data-seat="${index}"]`);
  const riding = await seat.getAttribute('data-riding');
  await seat.hover();
  await expect(page.locator('.seat-card')).toBeVisible();
  await seat.click();
  await expect(page).toHaveURL(new RegExp(`/riding/${riding}$`));
});
