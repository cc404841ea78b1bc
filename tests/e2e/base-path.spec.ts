// The site built for a sub-path (BASE_PATH=/cours/), as a school would host it next to other
// things: every link, asset, the manifest and the service worker live under /cours/. `npm test`
// (scripts/test-all.mjs) builds it beside the root build and passes its directory in BASE_PATH_DIST;
// run alone, this spec builds its own copy (in the system's temporary directory). It is served with
// `astro preview` on its own port; the other specs use the root build of playwright.config.ts.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SEARCH_TIMEOUT } from './helpers/search';
import { answerSomehow } from './helpers/quiz';
import { waitUntilAvailableOffline } from './helpers/service-worker';

// Its own port, derived from E2E_PORT: two checkouts running this spec side by side never share it.
const PORT = (Number(process.env.E2E_PORT) || 4399) + 1000;
const BASE = '/cours/';
const ORIGIN = `http://localhost:${PORT}`;
const PREBUILT = process.env.BASE_PATH_DIST;
const OUT = PREBUILT || join(tmpdir(), `cours-conteneurs-base-${process.pid}`);
const ASTRO = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const ENV = { ...process.env, BASE_PATH: BASE, SITE_URL: 'https://cours.example.org' };

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (PREBUILT) {
    if (!existsSync(join(PREBUILT, 'index.html'))) throw new Error(`BASE_PATH_DIST=${PREBUILT} n’a pas de site construit sous /cours/.`);
  } else {
    // The same Node as the tests (Node 24 from the `node` package), not the machine's.
    execFileSync(process.execPath, [ASTRO, 'build', '--outDir', OUT], { env: ENV, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  }
  // --ignore-lock: Astro 7 allows one tracked preview server per project, and the root build's
  // (playwright.config.ts) is already running.
  server = spawn(process.execPath, [ASTRO, 'preview', '--outDir', OUT, '--port', String(PORT), '--ignore-lock'], {
    env: ENV,
    stdio: 'ignore',
  });
  await expect
    .poll(async () => fetch(`${ORIGIN}${BASE}`).then((r) => r.status, () => 0), { timeout: 60_000 })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  // The prebuilt copy belongs to scripts/test-all.mjs, which removes it (a retry may need it).
  if (!PREBUILT) rmSync(OUT, { recursive: true, force: true });
});

/** Opens `path` and fails on any response ≥ 400 or any request to another origin. */
async function open(page: Page, path: string) {
  const problems: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:')) problems.push(`autre origine : ${r.url()}`);
  });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return problems;
}

test('sous /cours/, les liens, les ressources et le manifeste restent sous /cours/', async ({ page }) => {
  const problems = await open(page, BASE);
  await page.getByRole('link', { name: 'Commencer le cours' }).click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}introduction/pourquoi-les-conteneurs/`);

  // A chapter whose Markdown links to other pages from the root (`/docker/cycle-de-vie/`).
  problems.push(...(await open(page, `${BASE}docker/volumes/`)));
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(40);
  expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
  const contentLink = page.locator('.sl-markdown-content a[href^="/cours/docker/cycle-de-vie/"]').first();
  await contentLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cycle de vie d’un conteneur');

  // Every page linked from the chapter exists.
  const pages = [...new Set(hrefs.map((h) => h.split('#')[0]!))];
  for (const path of pages) expect((await page.request.get(path)).status(), path).toBe(200);

  // The manifest, its icons, and the app it opens are under /cours/.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe(`${BASE}manifest.webmanifest`);
  const manifestUrl = new URL(manifestHref!, ORIGIN);
  const manifest = await (await page.request.get(manifestUrl.href)).json();
  expect(new URL(manifest.start_url, manifestUrl).pathname).toBe(BASE);
  expect(new URL(manifest.scope, manifestUrl).pathname).toBe(BASE);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  expect(problems).toEqual([]);
});

test('sous /cours/, « Relire la section » d’un quiz mène à la section', async ({ page }) => {
  await open(page, `${BASE}docker/volumes/`);
  const quiz = page.locator('section.quiz-section');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('astro-island')).not.toHaveAttribute('ssr');
  await answerSomehow(quiz);
  const link = quiz.getByRole('link', { name: /Relire la section/ });
  await expect(link).toHaveAttribute('href', /^\/cours\/docker\/volumes\/#.+/);
  await link.click();
  await expect(page).toHaveURL(/\/cours\/docker\/volumes\/#.+/);
});

test('sous /cours/, le service worker couvre /cours/ et le cours marche hors ligne', async ({ page, context }) => {
  test.setTimeout(180_000);
  await open(page, `${BASE}`);
  expect(await waitUntilAvailableOffline(page)).toBe(`${ORIGIN}${BASE}`);

  await context.setOffline(true);
  await page.goto(`${BASE}fondations/namespaces/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les namespaces');
  await expect(page.locator('#sw-ui').getByText('Hors ligne', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^Rechercher/ }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByPlaceholder('Rechercher').fill('cgroups');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  const results = await dialog.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(results).toContain(`${BASE}fondations/cgroups/`);
  await context.setOffline(false);
});
