import { expect, test, type Page } from './support/test.ts';
import { onTestSite } from './support/testSite.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './support/staticServer.ts';

let host: StaticServer;
let hostDir: string;

/** The snippet exactly as the app's Embed control gives it. */
async function snippetFromApp(page: Page, path: string): Promise<string> {
  await page.goto(path);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  return page.locator('#embed-code textarea').inputValue();
}

test.beforeAll(async () => {
  hostDir = mkdtempSync(join(tmpdir(), 'hemicycle-host-'));
  host = await serveStatic(hostDir);
});
test.afterAll(async () => host.close());

async function openHost(page: Page, snippet: string, width: number) {
  // Another origin: the host page is on 127.0.0.1 and another port than the app.
  const html = `<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>Host</title>
    <script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));</script></head>
    <body style="margin:0"><p>A news article.</p>${snippet}<p>After the chart.</p></body></html>`;
  writeFileSync(join(hostDir, 'index.html'), html);
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${host.origin}/`);
}

test('the embed snippet works on another origin and the iframe follows its content height', async ({ page }) => {
  const snippet = await snippetFromApp(page, '/party/bq');
  expect(snippet).toContain('/embed/party/bq');
  expect(new URL(/src="([^"]+)"/.exec(snippet)![1]!).origin).not.toBe(host.origin);

  for (const width of [320, 800]) {
    await openHost(page, snippet, width);
    const frame = page.frameLocator('iframe[data-hemicycle]');
    await expect(frame.locator('[data-seat][data-party="bq"]')).toHaveCount(22);
    await expect(frame.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(22);
    const iframe = page.locator('iframe[data-hemicycle]');
    const contentHeight = async () =>
      (await iframe.elementHandle())!
        .contentFrame()
        .then((f) => f!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
    await expect
      .poll(async () => Math.abs((await iframe.boundingBox())!.height - (await contentHeight())), { message: `height at ${width}px` })
      .toBeLessThanOrEqual(1);
    const inner = await (await iframe.elementHandle())!.contentFrame().then((f) =>
      f!.evaluate(() => ({
        overflow: document.documentElement.scrollHeight - window.innerHeight,
        wide: document.documentElement.scrollWidth - window.innerWidth,
      })),
    );
    expect(inner.overflow, `no inner vertical scrollbar at ${width}px`).toBeLessThanOrEqual(0);
    expect(inner.wide, `no inner horizontal scrollbar at ${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `screenshots/embed-host-${width}.png`, fullPage: true });
  }

  const messages = await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);
  const ours = messages.filter((m) => (m as { type?: string }).type === 'hemicycle:height') as { type: string; height: number }[];
  expect(ours.length).toBeGreaterThan(0);
  for (const m of ours) {
    expect(Object.keys(m).sort()).toEqual(['height', 'type']);
    expect(Number.isInteger(m.height)).toBe(true);
  }
  expect(messages).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: ours.at(-1)!.height });
});

test('the host never collapses the frame: the embed reports the height of its drawn page, never a loading one', async ({ page }) => {
  const snippet = await snippetFromApp(page, '/party/bq');
  // A prerendered page, and a view drawn in the browser (a province), each on a host of another origin.
  for (const view of ['/embed/party/bq', '/embed/party/bq?province=qc']) {
    const html = snippet.replace(/src="([^"]+)\/embed\/party\/bq"/, (_, origin: string) => `src="${origin}${view}"`);
    // Every height the host gives the frame, as its layout sees it.
    const recorder = `<script>window.heights = []; new MutationObserver(() => { const f = document.querySelector('iframe'); if (f) window.heights.push(f.getBoundingClientRect().height); }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['height', 'style'] });</script>`;
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html><body style="margin:0"><p>A news article.</p>${html}${recorder}<p>After.</p></body></html>`,
    );
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${host.origin}/`);
    const frame = page.frameLocator('iframe[data-hemicycle]');
    await expect(frame.locator('[data-seat]')).toHaveCount(343);
    await expect(frame.locator('html')).toHaveAttribute('data-ready');
    const iframe = page.locator('iframe[data-hemicycle]');
    await expect.poll(async () => (await iframe.boundingBox())!.height, { message: view }).toBeGreaterThan(300);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(heights.length, view).toBeGreaterThan(0);
    // No collapse: every height the host applied is the drawn page's (above 300 px), never a loading one.
    for (const height of heights) expect(height, `${view}: ${heights.join(', ')}`).toBeGreaterThan(300);
  }
});

