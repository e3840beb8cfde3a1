/**
 * Any link gets the view it asks for or a message saying what it asked that cannot be shown, never a silent
 * substitute (#19). Random routes and parameters (fast-check, fixed seed): valid and made-up party, riding and
 * province ids, every setting with a value it knows or one it does not (any script, controls, case, spaces).
 * The oracle: for each setting, the chart's `data-shown-*` equals what was asked, or an alert names it.
 */
import fc from 'fast-check';
import { expect, test } from './support/test.ts';
import { election } from './support/election.ts';

const PARTY_IDS = election.parties.map((p) => p.id);
const junk = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.constantFrom('\u202Eevil', 'DARK ', 'all', '-1', '1e3', '%', 'x y', '<b>'),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const link = fc.record({
  path: fc.oneof(
    fc.constant('/'),
    fc.constantFrom(...PARTY_IDS, 'zzz').map((id) => `/party/${id}`),
    fc.constantFrom('24073', '10001', '99999', 'abc').map((id) => `/riding/${id}`),
    fc.constantFrom('/embed/', '/embed/party/bq', '/embed/party/nope', '/nowhere'),
  ),
  theme: maybe(fc.oneof(fc.constantFrom('light', 'dark', 'auto', 'Dark'), junk)),
  seats: maybe(fc.oneof(fc.constantFrom('changes', 'previous', 'current'), junk)),
  order: maybe(fc.oneof(fc.constantFrom('spectrum', 'result'), junk)),
  province: maybe(fc.oneof(fc.constantFrom('qc', 'on', 'BC', 'zz'), junk)),
  coalition: maybe(
    fc.array(fc.oneof(fc.constantFrom(...PARTY_IDS, 'ppc', 'nobody'), junk), { minLength: 1, maxLength: 3 }).map((ids) => ids.join(',')),
  ),
  live: maybe(fc.oneof(fc.constantFrom('0', '30', '2', '99999'), junk)),
  lang: maybe(fc.oneof(fc.constantFrom('en', 'de'), junk)),
});

const LINKS = fc.sample(link, { numRuns: 28, seed: 19 });

function search(l: (typeof LINKS)[number]): string {
  const params = new URLSearchParams();
  for (const key of ['theme', 'seats', 'order', 'province', 'coalition', 'live', 'lang'] as const)
    if (l[key] !== undefined) params.set(key, l[key]);
  return params.size ? `?${params}` : '';
}

test.describe('URL fuzz', () => {
  for (const [i, l] of LINKS.entries()) {
    const url = `${l.path}${search(l)}`;
    test(`${i}: ${url}`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== 'desktop', 'what a URL means does not depend on the screen');
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      // The app's verdict, read once it has taken the page over.
      await expect(page.locator('html')).toHaveAttribute('data-ready');
      await expect(page.locator('.seat-chart')).toBeAttached();
      // What the page says of its link: its notices come in a chunk of their own, a moment after the chart, so
      // the verdict is read until it holds (or the expectation's time runs out).
      const failures = async () => {
        const alerts = (await page.getByRole('alert').allTextContents()).join('\n');
        const chart = page.locator('.seat-chart');
        const shown = async (name: string) => (await chart.getAttribute(`data-shown-${name}`)) ?? undefined;
        const said = (text: string) => alerts.includes(text);
        const lower = (value: string) => value.trim().toLowerCase();

        const known = (value: string | undefined, choices: string[]) =>
          value !== undefined && value.trim() !== '' && choices.includes(lower(value));
        const checks: [string, boolean][] = [];
        // Each setting: the view asked for, or a message naming it.
        if (l.seats !== undefined && l.seats !== '')
          checks.push([
            `seats=${l.seats}`,
            known(l.seats, ['changes', 'previous', 'current']) ? (await shown('seats')) === lower(l.seats) : said('seats='),
          ]);
        if (l.order !== undefined && l.order !== '')
          checks.push([
            `order=${l.order}`,
            known(l.order, ['spectrum', 'result']) ? (await shown('order')) === lower(l.order) : said('order='),
          ]);
        if (l.theme !== undefined && l.theme !== '')
          checks.push([
            `theme=${l.theme}`,
            known(l.theme, ['light', 'dark', 'auto'])
              ? (await page.locator('html').getAttribute('data-theme')) === lower(l.theme)
              : said('theme='),
          ]);
        if (l.province !== undefined && lower(l.province) !== '')
          checks.push([
            `province=${l.province}`,
            (await shown('province')) === lower(l.province) || said('There is no province or territory'),
          ]);
        if (l.live !== undefined && l.live !== '') checks.push([`live=${l.live}`, /^\d+$/.test(l.live) ? true : said('live=')]);
        if (l.lang !== undefined && l.lang !== '')
          checks.push([
            `lang=${l.lang}`,
            lower(l.lang) === 'en' ? (await page.locator('html').getAttribute('lang')) === 'en' : said('lang='),
          ]);
        if (l.coalition !== undefined) {
          const coalition = ((await shown('coalition')) ?? '').split(',');
          for (const id of l.coalition.split(',').map(lower).filter(Boolean))
            checks.push([`coalition ${id}`, coalition.includes(id) || said('coalition') || said(`“\u2068${id}`) || said('won no seat')]);
        }
        // The page asked for: shown, or said not to exist.
        const party = /^\/(?:embed\/)?party\/(.+)$/.exec(l.path)?.[1];
        const noParty = (id: string) => said(`There is no party “\u2068${id}\u2069” in this election.`);
        if (party) checks.push([`party ${party}`, PARTY_IDS.includes(party) ? !noParty(party) : noParty(party)]);
        const riding = /^\/riding\/(.+)$/.exec(l.path)?.[1];
        if (riding)
          checks.push([
            `riding ${riding}`,
            (await page.locator(`[data-riding-view="${riding}"]`).count()) > 0 || said('There is no riding'),
          ]);
        if (l.path === '/nowhere') checks.push(['page', said('There is no such page')]);
        return checks.filter(([, ok]) => !ok).map(([what]) => `${what} (alerts: ${alerts || 'none'})`);
      };
      await expect.poll(failures).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
