import { expect, test } from './support/test.ts';

test('?province=qc lights up Quebec and gives its breakdown', async ({ page }) => {
  await page.goto('/?province=qc');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(78);
  const panel = page.locator('.province-panel[data-region="qc"]');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Quebec: 78 seats');
  for (const [party, seats] of [
    ['lpc', '44'],
    ['bq', '22'],
    ['cpc', '11'],
    ['ndp', '1'],
  ] as const) {
    await expect(panel.locator(`tr[data-party="${party}"] td[data-value]`)).toHaveText(seats);
    // The legend counts what the chart keeps bright: Quebec's seats.
    await expect(page.locator(`.legend a[data-party="${party}"] .legend-seats`)).toHaveText(seats);
  }
  await expect(page.locator('.legend a[data-party="gpc"] .legend-seats')).toHaveText('no seat');
  await expect(page.getByRole('list', { name: 'Seats in Quebec' })).toBeVisible();
  await expect(page.locator('select[data-control="province"]')).toHaveValue('qc');
});

test('the province control switches province without leaving the view, and back works', async ({ page }) => {
  await page.goto('/party/cpc?province=qc');
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(11);
  await page.locator('select[data-control="province"]').selectOption('ab');
  await expect(page).toHaveURL(/\/party\/cpc\?province=ab$/);
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(34);
  await expect(page.locator('.province-panel')).toContainText('Alberta: 37 seats');
  await page.locator('select[data-control="province"]').selectOption('');
  await expect(page).toHaveURL(/\/party\/cpc$/);
  await expect(page.locator('.province-panel')).toHaveCount(0);
  await page.goBack();
  await expect(page.locator('.province-panel')).toContainText('Alberta');
});
