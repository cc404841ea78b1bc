// Sharing, as a teacher or a learner meets it: « Partager » under the title (share sheet, or the
// link copied and « Lien copié » said), a heading's link, a quiz question's link, and what a chat
// reads from the page: absolute Open Graph tags and a 1200×630 PNG; robots.txt and the sitemap.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeInEveryView } from './helpers/axe';
import { answerSomehow } from './helpers/quiz';

const status = (page: Page) => page.locator('.share-status[role="status"]');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The address of the page without its fragment, as the learner sees it. */
const pageAddress = (page: Page) => page.url().split('#')[0];

/** A browser without a share sheet (Firefox or Chromium on a desktop). */
async function withoutShareSheet(page: Page) {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
}

async function hydrated(scope: Locator) {
  await scope.scrollIntoViewIfNeeded();
  await expect(scope.locator('astro-island')).not.toHaveAttribute('ssr');
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('« Partager » copie l’adresse de la page et annonce « Lien copié »', async ({ page }) => {
  await withoutShareSheet(page);
  await page.goto('/docker/volumes/#les-volumes-nommés');
  await page.getByRole('button', { name: 'Partager' }).click();
  await expect(status(page)).toHaveText('Lien copié');
  expect(await clipboard(page)).toBe(new URL('/docker/volumes/', page.url()).href);
  // The notice goes away by itself.
  await expect(status(page)).toBeEmpty({ timeout: 5_000 });
});

test('« Partager » ouvre le partage du système quand le navigateur en a un', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shared: ShareData[] };
    w.shared = [];
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void w.shared.push(data) });
  });
  await page.goto('/fondations/cgroups/');
  await page.getByRole('button', { name: 'Partager' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
    { title: 'Les cgroups', url: pageAddress(page) },
  ]);
  // The share sheet said it all: no « Lien copié ».
  await expect(status(page)).toBeEmpty();
});

test('« Partager » est sous le titre des pages du cours, pas sur l’accueil', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Partager' })).toHaveCount(0);
  await page.goto('/revision/glossaire/');
  await expect(page.getByRole('button', { name: 'Partager' })).toBeVisible();
});

test('le lien d’un titre copie l’adresse avec son ancre, et mène à ce titre', async ({ page }) => {
  await withoutShareSheet(page);
  await page.goto('/docker/volumes/');
  const heading = page.getByRole('heading', { level: 2, name: 'Les montages liés (bind mounts)' });
  const id = await heading.getAttribute('id');
  await page.getByRole('link', { name: 'Copier le lien de la section « Les montages liés (bind mounts) »' }).click();
  await expect(status(page)).toHaveText('Lien copié');
  const copied = await clipboard(page);
  // Readable as pasted in a message: the accent, not `%C3%A9`; it opens the same heading.
  expect(copied).toBe(`${new URL('/docker/volumes/', page.url()).href}#${id}`);
  expect(copied).toMatch(/#les-montages-liés-bind-mounts$/);
  expect(decodeURIComponent(new URL(copied).hash)).toBe('#les-montages-liés-bind-mounts');
  // The link still does what a link does: the address bar shows the anchor.
  await expect(page).toHaveURL(copied);

  // Whoever opens the copied link lands on the heading.
  await page.goto('/');
  await page.goto(copied);
  await expect(page.getByRole('heading', { level: 2, name: 'Les montages liés (bind mounts)' })).toBeInViewport();
});

test('« Copier le lien de la question » donne un lien qui rouvre cette question', async ({ page, browser }) => {
  await withoutShareSheet(page);
  await page.goto('/docker/volumes/');
  const section = page.locator('section.quiz-section');
  await hydrated(section);
  // Move to the second question, so the link has something to prove.
  await answerSomehow(section, 'Vérifier');
  await section.getByRole('button', { name: 'Question suivante' }).click();
  await expect(section.locator('.quiz-progress')).toHaveText(/Question 2 \//);
  const prompt = (await section.locator('legend').textContent())!;

  await section.getByRole('button', { name: 'Copier le lien de la question' }).click();
  await expect(status(page)).toHaveText('Lien copié');
  const copied = await clipboard(page);
  expect(copied).toMatch(new RegExp(`^${pageAddress(page).replace(/[.?]/g, '\\$&')}#q-[a-z0-9-]+$`));

  // A classmate, with a fresh browser, opens the link: the same question.
  const other = await browser.newContext();
  const classmate = await other.newPage();
  await classmate.goto(copied);
  const theirs = classmate.locator('section.quiz-section');
  await hydrated(theirs);
  await expect(theirs.locator('legend')).toHaveText(prompt);
  await other.close();
});

test('la notice « Lien copié » passe axe-core, en clair et en sombre, à 375 et 1280 px', async ({ page }) => {
  await withoutShareSheet(page);
  await page.goto('/docker/images/');
  // The rest of the page is checked by accessibility.spec.ts. The notice goes away after 3 s:
  // each view shows it again, and axe looks at it alone, in well under that time.
  const check = async () => {
    await page.getByRole('button', { name: 'Partager' }).click();
    await expect(status(page)).toHaveText('Lien copié');
  };
  expect(await axeInEveryView(page, { include: '.share-status', check })).toEqual([]);
});

test('les balises Open Graph sont absolues, et og:image est un PNG de 1200 × 630', async ({ page, request }) => {
  await page.goto('/docker/volumes/');
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  expect(new URL(canonical).pathname).toBe('/docker/volumes/');
  expect(canonical).toMatch(/^https?:\/\//);
  expect(await meta('og:url')).toBe(canonical);
  expect(await meta('og:title')).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  expect(await meta('og:description')).toBe(await meta('description'));
  expect(await meta('og:locale')).toBe('fr_FR');
  expect(await meta('twitter:card')).toBe('summary_large_image');
  const image = (await meta('og:image'))!;
  expect(image).toMatch(/^https?:\/\//);
  expect(new URL(image).origin).toBe(new URL(canonical).origin);
  expect(await meta('og:image:width')).toBe('1200');
  expect(await meta('og:image:height')).toBe('630');

  // The site under test may not be at its public address: fetch the same path here.
  const png = await request.get(new URL(image).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(bytes.length).toBeGreaterThan(10_000); // drawn, not blank

  // Another page has its own image; the home page has the site's.
  await page.goto('/kubernetes/clusters/');
  expect(new URL((await meta('og:image'))!).pathname).toBe('/og/kubernetes/clusters.png');
  await page.goto('/');
  expect(new URL((await meta('og:image'))!).pathname).toBe('/og/index.png');
  expect(await meta('og:type')).toBe('website');
});

test('robots.txt donne l’adresse absolue du plan du site, qui liste les pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
  const index = await (await request.get(new URL(sitemap!).pathname)).text();
  const first = /<loc>([^<]+)<\/loc>/.exec(index)![1];
  const urls = await (await request.get(new URL(first).pathname)).text();
  expect(urls).toContain('/docker/volumes/</loc>');
  expect(urls).not.toContain('/og/');
});
