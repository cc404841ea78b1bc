// Builds the site and prints its figures: build time, page count, dist size, and what the
// home page and a chapter page load (gzip bytes of JS, CSS, HTML). Prints; never fails a test.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const PAGES = {
  'accueil (/)': '/',
  'chapitre (/fondations/cgroups/)': '/fondations/cgroups/',
  'chapitre avec quiz (/docker/volumes/)': '/docker/volumes/',
  'examen (/revision/examen/, budget HTML 30 Ko)': '/revision/examen/',
  'cartes (/revision/cartes/, budget HTML 30 Ko)': '/revision/cartes/',
};

const t0 = performance.now();
if (!process.argv.includes('--no-build')) execSync('npx astro build', { stdio: 'ignore' });
const buildSeconds = (performance.now() - t0) / 1000;

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(DIST);
const htmlPages = files.filter((f) => f.endsWith('.html') && !f.startsWith(join(DIST, 'pagefind')));
const totalBytes = files.reduce((n, f) => n + statSync(f).size, 0);

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const distPath = (url) => join(DIST, decodeURI(url.split(/[?#]/)[0]));

/**
 * Every JS module a page loads: its <script src> and, recursively, their imports. With
 * `islands`, also what its islands load once hydrated (component and renderer).
 */
function scriptsOf(html, islands = false) {
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  if (islands) queue.push(...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]));
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || !existsSync(distPath(url))) continue;
    seen.add(url);
    const code = readFileSync(distPath(url), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      queue.push(m[1].startsWith('.') ? posix.join(posix.dirname(url), m[1]) : m[1]);
    }
  }
  return [...seen];
}

