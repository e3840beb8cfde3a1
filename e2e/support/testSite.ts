/**
 * Where the suite serves the build, and the address `npm test` builds it for (SITE_URL): the build then writes
 * every canonical, hreflang, preview and sitemap address whole, and the browser tests read them as a crawler
 * would. (A build without SITE_URL leaves them out: scripts/site/siteAddress.ts.)
 */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4173);
export const TEST_SITE_URL = `http://localhost:${PREVIEW_PORT}`;

/** A whole address on the test site, as the build writes it. */
export const onTestSite = (path: string) => new URL(path, TEST_SITE_URL).href;
