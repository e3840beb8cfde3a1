/** The first screen: the picture alone must tell who won and how far from a majority. */
import { expect, test, type Page } from './support/test.ts';
import { boundaryAt, seatAngle } from '../src/test/majoritySide.ts';

/**
 * Which seats the drawn majority line leaves on its left, read from the SVG and judged by the unit tests' own rule
 * (src/test/majoritySide.ts): each seat's angle around the centre against the line's at the seat's radius.
 */
async function seatsLeftOfLine(page: Page) {
  const { points, seats } = await page.locator('.hemicycle svg').evaluate((svg) => ({
    points: svg
      .querySelector('[data-majority] polyline')!
      .getAttribute('points')!
      .trim()
      .split(/\s+/)
      .map((p) => p.split(',').map(Number) as [number, number]),
    seats: [...svg.querySelectorAll('[data-seat]')].map((el) => ({
      index: Number(el.getAttribute('data-seat')),
      party: el.getAttribute('data-party') ?? '',
      x: Number(el.getAttribute('cx')),
      y: Number(el.getAttribute('cy')),
    })),
  }));
  return seats
    .map(({ index, party, x, y }) => ({ index, party, left: seatAngle(x, y) > boundaryAt({ points }, Math.hypot(x, y)) }))
    .sort((a, b) => a.index - b.index);
}

for (const { election, leader, seats, threshold, runnerUp } of [
  { election: 'canada-2025', leader: 'lpc', seats: 169, threshold: 172, runnerUp: 'cpc' },
  { election: 'canada-2021', leader: 'lpc', seats: 160, threshold: 170, runnerUp: 'cpc' },
]) {
  test(`${election}: the leader sits from the left and stops ${threshold - seats} seats short of the majority line`, async ({ page }) => {
    await page.goto(`/?election=${election}`);
    await expect(page.locator('[data-seat]').first()).toBeVisible();
    const drawn = await seatsLeftOfLine(page);
    const wedge = drawn.filter((s) => s.party === leader);
    expect(wedge.map((s) => s.index)).toEqual([...Array(seats).keys()]);
    // The line leaves exactly the first `threshold` seats on its left: all of the leader's, and `threshold - seats` more.
    expect(drawn.filter((s) => s.left).map((s) => s.index)).toEqual([...Array(threshold).keys()]);
    expect(drawn.at(-1)!.party).toBe(runnerUp);
  });
}

test('the chart takes the shape its link asks for, and its line still leaves exactly 172 seats on its side', async ({ page }) => {
  for (const shape of ['arc=240&rows=12', 'arc=90', 'rows=5']) {
    await page.goto(`/?${shape}`);
    await expect(page.locator('.hemicycle [data-seat]')).toHaveCount(343);
    await expect(page.locator('[data-majority]')).toHaveAttribute('data-majority', '172');
    const drawn = await seatsLeftOfLine(page);
    expect(
      drawn.filter((s) => s.left).map((s) => s.index),
      shape,
    ).toEqual([...Array(172).keys()]);
    // The shape is kept in the links the page makes: a party's, the overview's.
    await expect(page.locator('.legend a[data-party="cpc"]')).toHaveAttribute('href', new RegExp(`\\?${shape}$`));
  }
  await page.goto('/?arc=240&rows=12');
  const rows = await page.locator('.hemicycle [data-seat]').evaluateAll((seats) => {
    const radii = seats.map((s) => Math.round(Math.hypot(Number(s.getAttribute('cx')), Number(s.getAttribute('cy'))) * 1000));
    return new Set(radii).size;
  });
  expect(rows).toBe(12);
  // On benches: the government (the Liberals, alone) facing the others, the line past its seats where the 172nd
  // would be, crossing none; in a coalition's view, the coalition is the government and the line crosses its side.
  for (const [search, government] of [
    ['?layout=benches', ['lpc']],
    ['?layout=benches&coalition=lpc,ndp', ['lpc', 'ndp']],
  ] as const) {
    await page.goto(`/${search}`);
    await expect(page.locator('.hemicycle [data-seat]')).toHaveCount(343);
    const { line, seats } = await page.locator('.hemicycle svg').evaluate((svg) => ({
      line: Number(svg.querySelector('[data-majority] polyline')!.getAttribute('points')!.split(/[ ,]/)[0]),
      seats: [...svg.querySelectorAll('[data-seat]')].map((el) => ({
        index: Number(el.getAttribute('data-seat')),
        party: el.getAttribute('data-party')!,
        x: Number(el.getAttribute('cx')),
        y: Number(el.getAttribute('cy')),
        r: Number(el.getAttribute('r')),
      })),
    }));
    const side = seats.filter((s) => s.y < 0);
    expect(new Set(side.map((s) => s.party)), search).toEqual(new Set(government));
    expect(
      side
        .filter((s) => s.x < line)
        .map((s) => s.index)
        .sort((a, b) => a - b),
      search,
    ).toEqual([...Array(Math.min(172, side.length)).keys()]);
    expect(
      side.filter((s) => Math.abs(s.x - line) <= s.r),
      search,
    ).toEqual([]);
  }
  // A shape the layout cannot draw is named, and the chart keeps its own.
  await page.goto('/fr/?arc=30');
  await expect(page.getByRole('alert')).toContainText('arc=30');
  await expect(page.getByRole('alert')).toContainText('60–360');
  await expect(page.locator('.hemicycle [data-seat]')).toHaveCount(343);
});

