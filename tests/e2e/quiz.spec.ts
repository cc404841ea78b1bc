// Quizzes in Chromium, by roles and French names: a chapter quiz to the end, « Revoir mes
// erreurs », a reload that keeps the results, a teacher's #q- link, keyboard ordering, the exam
// whose timer runs out, and axe-core on a quiz in progress and on its results.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const quiz = (page: Page) => page.locator('section.quiz-section');

/** Waits until the island has hydrated (Astro removes its `ssr` attribute then). */
async function hydrated(scope: Locator) {
  await scope.scrollIntoViewIfNeeded();
  await expect(scope.locator('astro-island')).not.toHaveAttribute('ssr');
}

/** The feedback region (the other status region only says « Répondez d’abord… »). */
const feedback = (scope: Locator) => scope.locator('.quiz-status[role="status"]');

/**
 * Answers the question on screen without knowing the answer: first option, first choices,
 * `docker ps` as a command (wrong on the volumes page), the ordering as dealt.
 */
async function answerSomehow(scope: Locator) {
  const fieldset = scope.locator('fieldset');
  const radios = fieldset.getByRole('radio');
  const boxes = fieldset.getByRole('checkbox');
  const selects = fieldset.getByRole('combobox');
  const command = fieldset.getByRole('textbox', { name: 'Votre commande' });
  if (await radios.count()) await radios.first().check();
  else if (await boxes.count()) await boxes.first().check();
  else if (await command.count()) await command.fill('docker ps');
  else if (await selects.count()) {
    for (const select of await selects.all()) await select.selectOption({ index: 1 });
  }
  await scope.getByRole('button', { name: /^(Vérifier|Valider)$/ }).click();
}

