import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseElection } from '../src/data/electionSchema.ts';
import { partyShade } from '../src/core/picture/partyShade.ts';
import { nightSnapshot } from '../scripts/replay/nightSnapshot.ts';
import { PALETTES } from '../src/core/picture/theme.ts';
import { expect, test } from './support/test.ts';
import { keepForReview } from './support/keepForReview.ts';

/** Opens the download options of the view's chart, picks a size and background, and saves the file. */
async function download(page: Page, file: 'SVG' | 'PNG', options: { size?: RegExp; transparent?: boolean; lang?: 'en' | 'fr' } = {}) {
  const fr = options.lang === 'fr';
  const menu = page.getByRole('button', { name: fr ? 'Télécharger' : 'Download', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  if (options.size) await page.getByRole('radio', { name: options.size }).check();
  await page.getByRole('checkbox', { name: fr ? 'Fond transparent' : 'Transparent background' }).setChecked(options.transparent ?? false);
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: fr ? `Télécharger en ${file}` : `Download ${file}` }).click(),
  ]);
  return { name: saved.suggestedFilename(), content: readFileSync(await saved.path()) };
}

/** Width, height and the alpha of the bottom-left pixel of a PNG (the top has the stripe of a party's colour), as the browser decodes it. */
async function pngFacts(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return { width: image.width, height: image.height, cornerAlpha: context.getImageData(0, image.height - 1, 1, 1).data[3] };
  }, png.toString('base64'));
}

test('the chart downloads as a picture that stands alone, as drawn', async ({ page }) => {
  await page.goto('/party/ndp');
  await expect(page.locator('[data-seat]')).toHaveCount(343);

  const svgFile = await download(page, 'SVG');
  expect(svgFile.name).toBe('canada-2025-ndp.svg');
  const svg = svgFile.content.toString('utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.match(/<circle[^>]+data-seat=/g)).toHaveLength(343);
  // The view's seats bright in the theme's shade of the party's colour, the others dimmed as on the page.
  expect(svg).toContain('fill-opacity="0.18"');
  expect(svg).toMatch(
    /<circle cx="[-\d.e]+" cy="[-\d.e]+" r="[\d.]+" data-seat="\d+" data-party="ndp" data-riding="\d+" data-status="elected" fill="#d25200"><\/circle>/,
  );
  // It stands alone: what it shows, the result, the legend with seats, the source and date, the credit.
  // The headline, wrapped to the picture's width where it must be.
  const headline = [...svg.matchAll(/<text [^>]*font-size="22"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(headline).toBe('NDP: 7\u00a0seats · 2025 Canadian federal election');
  expect(svg).toContain('7 of 343 seats, 17 fewer than in 2021 (transposed)');
  expect(svg).toContain('>Liberal <tspan font-weight="700">169</tspan></text>');
  expect(svg).toContain('>Source: Elections Canada · results as of June\u00a013,\u00a02025</text>');
  expect(svg).toMatch(/>Hemicycle · localhost:\d+<\/text>/);
  keepForReview(`download-ndp-${test.info().project.name}.svg`, svg);

  const pngFile = await download(page, 'PNG');
  expect(pngFile.name).toBe('canada-2025-ndp.png');
  const png = await pngFacts(page, pngFile.content);
  // 2× the picture, which is at least 600 px wide, on the theme's background.
  expect(png.width).toBeGreaterThanOrEqual(1200);
  expect(png.cornerAlpha).toBe(255);
  keepForReview(`download-ndp-${test.info().project.name}.png`, pngFile.content);
});

test('a download can be square or wide for social posts, with a transparent background, in the page language and theme', async ({
  page,
}) => {
  await page.goto('/fr/party/bq?theme=dark');
  await expect(page.locator('[data-seat]')).toHaveCount(343);

  const square = await download(page, 'PNG', { size: /^Carré/, transparent: true, lang: 'fr' });
  expect(square.name).toBe('canada-2025-bq-square.png');
  expect(await pngFacts(page, square.content)).toEqual({ width: 1080, height: 1080, cornerAlpha: 0 });
  keepForReview(`download-bq-square-${test.info().project.name}.png`, square.content);

  const wide = await download(page, 'SVG', { size: /^Large/, lang: 'fr' });
  expect(wide.name).toBe('canada-2025-bq-wide.svg');
  const svg = wide.content.toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="675" /);
  // The dark theme's background and text, French texts.
  expect(svg).toContain('<rect width="1200" height="675" fill="#121418"/>');
  expect(svg).toContain('fill="#eef0f3" font-weight="700">Bloc');
  expect(svg).toContain('>Source\u00a0: Élections Canada · résultats au 13\u00a0juin\u00a02025</text>');
  keepForReview(`download-bq-wide-${test.info().project.name}.svg`, svg);
});

test('a picture paints each party in the shade the page shows it in, in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.goto(`/?theme=${theme}`);
    // The colour the browser draws each party's first seat in, read back from a canvas.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<SVGCircleElement>('.hemicycle-seats > circle')]
        .filter((seat, i, all) => all.findIndex((s) => s.dataset.party === seat.dataset.party) === i)
        .map((seat) => {
          const context = document.createElement('canvas').getContext('2d')!;
          context.fillStyle = getComputedStyle(seat).fill;
          context.fillRect(0, 0, 1, 1);
          return { color: seat.getAttribute('color')!, rgb: [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)] };
        }),
    );
    expect(drawn.length).toBeGreaterThanOrEqual(5);
    for (const { color, rgb } of drawn) {
      const shade = partyShade(color, PALETTES[theme]);
      const expected = [1, 3, 5].map((i) => Number.parseInt(shade.slice(i, i + 2), 16));
      // Within 2 of 255 on each channel: the browser's and culori's rounding.
      expected.forEach((channel, i) => expect(Math.abs(channel - rgb[i]!), `${color} in ${theme}`).toBeLessThanOrEqual(2));
    }
  }
});

