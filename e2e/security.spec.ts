import { expect, test, type Page } from './support/test.ts';

/** Collects every CSP violation the page reports, from the DOM event and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

for (const path of ['/', '/party/cpc?seats=changes', '/riding/24073', '/?coalition=lpc,ndp&province=qc', '/embed/party/bq']) {
  test(`${path} runs under the strict policy with no violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    const csp = response!.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    await expect(page.locator('[data-seat]').first()).toBeVisible();
    await page.locator('[data-seat]').nth(10).hover();
    expect(violations).toEqual([]);
  });
}

test('embeds may be framed by any site; the app only by itself', async ({ request }) => {
  const framing = async (path: string) =>
    (await request.get(path)).headers()['content-security-policy']?.match(/frame-ancestors ([^;]+)/)?.[1];
  expect(await framing('/embed/party/bq')).toBe('*');
  expect(await framing('/embed/')).toBe('*');
  expect(await framing('/')).toBe("'self'");
  expect(await framing('/party/cpc')).toBe("'self'");
});

test('no page of the build has an inline script', async ({ request }) => {
  for (const path of ['/', '/party/cpc/', '/riding/24073/', '/embed/']) {
    const html = await (await request.get(path)).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    // Each from a file of the site: the bundles, and the head's guard for a link to another election.
    for (const tag of scripts) expect(tag, path).toMatch(/\bsrc="\/(assets\/[^"]+|other-election)\.js"/);
  }
});
