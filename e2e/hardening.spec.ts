/** What an outside probe found a reader could hit: an election that does not exist, text from the URL. */
import { expect, test } from './support/test.ts';

for (const id of ['Canada-2021', 'canada_2021', 'canada-2021%20', 'canada-2030']) {
  test(`?election=${id} says there is no such election, and offers those there are`, async ({ page }) => {
    await page.goto(`/?election=${id}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`There is no election “\u2068${decodeURIComponent(id)}\u2069” on this site`);
    // Never another election's result in its place.
    await expect(page.locator('[data-seat]')).toHaveCount(0);
    const links = alert.getByRole('navigation', { name: 'The elections here:' }).getByRole('link');
    await expect(links).toHaveText(['2025 Canadian federal election', '2021 Canadian federal election']);
    await links.nth(1).click();
    await expect(page.locator('[data-seat]')).toHaveCount(338);
  });
}

test('in French too', async ({ page }) => {
  await page.goto('/fr/?election=Canada-2021');
  await expect(page.getByRole('alert')).toContainText("Il n'y a pas d'élection «\u00a0\u2068Canada-2021\u2069\u00a0» sur ce site");
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Élection fédérale canadienne de 2025',
    'Élection fédérale canadienne de 2021',
  ]);
});

test('text from the URL cannot turn the sentence around it: it is isolated and its controls are shown', async ({ page }) => {
  await page.goto('/party/%E2%80%AEcpl%20is%20the%20winner');
  await expect(page.getByRole('alert').locator('h2')).toHaveText(
    'There is no party “\u2068U+202Ecpl is the winner\u2069” in this election.',
  );
});
