import { expect, test } from './support/test.ts';

test('a party path highlights its seats and dims the rest', async ({ page }) => {
  await page.goto('/party/cpc');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.locator('.seat-dimmed')).toHaveCount(343 - 144);
  await expect(page.locator('.seat-dimmed[data-party="cpc"]')).toHaveCount(0);
});

test('a malformed escape in a party path says the party is unknown, in the app and the embed', async ({ page }) => {
  for (const path of ['/party/%25E0', '/embed/party/%25E0']) {
    await page.goto(path);
    await expect(page.getByRole('alert')).toContainText('%E0');
    await expect(page.locator('[data-seat]')).toHaveCount(343);
  }
});
