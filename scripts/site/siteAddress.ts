/**
 * The site's own address (`SITE_URL`), which canonical links, hreflang, link previews, oEmbed and the sitemap
 * must give in full: a crawler or an unfurler rejects a root-relative one. A build that is not told the address
 * leaves those out rather than write them invalid, and says so once (`leftOutWithoutSiteUrl`).
 */
export const siteAddress = (path: string, siteUrl: string) => new URL(path, siteUrl).href;

export const leftOutWithoutSiteUrl =
  "SITE_URL is not set, so the build left out what needs the site's full address: canonical and hreflang links, " +
  "og:url and the preview image tags, oEmbed, sitemap.xml and robots.txt's Sitemap line. " +
  'Build with SITE_URL=https://your.site to write them.';
