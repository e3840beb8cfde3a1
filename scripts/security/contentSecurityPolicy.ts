/**
 * The security headers of a production build, in one place: the meta tag
 * written into every HTML page, the `_headers` file for static hosts, and
 * `vite preview` all read them from here.
 *
 * No inline script and no eval: every script is a file from this origin.
 * Styles: React sets `style` through the CSSOM, which CSP does not govern,
 * so 'self' is enough. Images: `blob:` and `data:` for the PNG export.
 */
const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const join = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** For the `<meta http-equiv>` tag: browsers ignore frame-ancestors there, so it is left out. */
export const CSP_META = join(DIRECTIVES);

/** The app's own pages may only be framed by the app; embeds by any site. */
const APP_PAGES = [
  '/',
  '/index.html',
  '/map',
  '/map/*',
  '/party/*',
  '/riding/*',
  '/fr',
  '/fr/',
  '/fr/index.html',
  '/fr/map',
  '/fr/map/*',
  '/fr/party/*',
  '/fr/riding/*',
];

const COMMON = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Headers for one path, as `vite preview` sends them. */
export function securityHeaders(path: string): Record<string, string> {
  const embed = /^(\/fr)?\/embed(\/|$)/.test(path);
  return { 'Content-Security-Policy': join({ ...DIRECTIVES, 'frame-ancestors': embed ? '*' : "'self'" }), ...COMMON };
}

/**
 * Netlify / Cloudflare Pages `_headers`. Hosts merge every rule that matches
 * and browsers enforce every CSP header they get, so the full policy goes on
 * all paths and a second, framing-only policy on the app's pages: /embed/
 * never receives it.
 */
export function headersFile(): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    `${pattern}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  return [
    block('/*', { 'Content-Security-Policy': join({ ...DIRECTIVES, 'frame-ancestors': '*' }), ...COMMON }),
    ...APP_PAGES.map((page) => block(page, { 'Content-Security-Policy': "frame-ancestors 'self'" })),
  ].join('\n');
}