test('un quiz de chapitre jusqu’au bout, « Revoir mes erreurs », et les résultats gardés au rechargement', async ({ page }) => {
  await page.goto('/docker/volumes/');
  const section = quiz(page);
  await expect(section.getByRole('heading', { name: 'Testez-vous' })).toBeVisible();
  await hydrated(section);
  const total = Number((await section.locator('.quiz-progress').textContent())!.match(/\/ (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(4);

  for (let n = 1; n <= total; n++) {
    await expect(section.getByText(`Question ${n} / ${total}`)).toBeVisible();
    await answerSomehow(section);
    const status = feedback(section);
    await expect(status).toContainText(/(Bonne|Mauvaise) réponse/);
    await expect(status.getByRole('link', { name: /Relire la section/ })).toHaveAttribute('href', /^\/[a-z-]+\/[a-z-]+\/(#.+)?$/);
    await section.getByRole('button', { name: n < total ? 'Question suivante' : 'Voir les résultats' }).click();
  }

  const results = section.getByRole('heading', { name: 'Résultats' });
  await expect(results).toBeFocused();
  const scoreText = (await section.locator('.quiz-score').textContent())!;
  const [, right] = scoreText.match(/(\d+) \/ (\d+)/)!.map(Number);
  const wrong = total - right;
  expect(wrong).toBeGreaterThan(0); // `docker ps` answers no question of this page
  await expect(section.locator('.quiz-result')).toHaveCount(total);
  await expect(section.getByRole('link', { name: /Relire la section/ })).toHaveCount(total);

  // A reload finds the same results, and the best score is kept.
  await page.reload();
  await hydrated(quiz(page));
  await expect(quiz(page).getByRole('heading', { name: 'Résultats' })).toBeVisible();
  await expect(quiz(page).locator('.quiz-score')).toContainText(`${right} / ${total}`);
  await expect(quiz(page).getByText(`Meilleur score sur ce quiz : ${right} / ${total}`)).toBeVisible();

  await quiz(page).getByRole('button', { name: 'Revoir mes erreurs' }).click();
  await expect(quiz(page).getByText(`Question 1 / ${wrong}`)).toBeFocused();

  // The list of quizzes shows this best score.
  await page.goto('/revision/quiz/');
  const row = page.getByRole('row', { name: /Volumes et montages liés/ });
  await expect(row).toContainText(`${right} / ${total}`);
});

test('un lien #q- ouvre la question, et l’ordre se remet au clavier', async ({ page }) => {
  await page.goto('/docker/premiers-pas/#q-docker-premiers-pas-hello-world-etapes');
  const section = quiz(page);
  await hydrated(section);
  await expect(section.locator('.quiz-progress')).toHaveText(/Question 2 \/ \d+/);
  await expect(section.locator('.quiz-progress')).toBeFocused();
  await expect(section.locator('legend')).toContainText('hello-world');

  const items = section.locator('.quiz-ordering-text');
  const first = (await items.first().textContent())!.trim();
  await section.getByRole('button', { name: `Descendre « ${first} »` }).focus();
  await page.keyboard.press('Enter');
  await expect(items.nth(1)).toHaveText(first);
  await expect(section.getByRole('status').filter({ hasText: 'position 2' })).toHaveText(`« ${first} » est maintenant en position 2 sur ${await items.count()}.`);
  // The focus stays on the moved item's button, so it can keep going down.
  await expect(section.getByRole('button', { name: `Descendre « ${first} »` })).toBeFocused();
});

test('une commande est notée selon la CLI Docker, avec la différence nommée', async ({ page }) => {
  await page.goto('/docker/volumes/#q-docker-volumes-create');
  const section = quiz(page);
  await hydrated(section);
  const input = section.getByRole('textbox', { name: 'Votre commande' });
  await input.fill('docker volume create');
  await input.press('Enter');
  await expect(feedback(section)).toContainText('Mauvaise réponse');
  await expect(feedback(section)).toContainText('Il manque un argument');
  await section.getByRole('button', { name: 'Question suivante' }).click();
  await page.goto('/docker/volumes/#q-docker-volumes-create');
  await page.reload();
  await hydrated(quiz(page));
  const again = quiz(page).getByRole('textbox', { name: 'Votre commande' });
  await again.fill('$ sudo docker  volume create "db_data"');
  await again.press('Enter');
  await expect(feedback(quiz(page))).toContainText('Bonne réponse');
});

test('l’examen blanc : graine partagée, minuteur écoulé, score par chapitre', async ({ page, browser }) => {
  await page.clock.install();
  await page.goto('/revision/examen/?graine=classe-a&questions=10&duree=15');
  await expect(page.getByText(/Examen partagé/)).toBeVisible();
  await expect(page.locator('.quiz-page astro-island')).not.toHaveAttribute('ssr');
  await page.getByRole('button', { name: 'Commencer l’examen' }).click();
  const exam = page.locator('.quiz-exam');
  await expect(exam.getByText('Question 1 / 10')).toBeVisible();
  await expect(exam.getByRole('timer')).toHaveText(/1[45]:\d\d/);
  const firstPrompt = await exam.locator('legend').textContent();

  // Another learner with the same link gets the same exam.
  const other = await browser.newPage();
  await other.goto('/revision/examen/?graine=classe-a&questions=10&duree=15');
  await expect(other.locator('.quiz-page astro-island')).not.toHaveAttribute('ssr');
  await other.getByRole('button', { name: 'Commencer l’examen' }).click();
  await expect(other.locator('.quiz-exam legend')).toHaveText(firstPrompt!);
  await other.close();

  await answerSomehow(exam);
  await expect(exam.getByText('Question 2 / 10')).toBeVisible();

  // The deadline survives a reload.
  await page.reload();
  await expect(page.locator('.quiz-exam').getByText('Question 2 / 10')).toBeVisible();

  await page.clock.fastForward('15:05');
  await expect(page.getByText('Temps écoulé.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Score par chapitre' });
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(5); // balanced across chapters
  await expect(page.locator('.quiz-score')).toContainText(/\d+ \/ 10/);
  // One question answered; the nine others count as wrong, without an answer.
  await expect(page.locator('.quiz-result').filter({ hasText: 'sans réponse' })).toHaveCount(9);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe : un quiz en cours puis ses résultats, thème ${theme === 'light' ? 'clair' : 'sombre'}`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/dockerfile/instructions/');
    const section = quiz(page);
    await hydrated(section);
    await answerSomehow(section);
    await expect(feedback(section)).toContainText(/réponse/);
    const axe = () => new AxeBuilder({ page }).include('.quiz-section').analyze();
    const inProgress = await axe();
    expect(inProgress.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const total = Number((await section.locator('.quiz-progress').textContent())!.match(/\/ (\d+)/)![1]);
    for (let n = 1; n < total; n++) {
      await section.getByRole('button', { name: 'Question suivante' }).click();
      await answerSomehow(section);
    }
    await section.getByRole('button', { name: 'Voir les résultats' }).click();
    await expect(section.getByRole('heading', { name: 'Résultats' })).toBeVisible();
    const done = await axe();
    expect(done.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
