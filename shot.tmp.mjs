import { chromium } from '@playwright/test';
const [url, out, w, h, theme, extra] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, hasTouch: extra === 'touch', isMobile: extra === 'touch' });
const page = await ctx.newPage();
await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme || 'light');
await page.goto(url);
await page.waitForTimeout(800);
if (process.env.SCROLL) await page.locator(process.env.SCROLL).first().scrollIntoViewIfNeeded();
if (process.env.CLICK) { await page.locator(process.env.CLICK).first().click(); await page.waitForTimeout(300); }
await page.screenshot({ path: out });
await browser.close();
