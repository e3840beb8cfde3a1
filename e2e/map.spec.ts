/**
 * The riding map under the chart (#16): loaded when it comes near the screen, one shape per riding with the
 * seats' contract (data-riding, data-party), the cartogram in the URL, the keyboard of the seats, the
 * province's view, and a plain sentence for an election without geometry.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import { keepForReview } from './support/keepForReview.ts';

const shapes = '.map-main [data-riding]';

test('the map draws every riding in its winner’s colour, tied to its seat, and opens a riding from the keyboard', async ({ page }) => {
  await page.goto('/');
  const panel = page.locator('.map-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toHaveAttribute('data-map-state', 'drawn');
  await expect(page.locator(shapes)).toHaveCount(343);
  // A riding's shape names the party its seat names.
  for (const riding of ['24073', '35075', '59041']) {
    const seatParty = await page.locator(`[data-seat][data-riding="${riding}"]`).getAttribute('data-party');
    await expect(page.locator(`.map-main [data-riding="${riding}"]`)).toHaveAttribute('data-party', seatParty!);
  }
  // One tab stop; arrows move to a neighbour; Enter opens it.
  const stop = page.locator(`${shapes}[tabindex="0"]`);
  await expect(stop).toHaveCount(1);
  await stop.focus();
  const first = await stop.getAttribute('data-riding');
  // The first stop is Avalon, at the east end of the country: its neighbour is to the west.
  await page.keyboard.press('ArrowLeft');
  const moved = page.locator(`${shapes}:focus`);
  await expect(moved).not.toHaveAttribute('data-riding', first!);
  const riding = await moved.getAttribute('data-riding');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/riding/${riding}/?$`));
});

test('a riding’s card on the map is the seat’s card, dots and all, and changes since 2021 are outlined', async ({ page }) => {
  await page.goto('/?seats=changes');
  await page.locator('.map-panel').scrollIntoViewIfNeeded();
  await expect(page.locator(shapes)).toHaveCount(343);
  await page.locator('.map-main [data-riding="62001"]').focus();
  const card = page.locator('.map-main .seat-card');
  await expect(card).toContainText('Nunavut');
  expect((await card.locator('.swatch').first().boundingBox())!.width).toBeLessThan(20);
  // Every riding that changed hands is outlined, as its seat is marked: as many as the seats.
  const flips = page.locator('.map-main path.map-flip');
  const flippedSeats = await page.locator('[data-seat][data-flipped="true"]').count();
  expect(flippedSeats).toBeGreaterThan(0);
  await expect(flips).toHaveCount(flippedSeats);
  // Each is outlined over the map, a dark line on a light halo, so it shows on any party's colour.
  await expect(page.locator('.map-main .map-flips .map-outline')).toHaveCount(flippedSeats);
  expect(
    await page
      .locator('.map-main .map-flips .map-outline')
      .first()
      .evaluate((path) => getComputedStyle(path).strokeWidth),
  ).toBe('2px');
});

test('a seat and its riding point at each other: hover a seat, its riding is outlined on the map; focus a riding, its seat is ringed', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('.map-panel').scrollIntoViewIfNeeded();
  await expect(page.locator(shapes)).toHaveCount(343);
  await page.locator('[data-seat][data-riding="24073"]').hover();
  await expect(page.locator('.map-main [data-linked-riding]')).toHaveAttribute('data-linked-riding', '24073');
  // The pointer out of the way: the map scrolled under it would point at whatever riding it lands on.
  await page.mouse.move(0, 0);
  await page.locator('.map-main [data-riding="62001"]').focus();
  await expect(page.locator('[data-seat][data-linked]')).toHaveAttribute('data-riding', '62001');
  await page.locator('.map-main [data-riding="62001"]').blur();
  await expect(page.locator('[data-seat][data-linked]')).toHaveCount(0);
});

test('a riding’s page shows where it is, on a small map of its province', async ({ page }) => {
  await page.goto('/riding/24073');
  const locator = page.locator('.riding-locator');
  await expect(locator).toHaveAttribute('data-locator', 'drawn');
  await expect(locator.getByRole('img', { name: 'Where Terrebonne is, in Quebec' })).toBeVisible();
  await expect(locator.locator('[data-riding="24073"]')).toHaveAttribute('color', /^#/);
  await page.goto('/fr/riding/35109');
  await expect(page.locator('.riding-locator').getByRole('img', { name: 'Emplacement de Toronto-Centre, Ontario' })).toBeVisible();
});

test('the geographic map enlarges seven cities, whose ridings work like the map’s; the cartogram needs none', async ({ page }) => {
  await page.goto('/');
  await page.locator('.map-panel').scrollIntoViewIfNeeded();
  const insets = page.locator('.map-inset');
  await expect(insets).toHaveCount(7);
  await expect(insets.locator('figcaption')).toHaveText([
    'Toronto',
    'Montreal',
    'Vancouver',
    'Ottawa–Gatineau',
    'Calgary',
    'Edmonton',
    'Quebec City',
  ]);
  const toronto = page.locator('[data-inset="toronto"]');
  await expect(toronto.locator('[data-riding]')).toHaveCount(34);
  const centre = toronto.locator('[data-riding="35109"]');
  await expect(centre).toHaveAttribute('data-party', (await page.locator('[data-seat][data-riding="35109"]').getAttribute('data-party'))!);
  await centre.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/riding\/35109\/?$/);
  await page.goto('/?map=hex');
  await page.locator('.map-panel').scrollIntoViewIfNeeded();
  await expect(page.locator(shapes)).toHaveCount(343);
  await expect(page.locator('.map-inset')).toHaveCount(0);
});

test('?map=hex shows the cartogram, in French too, and the toggle says which is shown', async ({ page }) => {
  await page.goto('/fr/?map=hex');
  const panel = page.locator('.map-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.locator('[data-map-kind="hex"]')).toBeVisible();
  await expect(page.locator(shapes)).toHaveCount(343);
  await expect(panel.getByRole('link', { name: 'Hexagones' })).toHaveAttribute('aria-current', 'true');
  await expect(panel.getByRole('heading', { name: 'Les circonscriptions sur la carte' })).toBeVisible();
});

test('on a phone, the card of a riding reached by keyboard sits under the map, leaving the riding in sight', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/map');
  await page.locator(`${shapes}[tabindex="0"]`).focus();
  await page.keyboard.press('ArrowLeft');
  const focused = page.locator(`${shapes}:focus`);
  const card = page.locator('.map-main .map-detail');
  await expect(card).toBeVisible();
  const [map, cardBox, riding] = await Promise.all([
    page.locator('.map-main svg').first().boundingBox(),
    card.boundingBox(),
    focused.boundingBox(),
  ]);
  expect(cardBox!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
  expect(cardBox!.y).toBeGreaterThanOrEqual(riding!.y + riding!.height);
  await expect(focused).toBeInViewport();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });

  test('the cartogram wraps into bands a finger can aim at, and names every province and territory', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'a touch screen is the phone’s');
    await page.goto('/fr/map?map=hex');
    const hexagon = page.locator('.map-main [data-riding="24073"]');
    await expect(hexagon).toBeVisible();
    expect((await hexagon.boundingBox())!.width).toBeGreaterThanOrEqual(14);
    // Thirteen names, Prince Edward Island's and the territories' among them, in French.
    const names = page.locator('.map-main .map-provinces text');
    await expect(names).toHaveCount(13);
    expect(await names.allTextContents()).toEqual(expect.arrayContaining(['Î.-P.-É.', 'Yn', 'T.N.-O.', 'Nt']));
    const box = await page.locator('.map-main').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
  });

  test('a tap on a riding pins its card, which its button or a touch outside the map closes', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'a touch screen is the phone’s');
    await page.goto('/map?map=hex');
    const riding = page.locator('.map-main [data-riding="24073"]');
    await riding.tap();
    const card = page.locator('.map-main .map-detail');
    await expect(card).toContainText('Terrebonne');
    await card.getByRole('button', { name: 'Close' }).tap();
    await expect(card).toHaveCount(0);
    await riding.tap();
    await expect(card).toBeVisible();
    await page.locator('h1').tap();
    await expect(card).toHaveCount(0);
  });

  test('a tap in any city inset opens its card within the screen, and the page never slides sideways', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'a touch screen is the phone’s');
    await page.goto('/map');
    const insets = page.locator('.map-inset');
    await expect(insets).toHaveCount(7);
    for (let i = 0; i < 7; i++) {
      const inset = insets.nth(i);
      await inset.scrollIntoViewIfNeeded();
      await inset.locator('[data-riding]').first().tap();
      const card = inset.locator('.map-detail');
      await expect(card).toBeVisible();
      const box = (await card.boundingBox())!;
      const name = await inset.locator('figcaption').textContent();
      expect(box.x, `${name}: card's left edge`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name}: card's right edge`).toBeLessThanOrEqual(360 + 1);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        name!,
      ).toBeLessThanOrEqual(0);
      // Pinned, it covers the inset under it: closed before the next.
      await card.getByRole('button', { name: 'Close' }).tap();
    }
  });

  test('choosing a province with a riding focused and its card pinned drops the card and keeps one tab stop', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'a touch screen is the phone’s');
    await page.goto('/map?map=hex');
    const card = page.locator('.map-main .map-detail');
    const stops = page.locator(`${shapes}[tabindex="0"]`);
    // A riding far down the list, past Quebec's 78: focused and pinned by a tap.
    const far = page.locator(shapes).nth(300);
    await far.tap();
    await expect(far).toBeFocused();
    await expect(card).toBeVisible();
    await page.locator('[data-control="province"]').selectOption('qc');
    await expect(page.locator(shapes)).toHaveCount(78);
    await expect(card).toHaveCount(0);
    await expect(stops).toHaveCount(1);
    // A riding within reach of both provinces' lists: another province's riding now stands at its place.
    const fifth = page.locator(shapes).nth(5);
    await fifth.tap();
    await expect(card).toContainText(/\w/);
    await page.locator('[data-control="province"]').selectOption('on');
    await expect(page).toHaveURL(/province=on/);
    await expect(page.locator(shapes).first()).toHaveAttribute('data-riding', /^35/);
    await expect(card).toHaveCount(0);
    await expect(stops).toHaveCount(1);
  });
});

test('/map is the map as the page’s chart: reached from the seats, served with its page, lit by province, marked with changes, as a table and a picture', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) errors.push(message.text());
  });
  await page.goto('/');
  await page.locator('.explore-bar [data-chart="map"]').click();
  await expect(page).toHaveURL(/\/map$/);
  await expect(page).toHaveTitle('Ridings on the map · 2025 Canadian federal election · Hemicycle');
  await expect(page.locator('.explore-bar [data-chart="map"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator(shapes)).toHaveCount(343);
  await expect(page.locator('[data-seat]')).toHaveCount(0);
  // Opened cold, the page is served with its headline, scoreboard and legend, and the app takes it over.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready');
  await expect(page.locator('.map-panel .legend a[data-party="lpc"]')).toContainText('169');
  await expect(page.locator(shapes)).toHaveCount(343);
  // Changes are outlined, as many as changed hands.
  await page.locator('.explore-bar [data-seats="changes"]').click();
  await expect(page).toHaveURL(/\/map\?seats=changes$/);
  await expect(page.locator('.map-main path.map-flip')).toHaveCount(58);
  await expect(page.locator('.explore-note').last()).toContainText('A dark outline marks a riding that changed hands since 2021');
  // The map as a table: every riding, by province and territory.
  await page.getByRole('button', { name: 'Show the ridings as a table' }).click();
  await expect(page.locator('#seat-table [data-riding-row]')).toHaveCount(343);
  await expect(page.locator('#seat-table caption')).toHaveText('Every riding: 343, by province and territory');
  // The picture of the map, as the page draws it.
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  // Named for the view, as the URL is.
  expect(saved.suggestedFilename()).toBe('canada-2025-map-changes.svg');
  const svg = readFileSync(await saved.path(), 'utf8');
  expect(svg.match(/<path d="M[^"]+" data-riding="\d{5}" data-party="\w+"[^>]* fill="#[0-9a-f]{6}"/g)).toHaveLength(343);
  // Each change outlined over the map: a line (2) on a halo (4.5).
  expect(svg.match(/fill="none" stroke="#1b1e23" stroke-width="2"/g)).toHaveLength(58);
  // The headline, wrapped to the picture's width where it must be.
  const headline = [...svg.matchAll(/<text [^>]*font-size="22"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(headline).toBe('Ridings on the map · Changes since 2021 (transposed) · 2025 Canadian federal election');
  // What the outlines mean, under the legend (wrapped to the picture), as the page says it beside the map.
  const note = [...svg.matchAll(/<text x="24" y="[\d.]+" font-size="13" fill="#545b66">([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(note).toBe('A dark outline marks a riding that changed hands since 2021 (transposed).');
  // A province's view frames the province alone, as large as the panel allows, its changes still outlined.
  await page.locator('[data-control="province"]').selectOption('qc');
  await expect(page).toHaveURL(/\/map\?province=qc&seats=changes$/);
  await expect(page.locator(shapes)).toHaveCount(78);
  await expect(page.locator(`${shapes}.map-dimmed`)).toHaveCount(0);
  await expect(page.locator('.map-main path.map-flip')).toHaveCount(12);
  keepForReview(`download-map-${test.info().project.name}.svg`, svg);
  expect(errors).toEqual([]);
});

test('/embed/map frames the map, as hexagons when asked, with its legend, and the map page offers that embed', async ({ page }) => {
  await page.goto('/fr/embed/map?map=hex');
  await expect(page.locator('.riding-map[data-map-kind="hex"]')).toBeVisible();
  await expect(page.locator(shapes)).toHaveCount(343);
  await expect(page.locator('.legend a[data-party="bq"]')).toContainText('22');
  await page.locator(`${shapes}[data-riding="24073"]`).focus();
  await expect(page.locator('.map-main .seat-card')).toContainText('Terrebonne');
  await page.goto('/map');
  // The map's part of the page is a chunk of its own, hydrated when it arrives: drawn shapes say it has.
  await expect(page.locator(shapes)).toHaveCount(343);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.locator('#embed-code textarea')).toHaveValue(/src="[^"]*\/embed\/map[^"]*" title="Ridings on the map · /);
});

test('an election without riding shapes says there is no map', async ({ page }) => {
  await page.goto('/?election=canada-2021');
  const panel = page.locator('.map-panel');
  await panel.scrollIntoViewIfNeeded();
  await expect(panel).toContainText('There is no map of the ridings for this election.');
  await expect(page.locator(shapes)).toHaveCount(0);
});

test('axe finds no violation in the map, in either form', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the map’s markup is the same at every width');
  for (const kind of ['geo', 'hex']) {
    // The map's own page: the map with its controls, legend, table and share bar.
    await page.goto(`/map?map=${kind}`);
    await expect(page.locator(shapes)).toHaveCount(343);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .setLegacyMode(true)
      .include('.map-panel')
      .analyze();
    expect(results.violations.map((v) => `${kind}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