test('the embed has no site chrome, a credit to the full view, noindex, and its options', async ({ page }) => {
  await page.goto('/embed/party/bq?lang=en&theme=dark&transparent=1');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.locator('header, .page-header, .breakdowns, .share-bar')).toHaveCount(0);
  const credit = page.getByRole('link', { name: /full results/ });
  await expect(credit).toHaveAttribute('target', '_blank');
  await expect(credit).toHaveAttribute('href', '/party/bq?theme=dark');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-transparent', '');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
});

test('the embed says who won, and where the figures come from; plain=1 leaves both to the host', async ({ page }) => {
  await page.goto('/embed/');
  await expect(page.locator('h1')).toHaveText('2025 Canadian federal election · 172\u00a0seats for a majority');
  await expect(page.locator('.result-summary')).toHaveText(
    'The Liberal Party of Canada won 169\u00a0seats, 3\u00a0short of a majority: a minority.',
  );
  await expect(page.getByRole('contentinfo')).toContainText('Source: Elections Canada · results as of June 13, 2025');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: /full\sresults/ })).toHaveAttribute('href', '/');
  await page.goto('/fr/embed/party/bq?plain=1');
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(22);
  await expect(page.locator('h1, .result-summary, footer')).toHaveCount(0);
  await expect(page.locator('.legend')).toBeVisible();
  for (const width of [280, 390, 800]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/fr/embed/party/bq');
    await expect(page.getByRole('contentinfo')).toContainText('Source\u00a0: Élections Canada · résultats au 13 juin 2025');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no overflow at ${width} px`).toBe(true);
    // The credit's last words and its arrow stay together: no "↗" alone on a line.
    const lines = await page
      .locator('.embed-credit')
      .evaluate((a) => [...a.getClientRects()].map((r) => Math.round(r.top)).filter((t, i, all) => all.indexOf(t) === i).length);
    const arrowAlone = await page.locator('.embed-credit').evaluate((a) => {
      const range = document.createRange();
      const text = a.firstChild!;
      range.setStart(text, text.textContent!.length - 1);
      range.setEnd(text, text.textContent!.length);
      const arrow = range.getBoundingClientRect();
      range.setStart(text, text.textContent!.length - 10);
      range.setEnd(text, text.textContent!.length - 9);
      return Math.abs(range.getBoundingClientRect().top - arrow.top) > 2;
    });
    expect(lines, `credit lines at ${width} px`).toBeLessThanOrEqual(3);
    expect(arrowAlone, `arrow with its words at ${width} px`).toBe(false);
    await page.screenshot({ path: `screenshots/embed-fr-bq-${width}.png`, fullPage: true });
  }
});

test('party and embed pages name their oEmbed answer: the embed snippet of that view, in its language', async ({ page, request }) => {
  for (const [path, json] of [
    ['/party/bq', '/oembed/party/bq.json'],
    ['/fr/embed/party/bq', '/oembed/fr/party/bq.json'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', onTestSite(json));
  }
  const answer = (await (await request.get('/oembed/fr/party/bq.json')).json()) as Record<string, string>;
  expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Hémicycle' });
  expect(answer.html).toContain(`src="${onTestSite('/fr/embed/party/bq')}"`);
  expect(answer.html).toContain('title="Bloc Québécois\u00a0: 22\u00a0sièges"');
});

test("each oEmbed answer's frame is within a few pixels of its view's real height at 640 px", async ({ page, request }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  for (const lang of ['', '/fr']) {
    for (const view of ['', 'party/lpc', 'party/bq', 'party/ppc']) {
      const json = `/oembed${lang}/${view || 'index'}.json`;
      const answer = (await (await request.get(json)).json()) as { height: number; html: string };
      await page.goto(`${lang}/embed/${view}`);
      const real = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      // Estimated at build time (no browser there): the chart's height is exact, the texts' lines are estimated.
      expect(Math.abs(answer.height - real), `${json}: ${answer.height} for ${real}`).toBeLessThanOrEqual(8);
      expect(answer.html).toContain(`height="${answer.height}"`);
    }
  }
});

test("the snippet's height is the view's real height at 640 px, so the frame is right before any script runs", async ({ page }) => {
  await page.goto('/fr/party/bq');
  await page.getByRole('button', { name: 'Intégrer', exact: true }).click();
  const code = page.locator('#embed-code textarea');
  await expect(code).not.toHaveValue(/height="420"/);
  const snippetHeight = Number(/height="(\d+)"/.exec(await code.inputValue())![1]);
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto('/fr/embed/party/bq');
  const real = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(snippetHeight).toBe(real);
});

test('the host script ignores messages from other windows', async ({ page }) => {
  const snippet = await snippetFromApp(page, '/');
  await openHost(page, snippet, 600);
  const iframe = page.locator('iframe[data-hemicycle]');
  await expect(page.frameLocator('iframe[data-hemicycle]').locator('[data-seat]')).toHaveCount(343);
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(200);
  // The frame reports its height again as its content settles: wait until the height holds still.
  let before = 0;
  await expect
    .poll(
      async () => {
        const height = (await iframe.boundingBox())!.height;
        const settled = height === before;
        before = height;
        return settled;
      },
      { intervals: [300] },
    )
    .toBe(true);
  // Messages are delivered in order: once a second one has arrived, the stranger's has been handled.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.addEventListener('message', (event) => event.data === 'flushed' && resolve());
        window.postMessage({ type: 'hemicycle:height', height: 5 }, '*');
        window.postMessage('flushed', '*');
      }),
  );
  expect((await iframe.boundingBox())!.height).toBe(before);
});

test('an embed with an unknown riding or province says so and keeps every seat bright', async ({ page }) => {
  for (const [path, text] of [
    ['/embed/riding/99999', '99999'],
    ['/embed/?province=zz', 'zz'],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole('alert')).toContainText(text!);
    await expect(page.locator('[data-seat]')).toHaveCount(343);
    await expect(page.locator('.seat-dimmed')).toHaveCount(0);
  }
});

test('the embed names itself in its own language', async ({ page }) => {
  await page.goto('/fr/embed/party/bq');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page).toHaveTitle(/^Bloc Québécois\s· 22\ssièges$/);
});

test("an embed picked on a province counts that province's seats in its legend", async ({ page }) => {
  await page.goto('/embed/?province=qc');
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(78);
  await expect(page.getByRole('list', { name: 'Seats in Quebec' }).locator('a[data-party="bq"] .legend-seats')).toHaveText('22');
});

test('a tapped seat’s card floats over a 320 px embed: the page, and so the host’s iframe, keeps its height', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the card floats on a phone’s width; on a desktop it always did');
  await page.setViewportSize({ width: 320, height: 560 });
  await page.goto('/embed/');
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  const before = await height();
  // A seat of the lower right, where a card had most to push: the last seat.
  await page.locator('[data-seat="342"]').tap();
  await expect(page.locator('.seat-detail')).toBeVisible();
  expect(await height()).toBe(before);
  const card = (await page.locator('.seat-detail').boundingBox())!;
  // On the screen, whole.
  expect([card.x >= 0, card.x + card.width <= 320]).toEqual([true, true]);
});
