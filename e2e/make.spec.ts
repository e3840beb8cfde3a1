/**
 * The builder (`/make`): a chart typed by keyboard alone, a pasted table, the link opened cold, the embed in a
 * host page, the data downloaded, broken links answered, and axe in both languages and themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeChart, EMPTY_CHART, type MadeChart } from '../src/data/chartCode.ts';
import { parseElection } from '../src/data/electionSchema.ts';
import { expect, test, type Page } from './support/test.ts';
import { serveStatic, type StaticServer } from './support/staticServer.ts';

/** Quebec's National Assembly after 1 October 2022 (Élections Québec): an example typed for these tests. */
const QUEBEC: MadeChart = {
  ...EMPTY_CHART,
  title: 'Assemblée nationale du Québec, 2022',
  source: 'Élections Québec',
  date: '2022-10-03',
  notes: 'Seats as declared on election night.',
  parties: [
    { name: 'Coalition avenir Québec', shortName: 'CAQ', seats: '90', color: '#00aeef' },
    { name: 'Parti libéral du Québec', shortName: 'PLQ', seats: '21', color: '' },
    { name: 'Québec solidaire', shortName: 'QS', seats: '11', color: '' },
    { name: 'Parti québécois', shortName: 'PQ', seats: '3', color: '' },
  ],
};

const seatsOf = async (page: Page) =>
  page.locator('[data-seat]').evaluateAll((seats) => {
    const counts: Record<string, number> = {};
    for (const s of seats) counts[s.getAttribute('data-party')!] = (counts[s.getAttribute('data-party')!] ?? 0) + 1;
    return counts;
  });

const desktopOnly = (project: string) => test.skip(project !== 'desktop', 'the same at every width: the desktop runs it');

test('a chart built by keyboard alone: typed, a party added and moved, and the link holds it', async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto('/make');
  const name = page.getByLabel('Name', { exact: true });
  const seats = page.getByLabel('Seats', { exact: true });
  await name.first().focus();
  await page.keyboard.type('Green');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await expect(seats.first()).toBeFocused();
  await name.nth(1).focus();
  await page.keyboard.type('Blue');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('7');
  // Add a party, by Enter on its button: its name field takes the focus.
  await page.getByRole('button', { name: 'Add a party' }).focus();
  await page.keyboard.press('Enter');
  await expect(name.nth(2)).toBeFocused();
  await page.keyboard.type('Red');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await expect(page.locator('[data-seat]')).toHaveCount(13);
  expect(await seatsOf(page)).toEqual({ p1: 4, p2: 7, p3: 2 });
  await expect(page.locator('[data-majority]')).toHaveAttribute('data-majority', '7');
  await expect(page.getByText('Blue won 7 seats, a majority')).toBeVisible();
  // Red moved up by keyboard: it is said, and the focus stays on the button that moved it.
  await page.getByRole('button', { name: 'Move Red up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Red moved to place 2 of 3.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move Red up' })).toBeFocused();
  await expect(name.nth(1)).toHaveValue('Red');
  // Listed order is the spectrum: Green, Red, Blue from the left.
  await page.getByRole('radio', { name: 'As listed, left to right' }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/order=spectrum/);
  // The address is the chart: opened cold in a new browser context, the same chart and settings.
  await expect(page).toHaveURL(/\/make\?chart=1[\w-]+/);
  const link = page.url();
  const other = await (await page.context().browser()!.newContext()).newPage();
  await other.goto(link);
  await expect(other.getByLabel('Name', { exact: true })).toHaveCount(3);
  await expect(other.getByLabel('Name', { exact: true }).nth(1)).toHaveValue('Red');
  expect(await seatsOf(other)).toEqual({ p1: 4, p2: 2, p3: 7 });
  await expect(other.getByRole('radio', { name: 'As listed, left to right' })).toBeChecked();
  await other.context().close();
});

test('a table pasted from a spreadsheet fills the parties, and a line it cannot read is said', async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto('/fr/make');
  await page.getByText('Coller un tableau').click();
  // As Excel copies a range: tabs, a header, a decimal comma in the share, CRLF line ends.
  const table =
    'Parti\tSièges\t%\r\nCoalition avenir Québec\t90\t41,0\r\nParti libéral du Québec\t21\t14,4\r\nQuébec solidaire\t11\t15,4\r\nParti québécois\tbeaucoup\t14,6\r\n';
  await page.getByLabel(/D’un tableur/).fill(table);
  await page.getByRole('button', { name: 'Utiliser ce tableau' }).click();
  await expect(page.getByText('3 partis lus ; 1 ligne n’a pas pu être lue.')).toBeVisible();
  await expect(page.getByText('Ligne 5 : les sièges ne sont pas un nombre.')).toBeVisible();
  await expect(page.getByLabel('Nom', { exact: true })).toHaveCount(3);
  await expect(page.locator('[data-seat]')).toHaveCount(122);
  // The table stays in its box: nothing pasted is lost; and what it replaced comes back with Undo.
  await expect(page.getByLabel(/D’un tableur/)).toHaveValue(table.replace(/\r\n/g, '\n'));
  await page.getByRole('button', { name: 'Annuler le collage' }).click();
  await expect(page.getByLabel('Nom', { exact: true })).toHaveCount(2);
  await expect(page.locator('[data-seat]')).toHaveCount(0);
});

