// What a chapter page really downloads as JavaScript in its first 10 seconds, in Chromium, served
// gzip by nginx: the page is opened, left alone 10 s (idle-loaded islands, the service worker's
// registration and whatever they import come in), then every script resource is summed by its
// transferred body (gzip). Printed, never asserted. Two budgets:
//   - issue 14: a chapter page's script in its first 10 s, inline scripts included, ≤ 12 Ko;
//   - issue 13: what the header badge « N à réviser », the exam countdown, the sidebar quiz marks
//     and the record of the last page read (« Reprendre ») cost in the page's script, ≤ 2 Ko.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './nginx.mjs';

const DIST = process.env.BENCH_DIST || 'dist';
const PAGES = ['/fondations/cgroups/', '/docker/volumes/'];
const BUDGET = 12 * 1024;
const BADGE_BUDGET = 2 * 1024;
// nginx's settings (deploy/nginx.conf): gzip_comp_level 6, gzip_min_length 256.
const gz = (text) => (text.length < 256 ? text.length : gzipSync(text, { level: 6 }).length);
const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;
const verdict = (value, budget) => (value <= budget ? 'dans le budget' : 'HORS BUDGET');

// ─── Issue 13: the badge's part of the page script (src/components/page/page.ts) ───
// Bundled and minified like the build does, measured two ways: alone (everything it needs), and
// what it adds to the one script of the page (gzip shares its dictionary with the rest).
async function bundled(contents) {
  const result = await build({
    stdin: { contents, resolveDir: 'src/components/page', loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    define: { 'import.meta.env.BASE_URL': '"/"', 'import.meta.env.PROD': 'true', 'import.meta.env.DEV': 'false' },
    // Loaded on demand (src/integrations/lazy-chunk.mjs) or provided by Starlight: not in the script.
    plugins: [
      {
        name: 'hors-du-script',
        setup(b) {
          b.onResolve({ filter: /\?lazy$|^virtual:/ }, (args) => ({ path: args.path, namespace: 'vide' }));
          b.onLoad({ filter: /.*/, namespace: 'vide' }, () => ({ contents: 'export default ""; export const pagefindUserConfig = {};', loader: 'js' }));
        },
      },
    ],
  });
  return gzipSync(result.outputFiles[0].contents, { level: 6 }).length;
}
// Faithful only if the built page script is one file (src/integrations/page-script.mjs bundles it
// apart from the islands): a chunk it shared with them would be downloaded too, uncounted here.
const builtPage = readdirSync(join(DIST, '_astro')).find((f) => /^page\.[\w-]+\.js$/.test(f));
const shared = builtPage ? [...readFileSync(join(DIST, '_astro', builtPage), 'utf8').matchAll(/(?:^|[;}])import\s*[^(]*?["'`](\.\/[^"'`]+)["'`]/g)].map((m) => m[1]) : [];
if (!builtPage) console.log(`  (pas de script de page dans ${DIST}/_astro : construire d’abord)`);
else if (shared.length) console.log(`  ATTENTION : ${builtPage} importe ${shared.join(', ')} ; ces fichiers ne sont pas comptés ci-dessous`);
const pageScript = readFileSync('src/components/page/page.ts', 'utf8');
const badgeImport = /^import \{ startDueBadges \} from '\.\.\/cards\/due-badge';$/m;
if (!badgeImport.test(pageScript)) throw new Error('bench/first-load.mjs : src/components/page/page.ts n’importe plus le badge comme prévu (startDueBadges)');
const alone = await bundled("import { startDueBadges } from '../cards/due-badge'; startDueBadges();");
const whole = await bundled(pageScript);
const without = await bundled(pageScript.replace(badgeImport, 'const startDueBadges = () => {};'));
console.log(
  `  badge, compte à rebours, marques de quiz et « Reprendre » (gzip)  ${kb(whole - without)} (${whole - without} o) dans le script de la page (${kb(whole)} en tout), ${kb(alone)} seuls ; budget ${kb(BADGE_BUDGET)}, ${verdict(whole - without, BADGE_BUDGET)}`,
);

// ─── Issue 14: a chapter page's script in its first 10 s ───
const executablePath = (() => {
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
})();

const server = await serve(DIST);
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
    const entries = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\.m?js(\?|$)/.test(e.name))
        .map((e) => {
          const t = /** @type {PerformanceResourceTiming} */ (e);
          return { name: t.name, encoded: t.encodedBodySize, decoded: t.decodedBodySize };
        }),
    );
    // Once the service worker controls the page (first visit included: clientsClaim), a script
    // comes from its cache, which stores it uncompressed; it was downloaded gzip all the same
    // (by the precache): count what nginx sends, the file gzipped.
    const scripts = entries.map((s) => {
      const fromCache = s.encoded === s.decoded && s.decoded >= 256;
      const file = join(DIST, decodeURI(new URL(s.name).pathname));
      return { ...s, bytes: fromCache ? gz(readFileSync(file)) : s.encoded, fromCache };
    });
    const external = scripts.reduce((n, s) => n + s.bytes, 0);
    // Inline scripts travel inside the HTML: what they add to its gzip (the page with and without them).
    const html = await (await fetch(`${server.origin}${path}`)).text();
    const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*json)[^>]*>[\s\S]*?<\/script>/g)].filter((m) => /<script[^>]*>\s*\S/.test(m[0]));
    const inlineBytes = gz(html) - gz(html.replace(/<script\b(?![^>]*\ssrc=)(?![^>]*json)[^>]*>[\s\S]*?<\/script>/g, ''));
    console.log(
      `  JavaScript de ${path} en 10 s (Chromium, 375 px, gzip)  ${kb(external)} en ${scripts.length} fichier(s) + ${kb(inlineBytes)} en ligne (${inline.length} scripts) = ${kb(external + inlineBytes)} (${external + inlineBytes} o) ; budget ${kb(BUDGET)} (${BUDGET} o), ${verdict(external + inlineBytes, BUDGET)}`,
    );
    for (const s of scripts) console.log(`      ${kb(s.bytes).padStart(8)}  ${new URL(s.name).pathname}${s.fromCache ? ' (servi par le service worker)' : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
