// What /revision/quiz/ and /revision/examen/ load before the learner does anything: the list of
// quizzes and the exam's start screen, not the grader and its CLI tables (most of the pages'
// JavaScript, and a long task on a phone). The grader arrives when it is needed: the quiz of a
// section (`?section=…`), or an exam that starts, whose command questions it then grades.
import { expect, test, type Page } from '@playwright/test';
import { answerSomehow } from './helpers/quiz';

test.describe.configure({ timeout: 120_000 });

/** A message of the grader's kubectl rules (src/quiz/command.ts): found only in the grader's code. */
const GRADER = 'entre le Pod et la commande';

/** Collects the text of every script the page loads from now on. */
function scripts(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  return () => Promise.all(bodies);
}
const hasGrader = async (loaded: () => Promise<string[]>) => (await loaded()).some((text) => text.includes(GRADER));

test('la liste des quiz s’affiche et se met à jour sans charger le correcteur', async ({ page }) => {
  const loaded = scripts(page);
  await page.goto('/revision/quiz/');
  // The learner's progress is written into the list rendered at build: no island to hydrate.
  await expect(page.locator('[data-quiz-list]')).toHaveAttribute('data-ready', '', { timeout: 30_000 });
  expect(await page.locator('.quiz-page astro-island, [data-section-quiz] astro-island').count()).toBe(0);
  await expect(page.getByText(/Aucun des \d+ quiz n’est encore commencé/).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await hasGrader(loaded)).toBe(false);
  // Nothing of a section quiz without `?section=`.
  await expect(page.locator('.quiz-section-limitee')).toHaveCount(0);
});

test('examen : l’écran de départ sans le correcteur, puis le correcteur dès que l’examen commence', async ({ page }) => {
  const loaded = scripts(page);
  await page.goto('/revision/examen/?graine=chargement&questions=10&duree=0');
  const startButton = page.getByRole('button', { name: 'Commencer l’examen' });
  await expect(startButton).toBeEnabled({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(await hasGrader(loaded)).toBe(false);

  await startButton.click();
  await expect(page.locator('#examen-progress')).toHaveText(/^Question 1 \/ 10/);
  await expect(page.locator('#examen-progress')).toBeFocused();
  expect(await hasGrader(loaded)).toBe(true);
  // The questions are answered and graded as before: the first answer is recorded.
  await answerSomehow(page.locator('#examen-runner'), 'Valider');
  await expect(page.locator('.quiz-exam-count')).toContainText('1 / 10 répondues');
});

/** Starts an exam of 10 questions and moves to question 2 with « Passer ». */
async function examAtQuestion2(page: Page, seed: string) {
  await page.goto(`/revision/examen/?graine=${seed}&questions=10&duree=0`);
  await page.getByRole('button', { name: 'Commencer l’examen' }).click({ timeout: 30_000 });
  await expect(page.locator('#examen-progress')).toHaveText(/^Question 1 \/ 10/);
  await page.getByRole('button', { name: 'Passer' }).click();
  await expect(page.locator('#examen-progress')).toHaveText(/^Question 2 \/ 10/);
}

test('examen repris après un rechargement : le moteur se charge et l’examen reprend où il en était', async ({ page }) => {
  await examAtQuestion2(page, 'reprise');
  await page.reload();
  await expect(page.locator('#examen-progress')).toHaveText(/^Question 2 \/ 10/, { timeout: 30_000 });
});

test.describe('sans service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('examen : si le moteur ne se charge pas, un message le dit et l’examen en cours n’est jamais remplacé', async ({ page }) => {
    await examAtQuestion2(page, 'panne');

    // Reopened while the engine's file cannot be had: said in French, and « Commencer » stays off.
    await page.route('**/_astro/exam-engine.*.js', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: 'examen en cours' })).toHaveText('Votre examen en cours n’a pas pu être rouvert : vérifiez la connexion, puis rechargez la page.', { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Commencer l’examen' })).toBeDisabled();

    // Once the file is there again, a reload reopens the same exam where it was.
    await page.unroute('**/_astro/exam-engine.*.js');
    await page.reload();
    await expect(page.locator('#examen-progress')).toHaveText(/^Question 2 \/ 10/, { timeout: 30_000 });
  });

  test('examen : « Commencer » sans le moteur dit quoi faire', async ({ page }) => {
    await page.route('**/_astro/exam-engine.*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/revision/examen/');
    await page.getByRole('button', { name: 'Commencer l’examen' }).click({ timeout: 30_000 });
    await expect(page.getByRole('alert').filter({ hasText: 'L’examen' })).toHaveText('L’examen n’a pas pu être chargé : vérifiez la connexion, puis rechargez la page.');
    await expect(page.locator('#examen-progress')).toHaveCount(0);
  });
});