test('?order=spectrum seats the parties in political order, and says so; the race stays the leader’s', async ({ page }) => {
  await page.goto('/?order=spectrum');
  await expect(page.locator('[data-seat="0"]')).toHaveAttribute('data-party', 'ndp');
  await expect(page.locator('[data-seat="342"]')).toHaveAttribute('data-party', 'cpc');
  await expect(page.locator('.legend [data-party]').first()).toHaveAttribute('data-party', 'ndp');
  await expect(page.locator('[data-order="spectrum"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-majority-bar]')).toContainText('Liberal: 169 of the 172');
  // Labels stay within the arc's width: the chart is not pushed off-centre.
  const [svg, labels] = await Promise.all([
    page.locator('.hemicycle svg').boundingBox(),
    page.locator('[data-wedge-label]:visible').evaluateAll((all) => all.map((t) => t.getBoundingClientRect().toJSON())),
  ]);
  for (const box of labels) {
    expect(box.left).toBeGreaterThanOrEqual(svg!.x - 1);
    expect(box.right).toBeLessThanOrEqual(svg!.x + svg!.width + 1);
  }
});

test('the legend follows the chart: leader first, runner-up last among the seat holders', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.legend [data-party]')).toHaveCount(7);
  const order = await page.locator('.legend [data-party]').evaluateAll((links) => links.map((a) => a.getAttribute('data-party')));
  // Parties without a seat follow, by votes.
  expect(order).toEqual(['lpc', 'bq', 'ndp', 'gpc', 'cpc', 'ppc', 'other']);
});

for (const theme of ['light', 'dark']) {
  test(`every party's seats reach 3:1 on the chart's background without rings, ${theme} theme`, async ({ page }) => {
    await page.goto(`/?theme=${theme}`);
    await expect(page.locator('[data-seat]').first()).toBeVisible();
    const seen = await page.evaluate(() => {
      // Any CSS colour (the theme's shades are oklch()) to sRGB through a 1-pixel canvas.
      const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      const rgb = (color: string) => {
        context.clearRect(0, 0, 1, 1);
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      };
      const luminance = (c: number[]) =>
        c
          .map((v) => v / 255)
          .reduce((sum, v, i) => sum + [0.2126, 0.7152, 0.0722][i]! * (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4), 0);
      const background = luminance(rgb(getComputedStyle(document.querySelector('.hemicycle-panel')!).backgroundColor));
      const parties = new Map<string, { contrast: number; stroke: string }>();
      for (const seat of document.querySelectorAll('[data-seat]')) {
        const party = seat.getAttribute('data-party')!;
        if (parties.has(party)) continue;
        const fill = luminance(rgb(getComputedStyle(seat).fill));
        const contrast = (Math.max(fill, background) + 0.05) / (Math.min(fill, background) + 0.05);
        parties.set(party, { contrast: Math.round(contrast * 100) / 100, stroke: getComputedStyle(seat).stroke });
      }
      return Object.fromEntries(parties);
    });
    expect(Object.keys(seen).sort()).toEqual(['bq', 'cpc', 'gpc', 'lpc', 'ndp']);
    for (const [party, { contrast, stroke }] of Object.entries(seen)) {
      expect(contrast, party).toBeGreaterThanOrEqual(3);
      expect(stroke, party).toBe('none');
    }
  });
}

test('the scoreboard ranks each seat holder by seats, leader then runner-up, with change and vote, and the race to 172', async ({
  page,
}) => {
  await page.goto('/');
  const tiles = page.locator('.score-tile');
  await expect(tiles).toHaveCount(5);
  expect(await tiles.evaluateAll((all) => all.map((a) => a.getAttribute('data-party')))).toEqual(['lpc', 'cpc', 'bq', 'ndp', 'gpc']);
  // Named by what it shows (WCAG 2.5.3), described in words.
  await expect(tiles.first()).toHaveAccessibleName('Liberal 169 +12 43.8%');
  await expect(tiles.first()).toHaveAccessibleDescription(
    'Liberal Party of Canada: 169 seats, 12 more than in 2021 (transposed), 43.8% of the vote',
  );
  await expect(tiles.first().locator('.score-seats')).toHaveText('169');
  await expect(page.locator('[data-majority-bar]')).toContainText('Liberal: 169 of the 172 seats needed for a majority');
  await tiles.nth(1).click();
  await expect(page).toHaveURL(/\/party\/cpc$/);
});

