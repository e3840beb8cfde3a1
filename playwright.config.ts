import { defineConfig, devices } from '@playwright/test';
import { PREVIEW_PORT as PORT } from './e2e/support/testSite.ts';

/** Debian's Chromium: Playwright cannot download its own browser here. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Two: the machine's two cores are busy with two browsers (three took longer, measured: 11.3 min against 10.9).
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, channel: undefined } },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, channel: undefined },
      // What does not depend on the screen is checked once, on the desktop: refreshing, the security policy,
      // links opened cold and hostile input. (Each spec that has both kinds says which of its tests the phone skips.)
      testIgnore: ['live.spec.ts', 'security.spec.ts', 'deep-links.spec.ts', 'hardening.spec.ts'],
    },
  ],
  // The production build, served as a static host would (build first: `SITE_URL=http://localhost:4173 npm run build`, as npm test does).
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
