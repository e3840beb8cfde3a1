import { expect, test, type Page } from './support/test.ts';

const seatsOf = (page: Page, party: string) => page.locator(`[data-seat][data-party="${party}"]`);

test('changes since 2021 are marked on the seats and listed by party, from whom and to whom', async ({ page }) => {
  await page.goto('/?seats=changes');
  await expect(page.locator('[data-seat][data-flipped]')).toHaveCount(58);
  await expect(page.locator('[data-seat][data-riding="24073"]')).toHaveAttribute('data-flipped', 'true');
  await expect(page.locator('[data-seat][data-riding="24073"]')).toHaveAttribute(
    'aria-label',
    /Terrebonne: Liberal, by 1 vote\. Gain from Bloc/,
  );
  const table = page.locator('.seat-changes');
  await expect(table).toContainText('58 of 343 ridings changed hands.');
  await expect(table.locator('tr[data-party="lpc"]')).toContainText('+12');
  await expect(table.locator('tr[data-party="lpc"] [data-gains]')).toHaveText('Won 29: Bloc 11, Conservative 11, NDP 7');
  await expect(table.locator('tr[data-party="lpc"] [data-losses]')).toHaveText('Lost 17: Conservative 17');
  await expect(table.locator('tr[data-party="ndp"] td[data-value]')).toHaveText('−17');
});

test('the 2021 toggle reseats the same ridings on the same hemicycle, and they glide there', async ({ page }) => {
  await page.goto('/');
  await expect(seatsOf(page, 'lpc')).toHaveCount(169);
  const terrebonne = page.locator('[data-seat][data-riding="24073"]');
  const node = await terrebonne.elementHandle();
  const before = await terrebonne.evaluate((el) => [el.getAttribute('cx'), el.getAttribute('cy')]);
  // Click and look in the same task, so a slow machine cannot let the 800 ms transition end first.
  const moving = await page.evaluate(async () => {
    document.querySelector<HTMLElement>('[data-seats="previous"]')!.click();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const seat = document.querySelector('[data-seat][data-riding="24073"]')!;
    return seat.getAnimations().map((a) => (a as CSSTransition).transitionProperty);
  });
  expect(moving).toEqual(expect.arrayContaining(['cx', 'cy']));
  await expect(page).toHaveURL(/\?seats=previous$/);
  for (const [party, seats] of [
    ['lpc', 157],
    ['cpc', 126],
    ['bq', 34],
    ['ndp', 24],
    ['gpc', 2],
  ] as const) {
    await expect(seatsOf(page, party), party).toHaveCount(seats);
  }
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  // The same element, moved: identity is kept, and a transition carries it.
  expect(await node!.evaluate((el) => el.isConnected && el.getAttribute('data-party'))).toBe('bq');
  const after = await terrebonne.evaluate((el) => [el.getAttribute('cx'), el.getAttribute('cy')]);
  expect(after).not.toEqual(before);
  await expect(page.locator('.legend a[data-party="ndp"]')).toContainText('24');
});

test('under prefers-reduced-motion the seats jump to the 2021 result without animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const terrebonne = page.locator('[data-seat][data-riding="24073"]');
  await expect(terrebonne).toHaveAttribute('data-party', 'lpc');
  await page.locator('[data-seats="previous"]').click();
  await expect(terrebonne).toHaveAttribute('data-party', 'bq');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});
