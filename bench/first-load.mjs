// What a chapter page really downloads as JavaScript in its first 10 seconds, in Chromium, served
// gzip by nginx: the page is opened, left alone 10 s (idle-loaded islands, the service worker's
// registration and whatever they import come in), then every script resource is summed by its
// transferred body (gzip). Printed, never asserted. Budget: 12 Ko.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { serve } from './nginx.mjs';

const PAGES = ['/fondations/cgroups/', '/docker/volumes/'];
const BUDGET = 12 * 1024;
const gz = (text) => gzipSync(text, { level: 6 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;

const executablePath = (() => {
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
})();

const server = await serve('dist');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const path of PAGES) {
    // A phone: islands below the fold (client:visible) wait until they are scrolled to.
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(10_000);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\.m?js(\?|$)/.test(e.name))
        .map((e) => ({ name: e.name, bytes: /** @type {PerformanceResourceTiming} */ (e).encodedBodySize })),
    );
    const external = scripts.reduce((n, s) => n + s.bytes, 0);
    // Inline scripts travel inside the HTML: what they add to its gzip (the page with and without them).
    const html = await (await fetch(`${server.origin}${path}`)).text();
    const inlineBytes = gz(html) - gz(html.replace(/<script\b(?![^>]*\ssrc=)(?![^>]*json)[^>]*>[\s\S]*?<\/script>/g, ''));
    const verdict = external + inlineBytes <= BUDGET ? 'dans le budget' : 'HORS BUDGET';
    console.log(
      `  JavaScript de ${path} en 10 s (Chromium, 375 px, gzip)  ${kb(external)} en ${scripts.length} fichier(s) + ${kb(inlineBytes)} en ligne = ${kb(external + inlineBytes)} ; budget ${kb(BUDGET)}, ${verdict}`,
    );
    for (const s of scripts) console.log(`      ${kb(s.bytes).padStart(8)}  ${new URL(s.name).pathname}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
