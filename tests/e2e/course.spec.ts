// The course as a reader meets it in Chromium: navigation, search, code copy, theme, 404.
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { SEARCH_TIMEOUT } from './helpers/search';

const CHAPTERS = [
  'Introduction',
  'Fondations',
  'L’écosystème',
  'Docker',
  'Dockerfile',
  'Compose',
  'Production',
  'CI/CD',
  'Kubernetes',
  'Pratique',
  'Révision',
];

test('la page d’accueil mène au premier chapitre', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Cours Conteneurs/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('link', { name: 'Commencer le cours' }).click();
  await expect(page).toHaveURL(/\/introduction\/pourquoi-les-conteneurs\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('la barre latérale liste chaque chapitre dans l’ordre du cours', async ({ page }) => {
  await page.goto('/introduction/pourquoi-les-conteneurs/');
  const sidebar = page.getByRole('navigation', { name: 'principale' });
  const groups = await sidebar.locator('details > summary').allInnerTexts();
  expect(groups.map((g) => g.trim())).toEqual(CHAPTERS);
});

test('les liens Précédent / Suivant parcourent tout le cours', async ({ page, request }) => {
  // The whole chain, from the HTML the server sends (the links are plain HTML: following their
  // href is what a click does, without loading 50 pages in the browser); each page has a title
  // and its « Précédent » leads back.
  const visited: string[] = [];
  let path: string | null = '/introduction/pourquoi-les-conteneurs/';
  let previous: string | null = null;
  while (path && visited.length < 80) {
    expect(visited, path).not.toContain(path);
    visited.push(path);
    const response: APIResponse = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html: string = await response.text();
    expect(html, path).toMatch(/<h1[^>]*>[^<]+/);
    const link = (rel: string): string | null => html.match(new RegExp(`<a href="([^"]+)"[^>]*rel="${rel}"`))?.[1] ?? null;
    expect(link('prev'), `« Précédent » de ${path}`).toBe(previous);
    previous = path;
    path = link('next');
  }
  expect(visited.length).toBeGreaterThanOrEqual(30);
  expect(visited.at(-1)).toMatch(/^\/revision\//);
  // In the browser: « Suivant » then « Précédent ».
  await page.goto(visited[0]!);
  await page.locator('.pagination-links a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${visited[1]}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('.pagination-links a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${visited[0]}$`));
});

test('la recherche trouve la page sur les cgroups', async ({ page }) => {
  // The Pagefind UI is not downloaded until the search opens (src/components/search/site-search.ts).
  const uiRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/ui-core\.[^/]+\.js$/.test(r.url())) uiRequests.push(r.url());
  });
  await page.goto('/');
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 1_000))));
  expect(uiRequests).toEqual([]);
  await expect(page.locator('#starlight__search .pagefind-ui')).toHaveCount(0);
  await page.getByRole('button', { name: /^Rechercher/ }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByPlaceholder('Rechercher').fill('cgroups');
  const firstResult = dialog.locator('.pagefind-ui__result-link').first();
  await expect(firstResult).toBeVisible({ timeout: SEARCH_TIMEOUT });
  const hrefs = await dialog.locator('.pagefind-ui__result-link').evaluateAll((as) =>
    as.map((a) => (a as HTMLAnchorElement).pathname),
  );
  expect(hrefs).toContain('/fondations/cgroups/');
  // Pagefind speaks French (src/content/i18n/fr.json).
  await expect(dialog.getByText(/^\d+ résultats? pour cgroups$/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Effacer' })).toBeVisible();
  expect(uiRequests).toHaveLength(1);
});

test('« / » ouvre la recherche, sauf dans un champ de saisie', async ({ page }) => {
  await page.goto('/docker/volumes/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByPlaceholder('Rechercher')).toBeFocused();
  await page.keyboard.type('volumes');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // In the quiz's command field, « / » is typed, not a shortcut.
  await page.goto('/docker/premiers-pas/#q-docker-premiers-pas-ps-tous');
  await expect(page.locator('section.quiz-section astro-island').first()).not.toHaveAttribute('ssr', { timeout: 30_000 });
  const field = page.getByRole('textbox', { name: 'Votre commande' });
  await field.click();
  await page.keyboard.type('/tmp');
  await expect(field).toHaveValue('/tmp');
  await expect(dialog).toBeHidden();
});

test('le bouton de copie copie la commande, sans invite', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docker/premiers-pas/');
  const block = page.locator('.expressive-code').filter({ has: page.locator('.frame.is-terminal') }).first();
  const copy = block.getByRole('button', { name: /Copier dans le presse-papiers/ });
  await block.hover();
  await copy.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^docker /m);
  expect(copied).not.toMatch(/^\s*\$ /m);
  expect(copied.trim()).toBe((await block.locator('pre').innerText()).trim());
});

test('le sélecteur de thème bascule entre clair et sombre', async ({ page }) => {
  await page.goto('/introduction/histoire/');
  const select = page.getByRole('combobox', { name: 'Sélectionner le thème' }).first();
  await select.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(lightBg).not.toBe(darkBg);
  // The choice survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('la page 404 est en français', async ({ page }) => {
  const response = await page.goto('/cette-page-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Cette page n’existe pas.')).toBeVisible();
});

test('les schémas sont des SVG titrés et légendés, sans script', async ({ page }) => {
  await page.goto('/introduction/vm-et-conteneurs/');
  const figure = page.locator('figure.diagram').first();
  await expect(figure.locator('svg title')).toHaveText(/Machines virtuelles et conteneurs/);
  await expect(figure.locator('figcaption')).not.toBeEmpty();
  expect(await figure.locator('script').count()).toBe(0);
});

test('« Retour à la ligne » : les blocs de code ne défilent plus de côté, et le choix est gardé', async ({ page }) => {
  const block = page.locator('.expressive-code pre').filter({ hasText: 'Status: Downloaded newer image' }).first();
  const overflows = () => block.evaluate((pre) => pre.scrollWidth > pre.clientWidth + 1);
  // On a phone, long lines wrap by default.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/docker/volumes/');
  await expect(block).toBeVisible();
  expect(await overflows()).toBe(false);
  // On a wide screen they do not, until the reader asks.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await overflows()).toBe(true);
  const toggle = page.getByRole('button', { name: 'Retour à la ligne' }).first();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await block.hover();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await overflows()).toBe(false);
  // Remembered on the next page.
  await page.goto('/docker/images/');
  await expect(page.getByRole('button', { name: 'Retour à la ligne' }).first()).toHaveAttribute('aria-pressed', 'true');
});

test('sur téléphone, le menu du thème est sur l’accueil, et « Sombre » s’y lit en entier', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.goto('/');
  const select = page.getByRole('combobox', { name: 'Sélectionner le thème' });
  await expect(select).toBeVisible();
  await expect(select).toHaveValue('dark');
  // The chosen option's text fits in the menu: not « Som… ».
  expect(await select.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await select.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // The page itself does not scroll sideways, even at 320 px.
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('sur un téléphone de 320 à 375 px, le nom du site se lit en entier dans l’en-tête d’un chapitre, badge des cartes compris', async ({ page }) => {
  const title = page.locator('.header .site-title span');
  const whole = async (when: string) => {
    for (const width of [320, 340, 360, 375]) {
      await page.setViewportSize({ width, height: 700 });
      await expect(title).toHaveText('Cours Conteneurs');
      // Cut by the buttons beside it: its text is wider than its box (« Cours Conteneur… » at 320 px once).
      expect(await title.evaluate((span) => span.scrollWidth - span.clientWidth), `à ${width} px, ${when}`).toBeLessThanOrEqual(0);
    }
  };
  await page.goto('/docker/volumes/');
  await whole('sans badge');
  // A card graded « À revoir » is due again today: the header shows the badge beside the search.
  await page.goto('/revision/cartes/?paquet=docker');
  await page.getByRole('button', { name: /Afficher la réponse/ }).click();
  await page.getByRole('button', { name: /^À revoir/ }).click();
  await page.goto('/docker/volumes/');
  await expect(page.locator('.header .due-badge')).toBeVisible();
  await whole('avec le badge');
});

/** The characters of the page's code blocks that lie under their own block's buttons (« Copier », « Retour à la ligne »). */
function codeUnderButtons(page: Page) {
  return page.locator('.expressive-code .frame').evaluateAll((frames) =>
    frames.flatMap((frame, n) => {
      const buttons = [...frame.querySelectorAll('.copy button')].map((b) => b.getBoundingClientRect()).filter((r) => r.width > 0);
      const hits = new Set<string>();
      const walker = document.createTreeWalker(frame.querySelector('pre')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!;
        for (let i = 0; i < text.length; i++) {
          if (!text[i]!.trim()) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          if (buttons.some((b) => box.right > b.left && box.left < b.right && box.bottom > b.top && box.top < b.bottom)) {
            hits.add(`bloc ${n + 1} : « ${text.trim().slice(0, 30)} »`);
          }
        }
      }
      return [...hits];
    }),
  );
}

// A phone upright and on its side (wider than 50rem, where a mouse gets unwrapped lines by default).
for (const [width, height] of [[375, 812], [812, 375]] as const) {
  test.describe(`sur un écran tactile (${width} × ${height})`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });
    test('les boutons « Copier » et « Retour à la ligne », toujours affichés, ne couvrent pas le code, lignes coupées ou non', async ({ page }) => {
      await page.goto('/docker/volumes/');
      expect(await page.locator('.expressive-code .frame').count()).toBeGreaterThan(5);
      // Without a mouse there is no hover to reveal them: they are shown all the time.
      const first = page.locator('.expressive-code .frame').first();
      await expect(first.getByRole('button', { name: /Copier dans le presse-papiers/ })).toBeVisible();
      const toggle = first.getByRole('button', { name: 'Retour à la ligne' });
      await expect(toggle).toBeVisible();
      // By default lines wrap, and the text goes round the buttons.
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      expect(await codeUnderButtons(page)).toEqual([]);
      // The reader turns wrapping off: long lines scroll sideways, still never under the buttons.
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(await page.locator('.expressive-code pre').evaluateAll((pres) => pres.some((pre) => pre.scrollWidth > pre.clientWidth + 1))).toBe(true);
      expect(await codeUnderButtons(page)).toEqual([]);
    });
  });
}
