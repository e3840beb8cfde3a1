import { expect, test } from './support/test.ts';
import { readFileSync } from 'node:fs';

test('the chart downloads as SVG and PNG, as drawn', async ({ page }) => {
  await page.goto('/party/ndp');
  await expect(page.locator('[data-seat]')).toHaveCount(343);

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('canada-2025-ndp.svg');
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.match(/<circle[^>]+data-seat=/g)).toHaveLength(343);
  expect(svg).toContain('fill-opacity: 0.18');

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('canada-2025-ndp.png');
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(300);
});

test('share copies the link of the current view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/party/gpc?theme=dark');
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/party\/gpc\?theme=dark$/);
});