test('the chart names its wedges and the majority in SVG text', async ({ page }) => {
  await page.goto('/');
  const svg = page.locator('.hemicycle svg');
  await expect(svg.locator('text[data-wedge-label="lpc"]:visible')).toHaveText('Liberal 169');
  await expect(svg.locator('text[data-wedge-label="cpc"]:visible')).toHaveText('Conservative 144');
  await expect(svg.locator('[data-majority="172"] text:visible')).toHaveText(['172', 'for a majority']);
  // Small neighbours are named too: on their own or gathered, never overlapping.
  const labels = await svg
    .locator('[data-wedge-label]:visible')
    .evaluateAll((all) => all.map((t) => t.getAttribute('data-wedge-label')!.split(' ')));
  expect(labels.flat().sort()).toEqual(['bq', 'cpc', 'gpc', 'lpc', 'ndp']);
  const boxes = await svg.locator('[data-wedge-label]:visible').evaluateAll((all) => all.map((t) => t.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    }
});

test('a coalition is named on its block, with its seats and whether they make a majority', async ({ page }) => {
  await page.goto('/?coalition=lpc,ndp');
  await expect(page.locator('.hemicycle svg text[data-wedge-label="lpc ndp"]:visible')).toHaveText(
    'Liberal + NDP 176\u00a0seats: a majority',
  );
  await expect(page.locator('[data-majority-bar]')).toContainText('Liberal + NDP: 176\u00a0seats, a majority (172 needed)');
});

test('the answer is in the first screen: headline, scoreboard and chart without scrolling', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('[data-seat]').first()).toBeVisible();
  const { height } = page.viewportSize()!;
  const bottom = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().bottom);
  const top = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
  expect(await bottom('.result-summary')).toBeLessThanOrEqual(height);
  expect(await bottom('.scoreboard')).toBeLessThanOrEqual(height);
  if (testInfo.project.name === 'desktop') {
    // 1280 × 800, the smallest common laptop screen: the whole hemicycle, labels included.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await bottom('.hemicycle svg')).toBeLessThanOrEqual(800);
  } else {
    expect(await top('.hemicycle svg')).toBeLessThan(height - 100);
    // 360 × 740, a small phone: the whole hemicycle too, its end labels included.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await bottom('.hemicycle svg')).toBeLessThanOrEqual(740);
  }
});

test("each score tile's figures fit inside it on a 360 px phone, in French's wider figures too", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/fr/']) {
    await page.goto(path);
    const overflow = await page.locator('.score-tile').evaluateAll((tiles) =>
      tiles.map((tile) => {
        const edge = tile.getBoundingClientRect().right - parseFloat(getComputedStyle(tile).paddingRight);
        const parts = [...tile.querySelectorAll('.score-seats, .score-facts > *')];
        return Math.max(...parts.map((part) => part.getBoundingClientRect().right - edge));
      }),
    );
    expect(
      overflow.every((px) => px <= 0.5),
      `${path}: ${overflow.join(', ')}`,
    ).toBe(true);
  }
});

test("a party's link leads with the party: its name is the headline, its card and its seats are in the first screen", async ({ page }) => {
  await page.goto('/party/bq');
  const { height } = page.viewportSize()!;
  await expect(page.locator('h1')).toHaveText('Bloc Québécois');
  await expect(page.locator('.page-header .eyebrow')).toContainText('2025 Canadian federal election');
  const tile = page.locator('.score-tile[aria-current="page"]');
  await expect(tile).toContainText('22');
  expect(await tile.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(height);
  // Its seats, bright among the others dimmed, start within the first screen.
  const first = page.locator('[data-seat][data-party="bq"]:not(.seat-dimmed)').first();
  expect(await first.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(height);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });

  test('a tap shows the seat card without leaving the page; its link opens the riding', async ({ page }) => {
    await page.goto('/');
    const seat = page.locator('[data-seat][data-riding="24073"]');
    await seat.tap();
    const card = page.locator('.seat-detail.pinned');
    await expect(card).toContainText('Terrebonne');
    // In view, whole, even on the first tap, when the card's content comes a moment after the card.
    await expect(card).toBeInViewport({ ratio: 0.99 });
    await expect(page).toHaveURL(/:\d+\/$/);
    await card.getByRole('button', { name: 'Close' }).tap();
    await expect(card).toHaveCount(0);
    // A touch anywhere outside the chart closes it too, as a popover would.
    await seat.tap();
    await expect(card).toBeVisible();
    await page.locator('h1').tap();
    await expect(card).toHaveCount(0);
    await seat.tap();
    await page
      .locator('.seat-detail.pinned')
      .getByRole('link', { name: /Open the riding/ })
      .tap();
    await expect(page).toHaveURL(/:\d+\/riding\/24073$/);
  });

  test('a tap between seats picks the nearest one', async ({ page }) => {
    await page.goto('/');
    const seat = page.locator('[data-seat="0"]');
    const box = (await seat.boundingBox())!;
    // Just outside the dot, towards the outside of the arc: nothing but the chart's background is there.
    await page.touchscreen.tap(box.x - 4, box.y + box.height / 2);
    await expect(page.locator('.seat-detail.pinned')).toBeVisible();
    await expect(page.locator('.seat-ring')).toHaveCount(1);
  });
});

