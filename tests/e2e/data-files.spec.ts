// The questions and cards out of the HTML (src/quiz/data-files.ts): the exam and cards pages stay
// under 30 Ko of gzip HTML, fetch their hashed data file once hydrated, say so in French with
// « Réessayer » when it cannot be had, and work offline once the site has been visited.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { offlineMessages, waitUntilAvailableOffline } from './helpers/service-worker';

const DIST = process.env.DIST_DIR ?? 'dist';

test('le HTML des pages de l’examen et des cartes pèse au plus 30 Ko en gzip, sans les données', () => {
  for (const page of ['revision/examen', 'revision/cartes']) {
    const html = readFileSync(join(DIST, page, 'index.html'));
    const size = gzipSync(html, { level: 9 }).length;
    expect(size, `${page} : ${(size / 1024).toFixed(1)} Ko en gzip`).toBeLessThanOrEqual(30 * 1024);
    // The data is in its hashed file, named by the page, not in the page itself.
    expect(html.toString()).toMatch(/\/donnees\/(questions|cartes)-[0-9a-f]{12}\.json/);
    expect(html.toString()).not.toContain('explanationHtml');
    expect(html.toString()).not.toContain('backHtml');
  }
  const files = readdirSync(join(DIST, 'donnees'));
  expect(files.filter((f) => /^(questions|cartes|cours)-[0-9a-f]{12}\.json$/.test(f))).toHaveLength(3);
  expect(files).toContain('manifeste.json');
});

test('« Ma progression » et le quiz d’une section n’ont qu’une source : les fichiers hachés', () => {
  // The course outline is the hashed `cours` file, named by the page, not a JSON script in it.
  const html = readFileSync(join(DIST, 'revision/progression/index.html'), 'utf8');
  expect(html).toMatch(/\/donnees\/cours-[0-9a-f]{12}\.json/);
  expect(html).not.toContain('type="application/json"');
  // The former unhashed files of section-limited sessions are no longer built.
  expect(readdirSync(join(DIST, 'revision'))).not.toContain('sections.json');
  expect(readdirSync(join(DIST, 'revision/quiz'))).not.toContain('questions');
});

