import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test.ts';

const ROUTES: [string, string][] = [
  ['overview', '/'],
  ['party', '/party/lpc'],
  ['party without seats', '/party/ppc'],
  ['riding', '/riding/24073'],
  ['explore (province, changes, coalition)', '/?province=qc&seats=changes&coalition=lpc,ndp'],
  ['embed', '/embed/party/bq'],
  ['unknown party', '/party/xyz'],
];

/**
 * axe with the WCAG 2.2 A/AA rules and axe's experimental ones. The 343 seats are half of axe's time and are the same markup at every
 * width (only their colours change with the theme, and axe checks text colours), so they are checked on the
 * desktop runs and left out of the phone's.
 */
async function expectNoViolations(page: Page, { seats }: { seats: boolean }) {
  // Legacy mode runs axe in the page itself: these pages have no cross-origin frames, and the default mode's extra
  // page for finishing the run cost 2.5 s a test (4.4 s against 1.9 s on /party/lpc).
  // Experimental rules too: among them, a control's accessible name holds its visible label (WCAG 2.5.3).
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental']).setLegacyMode(true);
  if (!seats) axe = axe.exclude('.hemicycle-seats');
  // The riding map has its own axe test (e2e/map.spec.ts): its 450 shapes are left out here, whether or not
  // the map had come near the screen when the page was checked.
  axe = axe.exclude('.map-panel');
  const results = await axe.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes
        .slice(0, 2)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/**
 * Each language and each theme once per screen, every pair once over both: a theme changes colours (what the
 * contrast rule reads) and a language changes words (labels, names), and neither depends on the other. The
 * desktop checks English light and French dark, seats included; the phone English dark and French light.
 */
const RUNS: Record<string, Set<string>> = { desktop: new Set(['en light', 'fr dark']), phone: new Set(['en dark', 'fr light']) };
const skipUnlessRun = (project: string, lang: string, theme: string) =>
  test.skip(!RUNS[project]?.has(`${lang} ${theme}`), 'each pair of language and theme is checked once, on one of the two screens');

for (const lang of ['en', 'fr']) {
  for (const theme of ['light', 'dark']) {
    for (const [name, path] of ROUTES) {
      test(`axe: ${name} in ${lang}, ${theme} theme`, async ({ page }, testInfo) => {
        const phone = testInfo.project.name === 'phone';
        skipUnlessRun(testInfo.project.name, lang, theme);
        await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}&theme=${theme}`);
        await expect(page.locator('[data-seat]').first()).toBeVisible();
        // The panels below the chart render just after it: check the whole page, footer included.
        if (!path.startsWith('/embed/')) await expect(page.getByRole('contentinfo')).toBeVisible();
        await expectNoViolations(page, { seats: !phone });
      });
    }
    test(`axe: error state in ${lang}, ${theme} theme`, async ({ page }, testInfo) => {
      skipUnlessRun(testInfo.project.name, lang, theme);
      await page.route('**/data/canada-2025.json', (route) => route.fulfill({ status: 500, body: '' }));
      await page.goto(`/?lang=${lang}&theme=${theme}`);
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, { seats: false });
    });
  }
}

test('Tab walks the controls in reading order, and the hemicycle is a single stop', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  const stops: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement!;
        return el.hasAttribute('data-seat') ? 'seat' : `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 20)}`;
      }),
    );
  }
  // Settings, the search, the scoreboard's party tiles in rank, then the hemicycle: one stop.
  expect(stops.slice(0, 5)).toEqual(['a:Français', 'a:Auto', 'a:Light', 'a:Dark', 'input:']);
  expect(stops.slice(5, 10).map((s) => s.replace(/\d.*$/, ''))).toEqual(['a:Liberal', 'a:Conservative', 'a:Bloc', 'a:NDP', 'a:Green']);
  expect(stops[10]).toBe('seat');
  expect(stops.filter((s) => s === 'seat')).toHaveLength(1);
  // Then the controls under the chart: the seats or the map, the province picker, the three result views, the
  // seat order, and the legend.
  expect(stops.slice(11, 13)).toEqual(['a:Seats', 'a:Map']);
  expect(stops[13]).toMatch(/^select:/);
  expect(stops.slice(14, 17)).toEqual([
    'a:Result',
    expect.stringMatching(/^a:Changes since 2021/),
    expect.stringMatching(/^a:Result in 2021/),
  ]);
  expect(stops.slice(17, 19)).toEqual([expect.stringMatching(/^a:Winner left/), expect.stringMatching(/^a:Political order/)]);
  expect(stops[19]).toMatch(/^a:Liberal/);
  // The focused control shows a ring.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
});

for (const shape of ['', '?arc=240&rows=12', '?layout=benches&seats=changes']) {
  test(`keyboard: arrows move seat to seat, Home and End jump, Escape closes the detail${shape ? ` (${shape})` : ''}`, async ({ page }) => {
    await keyboardOverSeats(page, `/${shape}`);
  });
}

/** One tab stop for the seats; arrows, Home and End move it; the focused seat's card opens, Escape closes it. */
async function keyboardOverSeats(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-seat][tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-seat="1"]')).toBeFocused();
  await expect(page.locator('[data-seat="1"]')).toHaveAttribute('tabindex', '0');
  // One tab stop: the seat left behind is no longer focusable by Tab.
  await expect(page.locator('[data-seat="0"]')).not.toHaveAttribute('tabindex');
  await expect(page.locator('[data-seat][tabindex]')).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('[data-seat="0"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.locator('[data-seat="342"]')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-seat="0"]')).toBeFocused();
  await expect(page.locator('.seat-card')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.seat-card')).toHaveCount(0);
}

// Reduced motion is tested where the seats move (change.spec.ts).
