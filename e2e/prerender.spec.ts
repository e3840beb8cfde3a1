/** Every page arrives drawn: the HTML served holds the result before any script runs, and the app takes it over. */
import { TEST_SITE_URL, onTestSite } from './support/testSite.ts';
import { readFileSync } from 'node:fs';
import { previewPicture } from '../scripts/site/previewPicture.ts';
import { sitePages } from '../scripts/site/sitePages.ts';
import { parseElection } from '../src/data/electionSchema.ts';
import { expect, test, type Page } from './support/test.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, headline, summary] of [
    ['/', '2025 Canadian federal election', '169 seats, 3 short of a majority'],
    // A party's page leads with the party, and its sentence tells the party's result.
    ['/party/cpc', 'Conservative Party of Canada', '144 of 343 seats, 18 more than in 2021 (transposed)'],
    // A riding's page leads with the riding: its name, then who won it, by how much, over whom.
    ['/riding/24073', 'Terrebonne', 'Tatiana Auguste (Liberal) won by 1 vote over Nathalie Sinclair-Desgagné (Bloc).'],
  ] as const) {
    test(`${path} is readable from its HTML alone`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveText(headline);
      await expect(page.locator('.result-summary')).toContainText(summary);
      await expect(page.locator('[data-seat]')).toHaveCount(343);
      await expect(page.locator('[data-seat][data-party="lpc"][data-riding]')).toHaveCount(169);
      await expect(page.locator('[data-majority="172"]')).toBeVisible();
      await expect(page.locator('noscript[data-notice]')).toHaveCount(0);
    });
  }

  test('the overview carries its scoreboard and breakdown tables, and the party page its party', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.score-tile')).toHaveCount(5);
    await expect(page.getByRole('table', { name: 'Popular vote' }).locator('tr[data-party="lpc"]')).toContainText('43.8%');
    await expect(page.getByRole('table', { name: 'Seats by province and territory' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Elections Canada');
    await page.goto('/party/cpc');
    await expect(page.locator('#party-title')).toHaveText('Conservative Party of Canada');
    await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(144);
    await page.goto('/riding/24073');
    await expect(page.locator('#riding-title')).toHaveText('Terrebonne');
  });

  test('what needs a script is not offered, and lists cut short for a button show whole', async ({ page }) => {
    await page.goto('/fr/party/bq');
    await expect(page.locator('[data-party-wins="bq"] [data-riding-row]:visible')).toHaveCount(22);
    for (const control of ['button', '.riding-search', '.explore-bar', '.share-bar', '.settings-themes']) {
      await expect(page.locator(control).first(), control).toBeHidden();
    }
    // Links work without a script: the language and the parties' pages.
    await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
    await expect(page.locator('.legend a[data-party="lpc"]')).toBeVisible();
  });

  test('French pages have paths of their own, drawn in French', async ({ page }) => {
    await page.goto('/fr/party/bq');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveText('Bloc Québécois');
    await expect(page.locator('.page-header .eyebrow')).toHaveText('Élection fédérale canadienne de 2025 · 28 avril 2025');
    await expect(page.locator('#party-title')).toHaveText('Bloc Québécois');
    await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(22);
    await expect(page.getByRole('table', { name: 'Vote populaire' })).toBeVisible();
    await expect(page).toHaveTitle('Bloc\u00a0: 22\u00a0sièges · Élection fédérale canadienne de 2025');
  });

  for (const [path, title] of [
    ['/embed/party/bq', 'Bloc Québécois · 22 seats'],
    ['/fr/embed/', 'Élection fédérale canadienne de 2025'],
  ] as const) {
    test(`the embed ${path} is drawn too`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toContainText(title);
      await expect(page.locator('[data-seat]')).toHaveCount(343);
      await expect(page.locator('[data-majority="172"]')).toBeVisible();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    });
  }
});

