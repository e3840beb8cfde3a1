import { expect, test } from './support/test.ts';
import { readFileSync, writeFileSync } from 'node:fs';

test('the chart downloads as SVG and PNG, as drawn', async ({ page }) => {
  await page.goto('/party/ndp');
  await expect(page.locator('[data-seat]')).toHaveCount(343);

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('canada-2025-ndp.svg');
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.match(/<circle[^>]+data-seat=/g)).toHaveLength(343);
  expect(svg).toContain('fill-opacity: 0.18');
  // It stands alone: what it shows, the result, the legend with seats, the source and date, the credit.
  // The headline, wrapped to the picture's width where it must be.
  expect(svg).toMatch(/>NDP: 7 seats · 2025 Canadian federal( election<\/text>|<\/text>.{0,120}>election<\/text>)/);
  expect(svg).toContain('The Liberal Party of Canada won 169');
  expect(svg).toContain('>Liberal <tspan font-weight="700">169</tspan></text>');
  expect(svg).toContain('>Source: Elections Canada · April 28, 2025</text>');
  expect(svg).toMatch(/>Hemicycle · localhost:\d+<\/text>/);
  writeFileSync(`screenshots/download-ndp-${test.info().project.name}.svg`, svg);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('canada-2025-ndp.png');
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // 2× the picture, which is at least 600 px wide.
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
  writeFileSync(`screenshots/download-ndp-${test.info().project.name}.png`, png);
});

test('share copies the link of the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/party/gpc?theme=dark');
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/party\/gpc\?theme=dark$/);
});
