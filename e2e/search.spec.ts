/** Finding a riding by its name or a candidate's: matching, the answer when nothing matches, the hint in the box, choosing. */
import { expect, test, type Page } from './support/test.ts';

const searchBox = (page: Page, lang: 'en' | 'fr' = 'en') =>
  page.getByRole('combobox', { name: lang === 'en' ? 'Find a riding or candidate' : 'Trouver une circonscription ou un candidat' });

test('search finds ridings ignoring case, accents and dashes, in both languages, and opens the choice', async ({ page }) => {
  await page.goto('/');
  const box = searchBox(page);
  await box.fill('levis');
  await expect(page.getByRole('option').first()).toContainText('Lévis—Lotbinière');
  await box.fill('TERREBONNE');
  await expect(page.getByRole('option', { name: /^Terrebonne/ })).toBeVisible();
  await box.fill('les peninsules');
  await expect(page.getByRole('option').first()).toContainText('Terra Nova—The Peninsulas');
  // Leaving the box closes the list and keeps the text; coming back opens it again.
  await box.blur();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(box).toHaveValue('les peninsules');
  await box.focus();
  await expect(page.getByRole('option').first()).toBeVisible();
  await box.fill('terrebonne');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/riding\/24073$/);
  await expect(page.locator('[data-riding-view="24073"]')).toBeVisible();
});

test('clicking or tapping a suggested riding opens it', async ({ page }, testInfo) => {
  await page.goto('/');
  await searchBox(page).fill('levis');
  const option = page.getByRole('option', { name: /^Lévis—Lotbinière/ });
  // The phone project has a touch screen: a tap must not close the list before it chooses.
  if (testInfo.project.use.hasTouch) await option.tap();
  else await option.click();
  await expect(page).toHaveURL(/\/riding\/\d+$/);
  await expect(page.locator('#riding-title')).toHaveText('Lévis—Lotbinière');
});

test('a candidate’s name finds the riding, accents and case ignored, and opens it', async ({ page }) => {
  await page.goto('/');
  const box = searchBox(page);
  const options = page.getByRole('listbox', { name: 'Find a riding or candidate' }).getByRole('option');
  await box.fill('POILIÈVRE');
  await expect(options).toHaveText(['Pierre Poilievre · Carleton Ont.']);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/riding\/35020$/);
  await expect(page.locator('#riding-title')).toHaveText('Carleton');
  await searchBox(page).fill('carney');
  await expect(options).toHaveText(['Mark Carney · Nepean Ont.']);
});

test('"St-" and "Saint-", "Ste" and "Sainte" find the same ridings', async ({ page }) => {
  await page.goto('/');
  const box = searchBox(page);
  // The ridings found by their own names (a candidate found reads "Name · Riding", after them).
  const options = page.getByRole('listbox', { name: 'Find a riding or candidate' }).getByRole('option').filter({ hasNotText: '·' });
  await box.fill('st-jean');
  await expect(options).toHaveText([/^Saint-Jean/, /^Lac-Saint-Jean/]);
  await box.fill('saint catharines');
  await expect(options).toHaveText([/^St\. Catharines/]);
  await box.fill('sault sainte marie');
  await expect(options).toHaveText([/^Sault Ste\. Marie—Algoma/]);
  await box.fill('Steveston');
  await expect(options).toHaveText([/^Richmond East—Steveston/]);
});

for (const [lang, path, noMatch] of [
  ['en', '/', 'No riding or candidate matches “zzqx”.'],
  ['fr', '/?lang=fr', 'Aucune circonscription ni aucun candidat ne correspond à « zzqx ».'],
] as const) {
  test(`a query that matches nothing says so under the box, in one live region (${lang})`, async ({ page }) => {
    await page.goto(path);
    const box = searchBox(page, lang);
    const status = page.locator('.riding-search [role="status"]');
    await expect(status).toHaveCount(1);
    await box.fill('levis');
    await expect(status).toHaveText(lang === 'en' ? '2 ridings found' : '2 circonscriptions trouvées');
    await box.fill('zzqx');
    await expect(status).toHaveText(noMatch);
    await expect(page.getByRole('listbox')).toBeHidden();
    // Seen, not only heard: the message takes its place under the box, in full.
    const [boxBottom, message] = [(await box.boundingBox())!, (await status.boundingBox())!];
    expect(message.y).toBeGreaterThanOrEqual(boxBottom.y + boxBottom.height);
    expect(message.width).toBeGreaterThan(100);
    await expect(status).toHaveCSS('clip-path', 'none');
    // It stays while the query does, and goes with it.
    await box.blur();
    await expect(status).toHaveText(noMatch);
    await box.fill('');
    await expect(status).toHaveText('');
  });

  test(`the hint in the box is not cut off on a 360 px phone (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const box = searchBox(page, lang);
    await expect(box).toHaveAttribute('placeholder', /Lévis/);
    // The hint set as the value overflows exactly when the hint would be cut: same font, and the
    // room kept for the clear button is taken either way. (Set directly, so React never sees it.)
    const overflow = await box.evaluate((input: HTMLInputElement) => {
      input.value = input.placeholder;
      const pixels = input.scrollWidth - input.clientWidth;
      input.value = '';
      return pixels;
    });
    expect(overflow, 'pixels of the hint cut off').toBe(0);
  });
}
