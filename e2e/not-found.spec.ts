/**
 * A link to a party, riding or province the election does not have: the page says which, in words of its own
 * kind, shows the whole result meanwhile, and links back to it. What counts as unknown is decided, and
 * unit-tested, in one place (src/shared/resolveView.ts); the embed's own case is in embed.spec.ts, and random
 * links of every kind in url-fuzz.spec.ts.
 */
import { expect, test } from './support/test.ts';

for (const [path, said] of [
  ['/party/xyz', 'There is no party “\u2068xyz\u2069” in this election.'],
  ['/riding/99999', 'There is no riding “\u206899999\u2069”'],
  ['/?province=zz', 'There is no province or territory “\u2068zz\u2069” in this election.'],
]) {
  test(`${path} says what it cannot show, with a way back`, async ({ page }) => {
    await page.goto(path!);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(said!);
    await expect(page.locator('[data-seat]')).toHaveCount(343);
    await alert.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}