test('a download paints dimmed, leading and still-to-report seats as the page draws them, in both themes', async ({ page }) => {
  const night = nightSnapshot(parseElection(JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8'))), 0.5);
  await page.route('**/data/canada-2025.json', (route) => route.fulfill({ json: night }));
  for (const theme of ['light', 'dark'] as const) {
    await page.goto(`/party/cpc?theme=${theme}`);
    await expect(page.locator('.hemicycle [data-seat]')).toHaveCount(343);
    // One seat of each look, as the browser draws it: colours read back from a canvas, opacities as computed.
    const drawn = await page.evaluate(() => {
      const rgb = (paint: string) => {
        if (paint === 'none') return 'none';
        const context = document.createElement('canvas').getContext('2d')!;
        context.fillStyle = paint;
        context.fillRect(0, 0, 1, 1);
        return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
      };
      const looks = new Map<string, { riding: string; fill: string; stroke: string; fillOpacity: number; strokeOpacity: number }>();
      for (const seat of document.querySelectorAll<SVGCircleElement>('.hemicycle-seats > circle')) {
        const look = `${seat.dataset.status} ${seat.classList.contains('seat-dimmed') ? 'dimmed' : 'bright'}`;
        const style = getComputedStyle(seat);
        if (!looks.has(look))
          looks.set(look, {
            riding: seat.dataset.riding!,
            fill: rgb(style.fill),
            stroke: rgb(style.stroke),
            fillOpacity: Number(style.fillOpacity),
            strokeOpacity: Number(style.strokeOpacity),
          });
      }
      return [...looks].map(([look, seat]) => ({ look, ...seat }));
    });
    expect(drawn.map((d) => d.look)).toEqual(
      expect.arrayContaining(['elected bright', 'elected dimmed', 'leading bright', 'leading dimmed', 'pending dimmed']),
    );
    const svg = (await download(page, 'SVG')).content.toString('utf8');
    for (const seat of drawn) {
      const tag = svg.match(new RegExp(`<circle [^>]*data-riding="${seat.riding}"[^>]*>`))![0];
      const attribute = (name: string) => tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1];
      const hex = (paint: string | undefined) =>
        paint === undefined || paint === 'none' ? 'none' : [1, 3, 5].map((i) => Number.parseInt(paint.slice(i, i + 2), 16));
      const near = (a: string | number[], b: string) =>
        a === 'none' || b === 'none' ? a === b : (a as number[]).every((v, i) => Math.abs(v - Number(b.split(',')[i])) <= 2);
      const what = `${seat.look} seat in ${theme}`;
      expect(near(hex(attribute('fill')), seat.fill), `${what}: fill ${attribute('fill')} vs ${seat.fill}`).toBe(true);
      expect(near(hex(attribute('stroke')), seat.stroke), `${what}: stroke ${attribute('stroke')} vs ${seat.stroke}`).toBe(true);
      expect(Number(attribute('fill-opacity') ?? 1), `${what}: fill-opacity`).toBeCloseTo(seat.fillOpacity, 2);
      expect(Number(attribute('stroke-opacity') ?? 1), `${what}: stroke-opacity`).toBeCloseTo(seat.strokeOpacity, 2);
    }
  }
});

test('share copies the link of the current view, without the sharer’s theme', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/party/gpc?theme=dark&province=bc&seats=changes');
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/party\/gpc\?province=bc&seats=changes$/);
});