const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;
console.log('Cours Conteneurs : mesures');
console.log(`  temps de build          ${buildSeconds.toFixed(1)} s`);
console.log(`  pages HTML              ${htmlPages.length}`);
console.log(`  taille de dist/         ${(totalBytes / 1024 / 1024).toFixed(2)} Mo (${files.length} fichiers)`);
for (const [label, url] of Object.entries(PAGES)) {
  const htmlFile = join(DIST, url, 'index.html');
  const html = readFileSync(htmlFile);
  const scripts = scriptsOf(html.toString());
  const css = [...html.toString().matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const jsBytes = scripts.reduce((n, s) => n + gz(readFileSync(distPath(s))), 0);
  const cssBytes = css.reduce((n, s) => n + gz(readFileSync(distPath(s))), 0);
  console.log(`  ${label}`);
  console.log(`    JavaScript (gzip)     ${kb(jsBytes)} en ${scripts.length} fichier(s) au chargement`);
  const withIslands = scriptsOf(html.toString(), true);
  if (withIslands.length > scripts.length) {
    const islandBytes = withIslands.reduce((n, s) => n + gz(readFileSync(distPath(s))), 0);
    console.log(`    JavaScript (gzip)     ${kb(islandBytes)} en ${withIslands.length} fichier(s) îlots compris (budget quiz : 60 Ko)`);
  }
  console.log(`    CSS (gzip)            ${kb(cssBytes)} en ${css.length} fichier(s)`);
  console.log(`    HTML (gzip)           ${kb(gz(html))}`);
}

// The quiz code itself (engine + islands), bundled and minified alone, without what every island
// shares: Preact, nanostores, and the storage layer with its notices (src/quiz/storage.ts, also
// used by the flashcards). Budget: 12 Ko, set by the first quiz issue, before the command grader
// and its CLI tables (measured below) joined the quiz: over budget since then, so the figure
// without the grader is printed too. The last figure counts the storage layer.
const { build } = await import('esbuild');
async function bundleSize(external) {
  const result = await build({
    entryPoints: ['src/components/quiz/ChapterQuiz.tsx'],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external: ['preact', 'preact/*', 'nanostores', '@nanostores/preact', ...external],
    loader: { '.css': 'empty' },
  });
  return gz(Buffer.from(result.outputFiles[0].contents));
}
const shared = ['*/storage', '*/StorageNotice'];
{
  const quizBytes = await bundleSize(shared);
  const withoutGrader = await bundleSize([...shared, '*/command']);
  const verdict = (n) => (n <= 12 * 1024 ? 'dans le budget' : 'hors budget');
  console.log(
    `  code du quiz (src/quiz + îlot, gzip)  ${kb(quizBytes)} (budget 12 Ko, ${verdict(quizBytes)}) ; sans le correcteur de commandes ${kb(withoutGrader)} (${verdict(withoutGrader)}) ; ${kb(await bundleSize([]))} avec le stockage partagé`,
  );
}
// The command grader alone (parser, values, the CLI tables of docker, compose, buildx, kubectl,
// lsns, minikube, podman): it is most of the quiz code, and the simulated terminal will share it.
{
  const grader = await build({ entryPoints: ['src/quiz/command.ts'], bundle: true, minify: true, write: false, format: 'esm' });
  console.log(`    dont le correcteur de commandes et ses tables (gzip)  ${kb(gz(Buffer.from(grader.outputFiles[0].contents)))}`);
}

// ─── Hors ligne (service worker: src/integrations/service-worker.mjs, src/components/offline/) ───
// What dist/sw.js precaches on the first visit (bench/precache.mjs): file count, bytes that
// Cache Storage holds and bytes nginx sends, in total and per kind. Budget (issue 14): 4 Mo on
// disk, 1,5 Mo transferred. Then the script a chapter page loads, the service worker's
// registration included (budget: the foundation's 5,3 Ko + 2 Ko).
{
  const swFile = join(DIST, 'sw.js');
  if (!existsSync(swFile)) {
    console.log('  hors ligne : dist/sw.js absent (le service worker n’a pas été généré)');
  } else {
    const sw = readFileSync(swFile);
    const { precacheFigures } = await import('./precache.mjs');
    const p = precacheFigures(DIST);
    const mo = (n) => `${(n / 1024 / 1024).toFixed(2)} Mo`;
    const within = (n, max) => (n <= max * 1024 * 1024 ? 'dans le budget' : 'HORS BUDGET');
    console.log(`  précache du service worker  ${p.urls.length} fichiers ; sw.js ${kb(gz(sw))}`);
    console.log(`    sur disque (Cache Storage)  ${mo(p.disk)} (budget 4 Mo, ${within(p.disk, 4)})`);
    console.log(`    transférés (nginx, gzip)    ${mo(p.sent)} (budget 1,5 Mo, ${within(p.sent, 1.5)})`);
    for (const [kind, k] of Object.entries(p.kinds).sort((a, b) => b[1].sent - a[1].sent)) {
      console.log(`      ${kind.padEnd(26)} ${String(k.files).padStart(3)} fichier(s)  ${kb(k.disk).padStart(10)} sur disque  ${kb(k.sent).padStart(10)} transférés`);
    }
    console.log(`      (les pages pèsent ${mo(p.html)} en HTML ; le paquet hors ligne les apporte, le service worker les garde en gzip)`);
    const register = await build({
      entryPoints: ['src/components/offline/register.ts'],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      define: { 'import.meta.env.BASE_URL': '"/"', 'import.meta.env.PROD': 'true' },
      // Its messages (`./messages.ts?lazy`) load on demand, when there is something to say: not counted.
      plugins: [{ name: 'a-la-demande', setup: (b) => b.onResolve({ filter: /\?lazy$/ }, (a) => ({ path: a.path, external: true })) }],
    });
    const registerBytes = gz(Buffer.from(register.outputFiles[0].contents));
    const chapter = readFileSync(join(DIST, '/fondations/cgroups/', 'index.html'), 'utf8');
    const chapterScripts = scriptsOf(chapter);
    const chapterJs = chapterScripts.reduce((n, s) => n + gz(readFileSync(distPath(s))), 0);
    const verdict = chapterJs <= (5.3 + 2) * 1024 ? 'dans le budget' : 'HORS BUDGET';
    console.log(`  JavaScript d’un chapitre (gzip)  ${kb(chapterJs)} en ${chapterScripts.length} fichier(s), enregistrement du service worker compris (${kb(registerBytes)} à lui seul) ; budget 5,3 + 2 = 7,3 Ko, ${verdict}`);
  }
}

// Flashcards (issue 5): queue, grade + persist, stored bytes, script weight of /revision/cartes/.
await import('./srs.mjs');
// « Ma progression » (issue 13): time to compute the page after five years, script weight.
await import('./progression.mjs');

// FSRS optimizer (issue 13): download size on the click, time on a synthetic log.
await import('./optimizer.mjs');

// What a chapter really downloads in its first 10 s (Chromium over nginx), then Lighthouse
// (course and plain Starlight baseline; `--sans-lighthouse` skips it, it takes minutes).
await import('./first-load.mjs');
if (!process.argv.includes('--sans-lighthouse')) await import('./lighthouse.mjs');

// Practice terminal (issue 15): island weight, level 1's full solution.
await import('./terminal.mjs');