test('every page but the overview has a visible way back that keeps language and theme', async ({ page }) => {
  for (const path of ['/fr/party/cpc', '/fr/riding/24073']) {
    await page.goto(`${path}?theme=dark`);
    const back = page.getByRole('link', { name: /Retour au résultat complet/ });
    await expect(back).toBeVisible();
    await expect(back).toHaveAttribute('href', '/fr/?theme=dark');
  }
});

test('choosing a party keeps the chart in view and moves the focus to its figures', async ({ page }) => {
  await page.goto('/');
  await page.locator('.score-tile[data-party="bq"]').click();
  await expect(page.locator('#party-title')).toBeFocused();
  await expect(page.locator('#party-title')).toHaveText('Bloc Québécois');
  await expect(page.locator('.hemicycle svg')).toBeInViewport({ ratio: 0.5 });
  await expect(page.locator('[data-party-wins] [data-riding-row] a').first()).toHaveAttribute('href', /^\/riding\/\d{5}$/);
});

test('the previous-result view tells that result everywhere at once: headline, scoreboard, race and chart', async ({ page }) => {
  await page.goto('/?seats=previous');
  await expect(page.locator('.result-summary')).toHaveText(
    '2021 (transposed): The Liberal Party of Canada won 157 seats, 15 short of a majority: a minority.',
  );
  await expect(page.locator('.score-tile[data-party="lpc"] .score-seats')).toHaveText('157');
  await expect(page.locator('.score-tile[data-party="cpc"] .score-seats')).toHaveText('126');
  await expect(page.locator('[data-majority-bar]')).toContainText('Liberal: 157 of the 172');
  await expect(page.locator('text[data-wedge-label="lpc"]:visible')).toHaveText('Liberal 157');
  // The tables below stay on this election's result, and say so.
  await expect(page.locator('[data-note="current-result"]')).toHaveText('The tables below give the 2025 result.');
});

test('a province view leads with its own seats and says the line is the national majority', async ({ page }) => {
  await page.goto('/?province=qc');
  await expect(page.locator('.scoreboard-scope')).toHaveText('Quebec: 78 seats');
  expect(await page.locator('.score-tile').evaluateAll((all) => all.map((a) => a.querySelector('.score-seats')!.textContent))).toEqual([
    '44',
    '22',
    '11',
    '1',
  ]);
  await expect(page.locator('[data-majority] text:visible')).toHaveText(['172', 'national majority']);
  await expect(page.locator('[data-majority-bar]')).toContainText('House of Commons · Liberal: 169 of the 172');
});

test("the chart's text keeps a readable size at every width, from the first paint", async ({ page }) => {
  for (const width of [320, 360, 390, 480, 700, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    // On screen: the size in the chart's units times the units' scale at this width.
    const sizes = await page.locator('.hemicycle svg').evaluate((svg: SVGSVGElement) => {
      const scale = svg.getScreenCTM()!.a;
      const px = (selector: string) =>
        [...svg.querySelectorAll(selector)]
          .filter((t) => t.getClientRects().length > 0)
          .map((t) => Number(t.closest('[font-size]')!.getAttribute('font-size')) * scale);
      return { labels: px('[data-wedge-label]'), figure: px('.majority-figure') };
    });
    expect(sizes.labels.length, `${width} px`).toBeGreaterThanOrEqual(2);
    for (const size of sizes.labels) expect(size, `labels at ${width} px`).toBeGreaterThanOrEqual(10);
    for (const size of sizes.labels) expect(size, `labels at ${width} px`).toBeLessThanOrEqual(16);
    expect(sizes.figure).toHaveLength(1);
    expect(sizes.figure[0], `figure at ${width} px`).toBeGreaterThanOrEqual(15);
    expect(sizes.figure[0], `figure at ${width} px`).toBeLessThanOrEqual(25);
  }
});
