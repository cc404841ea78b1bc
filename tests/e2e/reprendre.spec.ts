// « Reprendre » (issue 13, part 3) in Chromium: the home page after a half-done quiz and a page
// read, the sidebar mark of a finished quiz, the header's « Ma progression » and exam countdown,
// sessions limited to one section (cards and quiz), and axe-core on the home page with the
// block shown, both themes, phone and desktop.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerSomehow } from './helpers/quiz';
import { axeInEveryView } from './helpers/axe';

test.describe.configure({ timeout: 120_000 });

const SECTION = '/docker/installation/#installer-selon-votre-système';
const quiz = (page: Page) => page.locator('section.quiz-section').first();
const reprendre = (page: Page) => page.getByRole('region', { name: 'Reprendre' });

async function hydrated(scope: Locator) {
  await scope.scrollIntoViewIfNeeded();
  await expect(scope.locator('astro-island').first()).not.toHaveAttribute('ssr');
}

/** Answers the current question and goes on to the next one. */
async function answerAndGoOn(scope: Locator, last = false) {
  await answerSomehow(scope);
  await expect(scope.locator('.quiz-status[role="status"]')).toContainText(/(Bonne|Mauvaise) réponse/);
  await scope.getByRole('button', { name: last ? 'Voir les résultats' : 'Question suivante' }).click();
}

const total = async (scope: Locator) => Number((await scope.locator('.quiz-progress').textContent())!.match(/\/ (\d+)/)![1]);

test('une première visite n’affiche rien ; après un quiz à moitié fait, « Reprendre » ramène à la question 3', async ({ page }) => {
  await page.goto('/');
  // The script has run once the header link is there; nothing to resume yet.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Ma progression' })).toBeVisible();
  await expect(reprendre(page)).toBeHidden();

  await page.goto('/docker/volumes/');
  const section = quiz(page);
  await hydrated(section);
  const n = await total(section);
  await answerAndGoOn(section);
  await answerAndGoOn(section);
  await expect(section.getByText(`Question 3 / ${n}`)).toBeVisible();

  await page.goto('/');
  await expect(reprendre(page)).toBeVisible();
  await expect(reprendre(page).getByRole('link', { name: /^Reprendre la lecture : Volumes et montages liés/ })).toHaveAttribute('href', /^\/docker\/volumes\//);
  await reprendre(page).getByRole('link', { name: `Reprendre : Volumes et montages liés, question 3 / ${n}` }).click();
  await expect(page).toHaveURL(/\/docker\/volumes\/#testez-vous$/);
  await hydrated(quiz(page));
  await expect(quiz(page).getByText(`Question 3 / ${n}`)).toBeVisible();
});

test('la lecture reprend à la section atteinte', async ({ page }) => {
  await page.goto('/docker/volumes/');
  // The heading just below the top of the screen: the reader has reached it.
  await page.evaluate(() => scrollTo(0, scrollY + document.getElementById('les-montages-liés-bind-mounts')!.getBoundingClientRect().top - 100));
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('cours-conteneurs:v1:lecture') ?? '{}').heading?.id), { timeout: 15_000 })
    .toBe('les-montages-liés-bind-mounts');
  await page.goto('/');
  await expect(reprendre(page).getByRole('link', { name: 'Reprendre la lecture : Volumes et montages liés — Les montages liés (bind mounts)' })).toHaveAttribute(
    'href',
    '/docker/volumes/#les-montages-liés-bind-mounts',
  );
});

test('un quiz terminé est marqué dans la barre latérale, avec son score en mots', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/docker/volumes/');
  const link = page.locator('.sidebar-content a[href="/docker/volumes/"]');
  await expect(link).toBeVisible();
  const section = quiz(page);
  await hydrated(section);
  const n = await total(section);
  for (let i = 1; i <= n; i++) await answerAndGoOn(section, i === n);
  const [right] = (await section.locator('.quiz-score').textContent())!.match(/(\d+) \/ (\d+)/)!.slice(1).map(Number);

  await page.goto('/docker/images/');
  const marked = page.locator('.sidebar-content a[href="/docker/volumes/"]');
  await expect(marked).toHaveAccessibleName(`Volumes et montages liés (Quiz fait : ${right} / ${n})`);
  await expect(marked.locator('.quiz-mark [aria-hidden="true"]')).toHaveText(`${right === n ? '✓' : '◐'} ${right}/${n}`);
  // Pages whose quiz is not done have no mark.
  await expect(page.locator('.sidebar-content a[href="/docker/images/"] .quiz-mark')).toHaveCount(0);
});

