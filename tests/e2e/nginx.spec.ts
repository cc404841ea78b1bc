// The deployment: Debian's real nginx runs deploy/nginx.conf (the Dockerfile's) over dist/, with
// the CSP that scripts/csp.mjs computes from the built pages. Only the port, the root, the CSP
// include and the /tmp and log paths change (a test config in a temporary directory, nginx run as
// the current user). The response headers are asserted, and Chromium loads the home page, a
// chapter, a quiz (answered) and the flashcards with no CSP violation and no console error.
//
// nginx absent on a dev machine: skipped, with how to install it. In CI (.ci/run installs it),
// its absence fails the run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { SEARCH_TIMEOUT } from './helpers/search';
import { answerSomehow } from './helpers/quiz';
import { waitUntilAvailableOffline } from './helpers/service-worker';
import { nginxInclude, policyForDist } from '../../scripts/csp.mjs';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const CONF = resolve('deploy/nginx.conf');

function findNginx(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));
}
const NGINX = findNginx();

/** Replaces exactly `count` occurrences of `pattern`, or says which line of nginx.conf moved. */
function replace(conf: string, pattern: RegExp, by: string, count = 1): string {
  const found = conf.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
  if (found !== count) throw new Error(`deploy/nginx.conf : ${pattern} trouvé ${found} fois au lieu de ${count}`);
  return conf.replace(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`), by);
}

/** The test config: deploy/nginx.conf with local paths and port, nothing else changed. */
function testConfig(conf: string, { port, root, dir, csp }: { port: number; root: string; dir: string; csp: string }) {
  let out = conf;
  out = replace(out, /^pid \/tmp\/nginx\.pid;$/m, `pid ${dir}/nginx.pid;`);
  out = replace(out, /^error_log \S+ warn;$/m, `error_log ${dir}/error.log warn;`);
  out = replace(out, /\/tmp\/(client|proxy|fastcgi|uwsgi|scgi)_temp;/, `${dir}/$1_temp;`, 5);
  out = replace(out, /access_log \/dev\/stdout;/, `access_log ${dir}/access.log;`);
  out = replace(out, /listen 8080;/, `listen 127.0.0.1:${port};`);
  out = replace(out, /root \/srv\/cours-conteneurs;/, `root ${root};`);
  out = replace(out, /include \/etc\/nginx\/csp\.conf;/, `include ${csp};`);
  // Started by root (a CI container), nginx would hand its workers to `nobody`.
  if (process.getuid?.() === 0) out = `user ${userInfo().username};\n${out}`;
  return out;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

test.describe.configure({ mode: 'serial' });

let nginx: ChildProcess | undefined;
let dir = '';
let origin = '';

test.beforeAll(async () => {
  if (!NGINX) {
    if (process.env.CI) throw new Error('nginx est introuvable : .ci/run doit l’installer (apt-get install nginx).');
    return;
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} n’a pas de site construit : lancez astro build.`);
  dir = mkdtempSync(join(tmpdir(), 'cours-nginx-'));
  const { policy, pages } = policyForDist(DIST);
  writeFileSync(join(dir, 'csp.conf'), nginxInclude(policy, pages));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, testConfig(readFileSync(CONF, 'utf8'), { port, root: DIST, dir, csp: join(dir, 'csp.conf') }));
  const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf];
  // The configuration is valid, without a single warning.
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  expect(check.stderr).not.toMatch(/\[(warn|emerg|alert|crit)\]/);
  nginx = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${origin}/`).then(() => true, () => false);
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx ne répond pas : ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(() => {
  test.skip(!NGINX, 'nginx n’est pas installé sur cette machine (apt-get install nginx) : test du déploiement ignoré.');
});

/** A first hashed stylesheet of a page, as nginx serves it. */
function hashedAsset(html: string): string {
  const href = /<link[^>]+rel="stylesheet"[^>]+href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
  expect(href, 'feuille de style sous /_astro/').toBeTruthy();
  return href!;
}

test('nginx : les en-têtes d’une page, d’un fichier haché et des fichiers particuliers', async ({ request }) => {
  const gzip = { 'Accept-Encoding': 'gzip' };
  const page = await request.get(`${origin}/docker/volumes/`, { headers: gzip });
  expect(page.status()).toBe(200);
  const h = page.headers();
  expect(h['content-type']).toBe('text/html; charset=utf-8');
  expect(h['cache-control']).toBe('no-cache');
  expect(h['content-encoding']).toBe('gzip');
  expect(h['vary']).toMatch(/Accept-Encoding/i);
  expect(h['x-content-type-options']).toBe('nosniff');
  // The gzip copy written at build (level 9, gzip_static), not a level-6 compression on the fly.
  expect(Number(h['content-length'])).toBe(statSync(join(DIST, 'docker/volumes/index.html.gz')).size);
  expect(await page.text()).toBe(readFileSync(join(DIST, 'docker/volumes/index.html'), 'utf8'));
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['server']).toBe('nginx');
  const csp = h['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/https?:|\*/);
  console.log(`En-têtes de /docker/volumes/ :\n${Object.entries(h).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);

  const asset = hashedAsset(await page.text());
  const css = await request.get(`${origin}${asset}`, { headers: gzip });
  expect(css.status()).toBe(200);
  const a = css.headers();
  expect(a['content-type']).toBe('text/css; charset=utf-8');
  expect(a['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(a['content-encoding']).toBe('gzip');
  expect(a['x-content-type-options']).toBe('nosniff');
  console.log(`En-têtes de ${asset} :\n${Object.entries(a).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);

  // A page without its final slash is redirected, relatively (right behind a proxy).
  const bare = await request.get(`${origin}/docker/volumes`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/docker/volumes/');

  // The French 404 page, with its status and the same headers.
  const missing = await request.get(`${origin}/cette-page-n-existe-pas/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Cette page n’existe pas.');
  expect(missing.headers()['content-security-policy']).toBe(csp);

  // Hidden files answer 404 (the French page, same headers), /.well-known/ is not hidden; a
  // folder without index.html answers 404 too, not 403, and without the one-year cache of what
  // it holds.
  writeFileSync(join(DIST, '.env'), 'SECRET=ne-doit-pas-sortir\n');
  try {
    for (const path of ['/.env', '/.git/config', '/docker/.DS_Store']) {
      const hidden = await request.get(`${origin}${path}`);
      expect(hidden.status(), path).toBe(404);
      expect(await hidden.text(), path).toContain('Cette page n’existe pas.');
      expect(hidden.headers()['content-security-policy'], path).toBe(csp);
      expect(hidden.headers()['x-frame-options'], path).toBe('DENY');
      expect(hidden.headers()['cache-control'], path).toBe('no-cache');
    }
  } finally {
    rmSync(join(DIST, '.env'), { force: true });
  }
  mkdirSync(join(DIST, '.well-known'), { recursive: true });
  writeFileSync(join(DIST, '.well-known', 'security.txt'), 'Contact: mailto:securite@example.org\n');
  try {
    const wellKnown = await request.get(`${origin}/.well-known/security.txt`);
    expect(wellKnown.status()).toBe(200);
  } finally {
    rmSync(join(DIST, '.well-known'), { recursive: true, force: true });
  }
  for (const folder of ['/_astro/', '/icons/', '/pagefind/']) {
    const listing = await request.get(`${origin}${folder}`);
    expect(listing.status(), folder).toBe(404);
    expect(listing.headers()['cache-control'], folder).toBe('no-cache');
    expect(await listing.text(), folder).toContain('Cette page n’existe pas.');
  }

  // Pagefind's index: already compressed binary, long-cached when its name is hashed.
  const meta = readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'));
  const pf = await request.get(`${origin}/pagefind/${meta}`, { headers: gzip });
  expect(pf.headers()['content-type']).toBe('application/octet-stream');
  expect(pf.headers()['content-encoding']).toBeUndefined();
  expect(pf.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const entry = await request.get(`${origin}/pagefind/pagefind-entry.json`);
  expect(entry.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(entry.headers()['cache-control']).toBe('no-cache');

  // The gzip copy of a page, asked by its own name (the service worker's precache), arrives as
  // the file is: no Content-Encoding, so the browser stores it compressed.
  const copy = await request.get(`${origin}/docker/volumes/index.html.gz`, { headers: gzip });
  expect(copy.status()).toBe(200);
  expect(copy.headers()['content-encoding']).toBeUndefined();
  expect(copy.headers()['cache-control']).toBe('no-cache');
  expect((await copy.body()).equals(readFileSync(join(DIST, 'docker/volumes/index.html.gz')))).toBe(true);

  // The service worker and the manifest are always revalidated.
  for (const [path, type] of [
    ['/sw.js', 'application/javascript; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
  ]) {
    if (!existsSync(join(DIST, path))) continue;
    const r = await request.get(`${origin}${path}`);
    expect(r.headers()['content-type'], path).toBe(type);
    expect(r.headers()['cache-control'], path).toBe('no-cache');
  }

  const robots = await request.get(`${origin}/robots.txt`);
  expect(robots.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  const og = await request.get(`${origin}/og/docker/volumes.png`);
  expect(og.headers()['content-type']).toBe('image/png');
});

/** Collects what the learner would never see but must not happen: CSP violations, errors. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console : ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception : ${error.message}`));
  await page.exposeFunction('__cspViolation', (text: string) => problems.push(`CSP : ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return problems;
}

test('nginx : Chromium charge les pages sous la CSP, sans violation ni erreur', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watch(page);

  await page.goto(`${origin}/`);
  await expect(page.getByRole('link', { name: 'Commencer le cours' })).toBeVisible();
  // Search: Pagefind's script, worker and WebAssembly under the CSP.
  await page.getByRole('button', { name: /^Rechercher/ }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByPlaceholder('Rechercher').fill('cgroups');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  await page.keyboard.press('Escape');

  await page.goto(`${origin}/fondations/cgroups/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les cgroups');

  // A quiz: the island hydrates and grades an answer.
  await page.goto(`${origin}/docker/volumes/`);
  const quiz = page.locator('section.quiz-section');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('astro-island')).not.toHaveAttribute('ssr');
  await answerSomehow(quiz, 'Vérifier');
  await expect(quiz.locator('.quiz-status[role="status"]')).toContainText(/(Bonne|Mauvaise) réponse/);

  // The flashcards: a card shown, its answer, a grade.
  if (existsSync(join(DIST, 'revision/cartes/index.html'))) {
    await page.goto(`${origin}/revision/cartes/?paquet=tous`);
    const review = page.locator('section.revision');
    await review.getByRole('button', { name: /Afficher la réponse/ }).click({ timeout: 15_000 });
    await review.getByRole('group', { name: 'Votre réponse' }).getByRole('button', { name: /^Correct/ }).click();
    await expect(review.getByRole('button', { name: /Afficher la réponse/ })).toBeVisible();
  }

  expect(problems).toEqual([]);
});

test('nginx : le précache tient dans Cache Storage en moins de 4 Mo, pages stockées en gzip, et sert hors ligne', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto(`${origin}/`);
  await waitUntilAvailableOffline(page);
  // Every body the service worker stored: what bench/run.mjs calls « sur disque ». Workbox's
  // precache holds files as nginx sent them; the offline pack's cache holds each page and each
  // search fragment gzip-compressed, whose decompressed text is given by its SHA-256.
  const stored = await page.evaluate(async () => {
    const hex = async (bytes: ArrayBuffer) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const entries: { cache: 'workbox' | 'paquet'; url: string; bytes: number; gzip: boolean; sha256: string }[] = [];
    for (const name of await caches.keys()) {
      const kind = name.includes('precache') ? 'workbox' : name.startsWith('cours-conteneurs-paquet-') ? 'paquet' : null;
      if (!kind) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const raw = await (await cache.match(request))!.arrayBuffer();
        const body = new Uint8Array(raw);
        const gzip = body[0] === 0x1f && body[1] === 0x8b;
        const text = gzip ? await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() : raw;
        entries.push({ cache: kind, url: new URL(request.url).pathname, bytes: body.length, gzip, sha256: await hex(text) });
      }
    }
    return entries;
  });
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const manifest = [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]!);
  const workbox = stored.filter((e) => e.cache === 'workbox');
  expect(workbox.map((e) => e.url.slice(1)).sort()).toEqual([...manifest].sort());
  for (const entry of workbox) expect(entry.bytes, entry.url).toBe(statSync(join(DIST, decodeURI(entry.url))).size);
  // The pack's cache: every page and every fragment of dist/, each exactly its file once decompressed.
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  const packed = stored.filter((e) => e.cache === 'paquet' && e.url !== '/hors-ligne/complet');
  const pages = builtPages().map((p) => `${p}index.html.gz`).concat('/404.html.gz');
  const fragments = readdirSync(join(DIST, 'pagefind/fragment')).map((f) => `/pagefind/fragment/${f}`);
  expect(packed.map((e) => e.url).sort()).toEqual([...pages, ...fragments].sort());
  expect(packed.filter((e) => !e.gzip).map((e) => e.url)).toEqual([]);
  for (const entry of packed) {
    const file = readFileSync(join(DIST, entry.url.replace(/\.html\.gz$/, '.html')));
    expect(entry.sha256, entry.url).toBe(sha256(entry.url.endsWith('.pf_fragment') ? gunzipSync(file) : file));
  }
  expect(pages.length).toBeGreaterThan(40);
  const total = stored.reduce((n, e) => n + e.bytes, 0);
  console.log(`Cache Storage après la première visite : ${stored.length} fichiers, ${(total / 1024 / 1024).toFixed(2)} Mo`);
  expect(total).toBeLessThanOrEqual(4 * 1024 * 1024);

  // Offline, a page never opened comes out of its gzip copy, readable, under the same CSP.
  const online = await page.request.get(`${origin}/docker/volumes/`);
  await context.setOffline(true);
  try {
    const response = await page.goto(`${origin}/docker/volumes/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(online.headers()['content-security-policy']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volumes et montages liés');
    expect(await page.content()).toContain('Testez-vous');
  } finally {
    await context.setOffline(false);
  }
});

/** Every page of the built site, as a path (`/docker/volumes/`). */
function builtPages(dir = DIST, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return ['_astro', 'pagefind', 'og', 'icons'].includes(e.name) ? [] : builtPages(join(dir, e.name), `${prefix}${e.name}/`);
    return e.name === 'index.html' ? [prefix] : [];
  });
}

test('nginx : chaque page construite se charge sous la CSP, sans violation ni erreur', async ({ page }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(40);
  // About a second per page, several on a busy machine.
  test.setTimeout(60_000 + pages.length * 5_000);
  const problems = await watch(page);
  for (const path of pages) {
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    // Islands hydrate when idle or visible: give them the chance to run under the CSP.
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2_000 })));
    expect(problems, path).toEqual([]);
  }
});
