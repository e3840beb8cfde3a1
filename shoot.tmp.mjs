import { chromium } from '@playwright/test';
const [,, url, out, width = '390', height = '844', theme] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: theme === 'dark' ? 'dark' : 'light', deviceScaleFactor: 1 });
await page.goto(url);
await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready') || !document.querySelector('#root[data-prerendered]'), null, { timeout: 20000 }).catch(() => {});
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
