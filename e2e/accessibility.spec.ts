import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ROUTES: [string, string][] = [
  ['overview', '/'],
  ['party', '/party/lpc'],
  ['party without seats', '/party/ppc'],
  ['embed', '/embed/party/bq'],
  ['unknown party', '/party/xyz'],
];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
        .slice(0, 2)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

for (const lang of ['en', 'fr']) {
  for (const theme of ['light', 'dark']) {
    for (const [name, path] of ROUTES) {
      test(`axe: ${name} in ${lang}, ${theme} theme`, async ({ page }) => {
        await page.goto(`${path}?lang=${lang}&theme=${theme}`);
        await expect(page.locator('[data-seat]').first()).toBeVisible();
        await expectNoViolations(page);
      });
    }
    test(`axe: error state in ${lang}, ${theme} theme`, async ({ page }) => {
      await page.route('**/data/canada-2025.json', (route) => route.fulfill({ status: 500, body: '' }));
      await page.goto(`/?lang=${lang}&theme=${theme}`);
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page);
    });
  }
}
