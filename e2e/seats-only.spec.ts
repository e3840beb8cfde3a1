import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';

/** 2019 given by party alone (public/data/canada-2019.json, scripts/dataset/buildSeatsOnly.ts): no ridings, no regions. */
const SEATS_2019 = [
  ['lpc', 157],
  ['cpc', 121],
  ['bq', 32],
  ['ndp', 24],
  ['gpc', 3],
  ['ind', 1],
] as const;

test('an election given by party only draws every seat, its majority and its result, with nothing that needs ridings', async ({ page }) => {
  await page.goto('/?election=canada-2019');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2019 Canadian federal election');
  await expect(page.locator('[data-seat]')).toHaveCount(338);
  for (const [party, seats] of SEATS_2019) await expect(page.locator(`[data-seat][data-party="${party}"]`), party).toHaveCount(seats);
  await expect(page.locator('[data-majority]')).toHaveAttribute('data-majority', '170');
  await expect(page.getByText('The Liberal Party of Canada won 157\u00a0seats, 13 short of a majority: a minority.')).toBeVisible();
  // The panels below the chart are drawn (the footer is last), and none of them needs a riding.
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.locator('.breakdowns')).toContainText('34.3%');
  for (const absent of [
    '.riding-search',
    '.map-panel',
    '.seat-table',
    '.close-races-panel',
    '[data-chart]',
    '.explore-province',
    '[role="alert"]',
  ])
    await expect(page.locator(absent), absent).toHaveCount(0);
  // Its previous result (2015, by party) is seated on the same House, and its changes are the parties'.
  await page.goto('/?election=canada-2019&seats=previous');
  await expect(page.locator('[data-seat][data-party="lpc"]')).toHaveCount(184);
  await expect(page.locator('[data-seat][data-party="ndp"]')).toHaveCount(44);
  await expect(page.locator('[role="alert"]')).toHaveCount(0);
});

test('its party pages say what the file knows: seats and change, and the vote where it is given', async ({ page }) => {
  await page.goto('/party/cpc?election=canada-2019');
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(121);
  await expect(page.locator('[data-stat="seats"]')).toHaveText('121');
  await expect(page.locator('[data-stat="vote-share"]')).toHaveText('34.3%');
  await expect(page.getByText('121 of 338 seats, 22 more than in 2015, and 34.3% of the vote.')).toBeVisible();
  // The independent's vote is not in the file: none is said, and none is made up.
  await page.goto('/party/ind?election=canada-2019');
  await expect(page.locator('[data-stat="seats"]')).toHaveText('1');
  await expect(page.locator('[data-stat="vote-share"]')).toHaveCount(0);
  await expect(page.getByText('1 of 338 seats, 1 more than in 2015.')).toBeVisible();
});

test('a riding or the map, asked of an election without ridings, is said to be absent, in the reader’s language', async ({ page }) => {
  await page.goto('/riding/35001?election=canada-2019');
  await expect(page.getByRole('alert')).toContainText('gives its seats by party, without ridings');
  await expect(page.locator('[data-seat]')).toHaveCount(338);
  await page.goto('/fr/map?election=canada-2019');
  await expect(page.getByRole('alert')).toContainText('donne ses sièges par parti, sans circonscriptions');
  await expect(page.locator('[data-seat]')).toHaveCount(338);
  await expect(page.locator('.map-panel')).toHaveCount(0);
});

test('its embed and its download draw the same seats, with its source', async ({ page }) => {
  await page.goto('/embed/?election=canada-2019');
  await expect(page.locator('[data-seat]')).toHaveCount(338);
  await expect(page.locator('.embed-source')).toContainText('CPAC');
  await page.goto('/party/ndp?election=canada-2019');
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(24);
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = readFileSync(await saved.path(), 'utf8');
  expect(saved.suggestedFilename()).toBe('canada-2019-ndp.svg');
  expect(svg.match(/<circle [^>]*data-seat=/g)).toHaveLength(338);
  expect(svg.match(/<circle [^>]*data-party="ndp"[^>]*>/g)!.filter((seat) => !seat.includes('fill-opacity'))).toHaveLength(24);
  expect(svg).toContain('>NDP <tspan font-weight="700">24</tspan></text>');
});