test.describe('sans service worker', () => {
  // page.route sees the page's requests only when no service worker answers them.
  test.use({ serviceWorkers: 'block' });

  test('examen : les questions arrivent du fichier de données ; un échec propose « Réessayer »', async ({ page }) => {
    let fail = true;
    const asked: string[] = [];
    await page.route('**/donnees/questions-*.json', (route) => {
      asked.push(new URL(route.request().url()).pathname);
      return fail ? route.abort('internetdisconnected') : route.continue();
    });
    await page.goto('/revision/examen/');
    const alert = page.getByRole('alert').filter({ hasText: 'Impossible de télécharger les questions' });
    await expect(alert).toContainText('hors ligne', { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Commencer l’examen' })).toBeDisabled();

    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(alert).toHaveCount(0);
    await page.getByRole('button', { name: 'Commencer l’examen' }).click();
    await expect(page.locator('#examen-progress')).toHaveText(/^Question 1 \/ 20/);
    await expect(page.locator('.quiz-question, fieldset, form').first()).toBeVisible();
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatch(/^\/donnees\/questions-[0-9a-f]{12}\.json$/);
  });

  test('quiz d’un chapitre : ses questions arrivent du fichier de données, pas du HTML ; un échec propose « Réessayer »', async ({ page }) => {
    // The questions are not repeated in the page (they are the precached data file's).
    const html = readFileSync(join(DIST, 'docker/volumes/index.html'), 'utf8');
    expect(html).not.toContain('explanationHtml');
    expect(html).toMatch(/\/donnees\/questions-[0-9a-f]{12}\.json/);
    let fail = true;
    await page.route('**/donnees/questions-*.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/docker/volumes/');
    const quiz = page.locator('section.quiz-section');
    await quiz.scrollIntoViewIfNeeded();
    const alert = quiz.getByRole('alert').filter({ hasText: 'Impossible de télécharger les questions' });
    await expect(alert).toContainText('hors ligne', { timeout: 30_000 });
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(quiz.getByText(/^Question 1 \/ \d+$/)).toBeVisible({ timeout: 15_000 });
    await expect(alert).toHaveCount(0);
    // The page's own questions, as many as the page announces.
    const announced = Number((await quiz.locator('.quiz-intro').textContent())!.match(/(\d+) question/)![1]);
    await expect(quiz.getByText(new RegExp(`^Question 1 / ${announced}$`))).toBeVisible();
  });

  test('cartes : un paquet ouvert avant l’arrivée des cartes attend, puis propose « Réessayer » après un échec', async ({ page }) => {
    let fail = true;
    await page.route('**/donnees/cartes-*.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/revision/cartes/?paquet=tous');
    const alert = page.getByRole('alert').filter({ hasText: 'Impossible de télécharger les cartes' });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByRole('button', { name: /Afficher la réponse/ })).toBeVisible({ timeout: 15_000 });
    await expect(alert).toHaveCount(0);
  });

  test('cartes : la liste des paquets compte depuis le plan du cours, sans les cartes ; « Étudier » les télécharge', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/donnees/')) fetched.push(new URL(r.url()).pathname);
    });
    let fail = true;
    await page.route('**/donnees/cours-*.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/revision/cartes/');
    const alert = page.getByRole('alert').filter({ hasText: 'Impossible de télécharger le plan du cours' });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    const all = page.locator('tr.paquet-tous');
    await expect(all.locator('td').first()).toHaveText(/^\d+$/, { timeout: 15_000 });
    await expect(alert).toHaveCount(0);
    expect(fetched.filter((p) => p.includes('/donnees/cartes-'))).toEqual([]);
    await all.getByRole('button', { name: /Étudier/ }).click();
    await expect(page.getByRole('button', { name: /Afficher la réponse/ })).toBeVisible({ timeout: 15_000 });
    expect(fetched.filter((p) => p.includes('/donnees/cartes-'))).toHaveLength(1);
  });

  test('« Ma progression » : sans le plan du cours, un message en français et « Réessayer »', async ({ page }) => {
    // Something stored: the page needs the outline (an empty page does without it).
    await page.addInitScript(() => {
      const answer = { ok: true, at: Date.now() };
      localStorage.setItem('cours-conteneurs:v1:quiz', JSON.stringify({ quizzes: {}, questions: { 'docker-premiers-pas-ps-tous': answer }, exams: [] }));
    });
    let fail = true;
    await page.route('**/donnees/cours-*.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/revision/progression/');
    const alert = page.getByRole('alert').filter({ hasText: 'Impossible de télécharger le plan du cours' });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    fail = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByRole('heading', { name: 'Par chapitre' })).toBeVisible({ timeout: 15_000 });
    await expect(alert).toHaveCount(0);
  });
});

test('hors ligne après une première visite : l’examen et les cartes lisent leurs données dans le précache', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitUntilAvailableOffline(page);
  await context.setOffline(true);
  await page.goto('/revision/examen/');
  await expect(offlineMessages(page).getByText('Hors ligne', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Commencer l’examen' }).click({ timeout: 30_000 });
  await expect(page.locator('#examen-progress')).toHaveText(/^Question 1 \/ 20/);
  await page.goto('/revision/cartes/?paquet=docker');
  await expect(page.getByRole('button', { name: /Afficher la réponse/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.data-file-error')).toHaveCount(0);
  // The outline and the questions of one section come from the same precache.
  await page.goto('/revision/progression/');
  await expect(page.getByRole('heading', { name: 'Date de l’examen' })).toBeVisible({ timeout: 30_000 });
  await page.goto(`/revision/quiz/?section=${encodeURIComponent('/docker/installation/#installer-selon-votre-système')}`);
  await expect(page.getByRole('heading', { name: 'Quiz de la section « Installer selon votre système »' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Question 1 \/ 5$/)).toBeVisible();
  // A chapter's quiz too, on a page never opened.
  await page.goto('/kubernetes/clusters/');
  const quiz = page.locator('section.quiz-section');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByText(/^Question 1 \/ \d+$/)).toBeVisible({ timeout: 30_000 });
  await expect(quiz.locator('.data-file-error')).toHaveCount(0);
});
