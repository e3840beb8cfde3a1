/**
 * Playwright's `test`, with one change to `page.goto`: a prerendered page
 * shows its seats before the app has taken them over (hydration waits for the
 * data), so a test that waits for seats and then hovers one could act on
 * static HTML. After `goto`, a prerendered page is awaited until the app is
 * ready (`html[data-ready]`) or says why not (an alert). Pages that are not
 * prerendered, host pages, pages without JavaScript, and `waitUntil: 'commit'`
 * or `'domcontentloaded'` (a test that holds the data on purpose) are left alone.
 */
import { test as base } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const early = options?.waitUntil === 'commit' || options?.waitUntil === 'domcontentloaded';
      if (javaScriptEnabled !== false && !early) {
        await page.waitForFunction(
          () =>
            !document.querySelector('#root[data-prerendered]') ||
            document.documentElement.hasAttribute('data-ready') ||
            document.querySelector('[role="alert"]') !== null,
        );
      }
      return response;
    };
    await provide(page);
  },
});
