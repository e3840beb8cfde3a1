import { expect, test, type Page } from './support/test.ts';
import { readFileSync } from 'node:fs';

const DATA = '**/data/canada-2025.json';
// Which words each way of failing gets, and each schema rule, are unit-tested (errorMessage.test.ts,
// electionSchema.test.ts): here, that the page shows them, in the reader's language, and recovers.
const real = () =>
  JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')) as {
    parties: { id: string; seats: number }[];
    ridings: { winner: string }[];
  };

async function serve(page: Page, status: number, body: string, contentType = 'application/json') {
  await page.route(DATA, (route) => route.fulfill({ status, body, contentType }));
}

test('an HTTP error shows an alert, and retry recovers', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the same at every width: the phone runs the layout cases');
  let calls = 0;
  await page.route(DATA, (route) => (calls++ === 0 ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback()));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('HTTP 500');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('with the connection gone, even the error panel’s own chunk missing, the page says so and retries', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the same at every width: the phone runs the layout cases');
  let down = true;
  await page.route(DATA, (route) => (down ? route.abort('internetdisconnected') : route.fallback()));
  await page.route('**/assets/ErrorPanel-*.js', (route) => (down ? route.abort('internetdisconnected') : route.fallback()));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The page could not reach the site. Check your connection.');
  down = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a wrong value names its path', async ({ page }) => {
  const data = real();
  data.parties[0]!.seats = -3;
  await serve(page, 200, JSON.stringify(data));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('parties[0].seats must be a whole number ≥ 0, got -3');
  // Whose problem it is: the file's.
  await expect(page.getByRole('alert')).toContainText('The file is at fault, not your connection');
});

test("a data file's problems are said in the reader's language, never in the validator's words", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the same at every width: the phone runs the layout cases');
  const data = real() as unknown as { parties: { name: unknown }[] };
  data.parties[1]!.name = 'Liberal';
  await serve(page, 200, JSON.stringify(data));
  await page.goto('/fr/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('parties[1].name n’a pas le bon type de valeur (Object attendu), trouvé\u00a0: "Liberal"');
  await expect(alert).not.toContainText('Invalid type');
  await expect(alert).toContainText('Le fichier est en cause, pas votre connexion');
});

test('inconsistent data names each bad path', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the same at every width: the phone runs the layout cases');
  const data = real();
  data.ridings[5]!.winner = 'nobody';
  await serve(page, 200, JSON.stringify(data));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('ridings[5].winner names a party that is not in parties, got "nobody"');
  await expect(alert).toContainText('parties[0].seats disagrees with the ridings it won (168), got 169');
});

test('text from the data is shown as text, never run', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the same at every width: the phone runs the layout cases');
  const data = real() as unknown as { parties: { name: { en: string }; shortName: { en: string } }[] };
  data.parties[0]!.shortName.en = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await serve(page, 200, JSON.stringify(data));
  await page.goto('/');
  await expect(page.locator('.legend').getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  expect(dialogs).toBe(0);
});

type Mutable = Record<string, unknown> & { totalSeats: unknown; parties: Record<string, unknown>[] };
test('a long but valid name wraps instead of pushing the page sideways', async ({ page }) => {
  const data = real() as unknown as Mutable;
  (data.parties[0]!.name as { en: string }).en = `The ${'Very '.repeat(55)}Long Party`;
  (data.parties[0]!.shortName as { en: string }).en = 'Supercalifragilisticexpialidocious'.repeat(3);
  await serve(page, 200, JSON.stringify(data));
  await page.goto('/party/lpc');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  // The tables below the chart render just after it: measure the whole page.
  await expect(page.getByRole('contentinfo')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('a server that never answers times out with a specific message and a retry', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'the same at every width: the phone runs the layout cases');
  let calls = 0;
  await page.route(DATA, (route) => (calls++ === 0 ? new Promise(() => {}) : route.fallback()));
  // The page's clock, not the test's, and stopped: only runFor moves it (a running clock would add the real
  // time the test takes, and a slow run would see the timeout before its 15 s).
  await page.clock.install({ time: new Date('2025-04-28T20:00:00Z') });
  await page.clock.pauseAt(new Date('2025-04-28T20:00:01Z'));
  // A view other than the one served drawn: the served page stays while the data is awaited.
  await page.goto('/?theme=light', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.getByText('Loading the results…')).toHaveCount(0);
  // Where the timeout falls, to the millisecond, is unit-tested (electionQuery.test.ts): here, what the reader sees.
  await page.clock.runFor(15_000);
  const alert = page.getByRole('alert');
  // Then time flows again, for what the timeout sets off (the query's own zero-delay timers).
  await page.clock.resume();
  await expect(alert).toContainText('took longer than 15 seconds');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-seat]')).toHaveCount(343);
});