test('mistakes are said next to their field, and the link with them gives the same messages on arrival', async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  const broken: MadeChart = {
    ...QUEBEC,
    majority: '200',
    parties: [...QUEBEC.parties.slice(0, 3), { name: 'québec solidaire', shortName: '', seats: '-2', color: 'bleu' }],
  };
  const code = await encodeChart(broken);
  await page.goto(`/make?chart=${code}`);
  const lastSeats = page.getByLabel('Seats', { exact: true }).nth(3);
  await expect(lastSeats).toHaveValue('-2');
  await expect(lastSeats).toHaveAttribute('aria-invalid', 'true');
  await expect(lastSeats).toHaveAccessibleDescription('Seats cannot be below 0.');
  await expect(page.getByLabel('Name', { exact: true }).nth(3)).toHaveAccessibleDescription(
    'Party 3 has the same name: each party needs its own.',
  );
  await expect(page.getByText('A colour is written #rrggbb, such as #d71920.')).toBeVisible();
  await expect(page.getByText('A majority cannot need more seats than the House has (122).')).toBeVisible();
  await expect(page.getByText('The chart appears here once the 4 problems in the table are fixed.')).toBeVisible();
  await expect(page.locator('[data-seat]')).toHaveCount(0);
  // The embed of the same link says each mistake with its place, and offers the builder to fix them.
  await page.goto(`/embed/make?chart=${code}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This link’s chart has 4 mistakes, so it is not drawn:');
  await expect(alert).toContainText('Party 4, Seats: Seats cannot be below 0.');
  await expect(alert.getByRole('link', { name: 'Open it in the builder to fix it' })).toHaveAttribute('href', `/make?chart=${code}`);
  await expect(page.locator('[data-seat]')).toHaveCount(0);
});

test('seats no party holds are vacant: empty, no party’s, in the legend and the seats’ names', async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto(`/embed/make?chart=${await encodeChart({ ...QUEBEC, totalSeats: '130' })}`);
  await expect(page.locator('[data-seat]')).toHaveCount(130);
  const vacant = page.locator('[data-seat][data-status="vacant"]');
  await expect(vacant).toHaveCount(5);
  await expect(vacant.first()).toHaveAttribute('data-party', '');
  await expect(vacant.first()).toHaveAccessibleName('Vacant seat: no member');
  await expect(page.locator('.legend-vacant')).toHaveText('Vacant 5');
  // The majority is the House's: 66 of 130, not of the 125 members.
  await expect(page.locator('[data-majority]')).toHaveAttribute('data-majority', '66');
  // A seat's card names its party and the party's seats; a vacant seat's says it is vacant.
  await page.locator('[data-seat][data-party="p2"]').first().hover();
  await expect(page.locator('.seat-card')).toContainText('Parti libéral du Québec');
  await expect(page.locator('.seat-card')).toContainText('21 seats · 66 seats for a majority');
  // Away first: the card floats over the seats beside it.
  await page.mouse.move(0, 0);
  await expect(page.locator('.seat-card')).toHaveCount(0);
  await vacant.last().hover();
  await expect(page.locator('.seat-card')).toContainText('Vacant seat: no member');
});

test('a link cut short is said to be so, in the reader’s language, and no other chart is drawn', async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  const code = await encodeChart(QUEBEC);
  await page.goto(`/fr/embed/make?chart=${code.slice(0, 30)}`);
  await expect(page.getByRole('alert')).toContainText('Le graphique de ce lien ne peut pas être lu');
  await expect(page.locator('[data-seat]')).toHaveCount(0);
  // An embed of the builder whose host dropped the query: said so, not the default election in its place.
  await page.goto('/embed/make');
  await expect(page.getByRole('alert')).toContainText('cut short when it was copied');
  await expect(page.locator('[data-seat]')).toHaveCount(0);
  await page.goto(`/?chart=${code.slice(0, 30)}`);
  await expect(page.getByRole('alert')).toContainText('cut short when it was copied');
  await expect(page.locator('[data-seat]')).toHaveCount(0);
  // In the builder, the link's problem is said and the table starts afresh; the link stays until something is typed.
  await page.goto(`/make?chart=${code.slice(0, 30)}`);
  await expect(page.getByRole('alert')).toContainText('cut short when it was copied');
  await expect(page).toHaveURL(new RegExp(`chart=${code.slice(0, 30)}$`));
});

test('a published result opens in the builder, as rows to change, and the same House', async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto('/fr/?election=canada-2019');
  await page.getByRole('button', { name: 'Ouvrir dans l’éditeur' }).click();
  await expect(page).toHaveURL(/\/fr\/make\?chart=1[\w-]+$/);
  // Every party of the file, those without a seat too (2019's People's Party).
  const names = page.getByLabel('Nom', { exact: true });
  await expect(names).toHaveCount(7);
  await expect(page.getByLabel('Titre', { exact: true })).toHaveValue('Élection fédérale canadienne de 2019');
  await expect(page.locator('[data-seat]')).toHaveCount(338);
  expect(Object.values(await seatsOf(page)).sort((a, b) => b - a)).toEqual([157, 121, 32, 24, 3, 1]);
});

test.describe('published', () => {
  let host: StaticServer;
  let hostDir: string;
  test.beforeAll(async () => {
    hostDir = mkdtempSync(join(tmpdir(), 'hemicycle-make-host-'));
    host = await serveStatic(hostDir);
  });
  test.afterAll(async () => host.close());

  test('the embed code from the builder draws the chart in a host page at 320 and 800 px, and the data downloads as a file ?election= opens', async ({
    page,
  }, testInfo) => {
    desktopOnly(testInfo.project.name);
    await page.goto(`/make?chart=${await encodeChart(QUEBEC)}`);
    await expect(page.locator('[data-seat]')).toHaveCount(125);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const snippet = await page.locator('#embed-code textarea').inputValue();
    expect(snippet).toMatch(/src="http:\/\/[^"]+\/embed\/make\?chart=1[\w-]+"/);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download data (JSON)' }).click()]);
    expect(saved.suggestedFilename()).toBe('assemblee-nationale-du-quebec-2022.json');
    const file = parseElection(JSON.parse(readFileSync(await saved.path(), 'utf8')));
    expect(file.parties.map((p) => [p.name.en, p.seats])).toEqual(QUEBEC.parties.map((p) => [p.name, Number(p.seats)]));
    expect(file).toMatchObject({ totalSeats: 125, date: '2022-10-03', ridings: [] });

    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Host</title></head><body style="margin:0"><p>An article.</p>${snippet}</body></html>`,
    );
    for (const width of [320, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}/`);
      const frame = page.frameLocator('iframe[data-hemicycle]');
      await expect(frame.locator('[data-seat]')).toHaveCount(125);
      await expect(frame.locator('[data-seat][data-party="p1"]')).toHaveCount(90);
      await expect(frame.getByRole('heading', { level: 1 })).toContainText('Assemblée nationale du Québec, 2022');
      await expect(frame.getByText('Source: Élections Québec')).toBeVisible();
      await expect(frame.getByText('Seats as declared on election night.')).toBeVisible();
      // Never taken for an official result: the frame says what it is, and leads back to the builder.
      const credit = frame.getByRole('link', { name: /not an official result/ });
      await expect(credit).toHaveAttribute('href', /\/make\?chart=1/);
      // The frame is as tall as what it draws (embed.js), not the snippet's starting height.
      await expect
        .poll(async () => (await page.locator('iframe[data-hemicycle]').boundingBox())!.height)
        .toBeGreaterThan(width === 320 ? 420 : 500);
    }
  });
});

for (const [lang, theme] of [
  ['en', 'light'],
  ['fr', 'dark'],
  ['en', 'dark'],
  ['fr', 'light'],
] as const) {
  test(`axe: the builder with a chart, in ${lang}, ${theme} theme`, async ({ page }, testInfo) => {
    // Each pair once over both screens.
    test.skip((testInfo.project.name === 'desktop') !== (theme === (lang === 'en' ? 'light' : 'dark')), 'each pair once over both screens');
    await page.goto(`${lang === 'fr' ? '/fr' : ''}/make?theme=${theme}&chart=${await encodeChart(QUEBEC)}`);
    await expect(page.locator('[data-seat]')).toHaveCount(125);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'])
      .setLegacyMode(true)
      .exclude('.hemicycle-seats')
      .analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.help} ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}