test.describe('for search engines', () => {
  test.skip(({ isMobile }) => isMobile, 'the files a search engine reads are the same for every screen');
  test('each page names its twin in the other language, and embeds stay out', async ({ page }) => {
    const links = () =>
      page
        .locator('link[rel="canonical"], link[rel="alternate"][hreflang]')
        .evaluateAll((els) =>
          els.map((el) => `${el.getAttribute('rel')} ${el.getAttribute('hreflang') ?? ''} ${el.getAttribute('href')}`.replace('  ', ' ')),
        )
        .then((links) => links.map((link) => link.replace(TEST_SITE_URL, '')));
    await page.goto('/party/bq');
    expect(await links()).toEqual([
      'canonical /party/bq',
      'alternate en /party/bq',
      'alternate fr /fr/party/bq',
      'alternate x-default /party/bq',
    ]);
    await page.goto('/fr/');
    expect(await links()).toEqual(['canonical /fr/', 'alternate en /', 'alternate fr /fr/', 'alternate x-default /']);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_CA');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', onTestSite('/og/fr/overview.png'));
    await page.goto('/fr/embed/party/bq');
    expect(await links()).toEqual([]);
  });

  test('robots.txt and the sitemap list every page in both languages', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${onTestSite('/sitemap.xml')}`);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    // 1 overview, the map, 7 parties, 343 ridings and the builder, in two languages.
    expect(sitemap.match(/<loc>/g)).toHaveLength(2 * (1 + 1 + 7 + 343 + 1));
    expect(sitemap).toContain(`<loc>${onTestSite('/fr/riding/24073')}</loc>`);
    expect(sitemap).toContain(`<loc>${onTestSite('/fr/map')}</loc>`);
    expect(sitemap).not.toContain('/embed');
  });

  test('a preview picture is drawn from its page, in its language, by the code that draws downloads', async ({ request }) => {
    const picture = await request.get('/og/fr/bq.png');
    expect(picture.headers()['content-type']).toBe('image/png');
    const png = await picture.body();
    // 1200 × 630, the size of a large link card.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.equals(await (await request.get('/og/bq.png')).body())).toBe(false);

    // The build's own step for the page it wrote: the picture says what the page says, and holds its seats.
    const html = readFileSync('dist/fr/party/bq/index.html', 'utf8');
    const election = parseElection(JSON.parse(readFileSync('dist/data/canada-2025.json', 'utf8')));
    const page = sitePages(election).find((p) => p.path === '/fr/party/bq')!;
    const svg = await previewPicture(page, election, undefined);
    expect(svg).toContain('font-weight="700">Bloc\u00a0: 22\u00a0sièges · Élection fédérale canadienne de 2025</text>');
    const sentence = '22 des 343\u00a0sièges, 12 de moins';
    expect(html).toContain(sentence);
    expect(svg).toContain(`>${sentence}`);
    expect(svg).toContain('>Source\u00a0: Élections Canada · résultats au 13\u00a0juin\u00a02025</text>');
    expect(svg.match(/<circle [^>]*data-seat=/g)).toHaveLength(343);
    expect(svg.match(/data-party="bq"[^>]+fill-opacity/g)).toBeNull();
  });
});

/** Console errors and React's hydration warnings, collected while a page loads and settles. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Holds the election's data until the returned function is called: the app can neither hydrate nor redraw before. */
async function holdData(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/canada-2025.json', async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

for (const path of ['/', '/party/bq', '/riding/24073', '/fr/party/bq', '/fr/riding/24073', '/embed/party/bq', '/fr/embed/']) {
  test(`${path} hydrates its HTML without a mismatch, and works`, async ({ page, isMobile }) => {
    // The phone checks one page of each kind (overview, riding in French, embed) for a shift at its width.
    test.skip(isMobile && !['/', '/fr/riding/24073', '/embed/party/bq'].includes(path), 'the same markup as the desktop checks');
    const errors = watchErrors(page);
    // Hold the data until the served seat is marked: the app cannot hydrate (or redraw) before then.
    const release = await holdData(page);
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const seat = page.locator('[data-seat][data-riding="24073"]');
    // The served seat stays: hydration adopts the element instead of drawing a new one.
    await seat.evaluate((el) => ((el as Element & { marked?: boolean }).marked = true));
    // Nothing moves or changes size when the app takes over (no layout shift): the chart's text is laid out
    // for each class of width in the HTML, so there is nothing to measure and redraw.
    const drawing = () =>
      page.locator('.hemicycle svg').evaluate((svg) => ({
        viewBox: svg.getAttribute('viewBox'),
        box: svg.getBoundingClientRect().toJSON() as unknown,
        text: [...svg.querySelectorAll('text')]
          .filter((t) => t.getClientRects().length > 0)
          .map((t) => [t.textContent, t.getBoundingClientRect().height.toFixed(1)]),
      }));
    const served = await drawing();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-ready');
    expect(await drawing()).toEqual(served);
    await seat.hover();
    await expect(page.locator('.seat-card')).toContainText('Terrebonne');
    expect(await seat.evaluate((el) => (el as Element & { marked?: boolean }).marked)).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('a link that names its language in the query leads to the page of that language', async ({ page, isMobile }) => {
  test.skip(isMobile, 'which page is hydrated and which drawn afresh does not depend on the screen');
  const errors = watchErrors(page);
  await page.goto('/party/bq?lang=fr&theme=dark');
  await expect(page).toHaveURL(/\/fr\/party\/bq\?theme=dark$/);
  await expect(page.locator('h1')).toHaveText('Bloc Québécois');
  await expect(page.locator('#party-title')).toHaveText('Bloc Québécois');
  await page.goto('/fr/embed/party/bq?lang=en');
  await expect(page).toHaveURL(/\/embed\/party\/bq$/);
  await expect(page.locator('h1')).toContainText('Bloc Québécois · 22 seats');
  expect(errors).toEqual([]);
});

test('another view of a prerendered page keeps the served result until it can draw that view: never blank', async ({ page }) => {
  const errors = watchErrors(page);
  const release = await holdData(page);
  await page.goto('/party/bq?seats=previous', { waitUntil: 'domcontentloaded' });
  // The app has run (it asked for the data) and still shows the served page, not a loading screen.
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  await expect(page.getByText('Loading the results…')).toHaveCount(0);
  release();
  await expect(page.locator('.result-summary')).toContainText('2021 (transposed)');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  expect(errors).toEqual([]);
});

test('a plain embed is drawn afresh without its title and footer, with no mismatch', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/embed/party/bq?plain=1');
  await expect(page.locator('[data-seat]:not(.seat-dimmed)')).toHaveCount(22);
  await expect(page.locator('h1, footer')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a page the host serves for a path it does not know is drawn afresh, not hydrated into the overview', async ({ page, isMobile }) => {
  test.skip(isMobile, 'which page is hydrated and which drawn afresh does not depend on the screen');
  const errors = watchErrors(page);
  await page.goto('/fr/nowhere');
  await expect(page.getByRole('alert')).toContainText('Cette page n’existe pas.');
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(errors).toEqual([]);
});

test('data changed since the build is drawn afresh, not hydrated into HTML that no longer matches', async ({ page, isMobile }) => {
  test.skip(isMobile, 'which page is hydrated and which drawn afresh does not depend on the screen');
  const errors = watchErrors(page);
  const data = JSON.parse(readFileSync('public/data/canada-2025.json', 'utf8')) as { parties: { id: string; name: { en: string } }[] };
  data.parties.find((p) => p.id === 'lpc')!.name.en = 'Liberal Party of Canada (corrected)';
  await page.route('**/data/canada-2025.json', (route) => route.fulfill({ json: data }));
  await page.goto('/');
  await expect(page.locator('.result-summary')).toContainText('The Liberal Party of Canada (corrected) won 169 seats');
  await expect(page.locator('[data-seat]')).toHaveCount(343);
  expect(errors).toEqual([]);
});