test('l’en-tête : « Ma progression » et le compte à rebours de l’examen, sans déborder à 375 px', async ({ page }) => {
  const inDays = (d: number) => {
    const t = new Date();
    // The study day starts at 04:00: before that, « today » is still yesterday's.
    if (t.getHours() < 4) t.setDate(t.getDate() - 1);
    t.setDate(t.getDate() + d);
    return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
  };
  const date = inDays(12);
  await page.addInitScript((d) => {
    localStorage.setItem('cours-conteneurs:v1:settings', JSON.stringify({ srs: { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, examDate: d } }));
  }, date);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/docker/volumes/');
  const banner = page.getByRole('banner');
  await expect(banner.getByText('Examen dans 12 j')).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Ma progression' })).toHaveAttribute('href', '/revision/progression/');

  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await expect(banner.getByText('J-12')).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Ma progression' })).toBeVisible();
  // Nothing in the header goes past the screen's edge.
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll('header *')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5);
    }).length,
  );
  expect(overflow).toBe(0);
  // …and the site's title is whole, not cut (« Cours Contene »).
  const title = page.locator('.site-title span');
  expect(await title.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await page.goto('/');
  await expect(reprendre(page).getByText('Examen dans 12 j')).toBeVisible();
});

test('une séance de cartes limitée à une section ne montre que ses cartes, puis « Les étudier quand même »', async ({ page }) => {
  await page.goto(`/revision/cartes/?paquet=docker&section=${encodeURIComponent(SECTION)}`);
  await expect(page.getByRole('heading', { name: 'Révision : Docker' })).toBeVisible();
  await expect(page.getByText(/Section\u00a0: Installer selon votre système/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Relire cette section dans le cours' })).toHaveAttribute('href', SECTION);
  const question = page.getByRole('region', { name: 'Question' });
  let seen = 0;
  while (await question.isVisible()) {
    await expect(page.locator('.carte-pied a')).toHaveAttribute('href', SECTION);
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Réponse' })).toBeFocused();
    await page.keyboard.press('4');
    seen += 1;
    await expect(page.locator('.fin-seance, .carte')).toBeVisible();
    expect(seen).toBeLessThan(20);
  }
  expect(seen).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'Aucune carte de cette section n’est à réviser aujourd’hui.' })).toBeVisible();
  await page.getByRole('button', { name: 'Les étudier quand même' }).click();
  await expect(question).toBeVisible();
  await expect(page.locator('.carte-pied a')).toHaveAttribute('href', SECTION);
});

test('le quiz d’une section : son titre, le lien vers elle, et seulement ses questions', async ({ page }) => {
  await page.goto(`/revision/quiz/?section=${encodeURIComponent(SECTION)}`);
  const heading = page.getByRole('heading', { name: 'Quiz de la section « Installer selon votre système »' });
  // The island wakes at idle, then fetches its questions: slow on a busy machine.
  await expect(heading).toBeVisible({ timeout: 60_000 });
  await expect(heading).toBeFocused();
  const block = page.locator('section.quiz-section-limitee');
  await expect(block.getByRole('link', { name: 'Relire cette section dans le cours' })).toHaveAttribute('href', SECTION);
  await expect(block.getByText(/^Question 1 \/ 5$/)).toBeVisible();
  for (let i = 1; i <= 5; i++) {
    await answerSomehow(block);
    // Each correction sends back to this very section.
    await expect(block.locator('.quiz-status').getByRole('link', { name: /Relire la section/ })).toHaveAttribute('href', SECTION);
    await block.getByRole('button', { name: i < 5 ? 'Question suivante' : 'Voir les résultats' }).click();
  }
  await expect(block.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  // The list of chapter quizzes is still there below.
  await expect(page.getByRole('heading', { name: 'Docker', level: 2, exact: true })).toBeVisible();
});

test('l’icône de l’application installée montre les cartes à réviser, effacée à 0', async ({ page }) => {
  // Chromium has the Badging API only for installed apps: record what the page asks of it.
  await page.addInitScript(() => {
    const calls: (number | 'effacé')[] = ((window as unknown as { badge: unknown[] }).badge = []);
    Object.assign(navigator, {
      setAppBadge: async (n: number) => void calls.push(n),
      clearAppBadge: async () => void calls.push('effacé'),
    });
  });
  const calls = () => page.evaluate(() => (window as unknown as { badge: unknown[] }).badge);
  await page.goto('/docker/images/');
  await expect.poll(calls).toEqual(['effacé']);
  await page.goto('/revision/cartes/?paquet=docker');
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Réponse' })).toBeFocused();
  await page.keyboard.press('1');
  await expect.poll(calls).toContain(1);
  await page.goto('/docker/images/');
  await expect.poll(calls).toEqual([1]);
});

test('axe : accueil avec « Reprendre », thème clair et sombre, à 375 et 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.addInitScript(() => {
    localStorage.setItem('cours-conteneurs:v1:lecture', JSON.stringify({ path: '/docker/volumes/', title: 'Volumes et montages liés', heading: { id: 'les-volumes-nommés', text: 'Les volumes nommés' }, at: Date.now() }));
    localStorage.setItem('cours-conteneurs:v1:settings', JSON.stringify({ srs: { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, examDate: '2099-06-15' } }));
  });
  await page.goto('/');
  await expect(reprendre(page)).toBeVisible();
  expect(await axeInEveryView(page)).toEqual([]);
});

