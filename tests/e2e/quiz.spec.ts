// Chapter quizzes in Chromium, by roles and French names: a quiz to the end, « Revoir mes
// erreurs » and « Recommencer » before the explanations, a reload that keeps the results, a
// teacher's #q- link, keyboard ordering, « Réessayer », « Question suivante » within reach on a
// phone, « Testez-vous » in « Sur cette page », the list of quizzes (« En cours », « Reprendre »,
// no sideways scroll at 320 and 375 px), and axe-core. The exam has its own file (exam.spec.ts).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeInEveryView } from './helpers/axe';
import { answerSomehow } from './helpers/quiz';

// Whole quizzes and axe runs are slow on a machine shared with other test runs.
test.describe.configure({ timeout: 120_000 });

const quiz = (page: Page) => page.locator('section.quiz-section');

/** Waits until the island has hydrated (Astro removes its `ssr` attribute then). */
async function hydrated(scope: Locator) {
  await scope.scrollIntoViewIfNeeded();
  await expect(scope.locator('astro-island')).not.toHaveAttribute('ssr');
}

/** The feedback region (the other status region only says « Répondez d’abord… »). */
const feedback = (scope: Locator) => scope.locator('.quiz-status[role="status"]');

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
  // « Revoir mes erreurs » and « Recommencer » come before the explanations.
  const firstResult = (await section.locator('.quiz-result').first().boundingBox())!;
  for (const name of ['Revoir mes erreurs', 'Recommencer']) {
    expect((await section.getByRole('button', { name }).boundingBox())!.y).toBeLessThan(firstResult.y);
  }

  // A reload finds the same results, and the best score is kept.
  await page.reload();
  await hydrated(quiz(page));
  await expect(quiz(page).getByRole('heading', { name: 'Résultats' })).toBeVisible();
  await expect(quiz(page).locator('.quiz-score')).toContainText(`${right} / ${total}`);
  await expect(quiz(page).getByText(`Meilleur score sur ce quiz : ${right} / ${total}`)).toBeVisible();

  await quiz(page).getByRole('button', { name: 'Revoir mes erreurs' }).click();
  await expect(quiz(page).getByText(`Question 1 / ${wrong}`)).toBeFocused();

  // The list of quizzes shows this best score, and the review round as in progress.
  await page.goto('/revision/quiz/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Volumes et montages liés' }) });
  await expect(card.locator('dt', { hasText: 'Meilleur score' }).locator('xpath=following-sibling::dd[1]')).toHaveText(`${right} / ${total}`);
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

// Both themes on a laptop (the phone's layout of a quiz is checked by the tests at 320 and 375 px).
const LAPTOP = [{ width: 1280, height: 900 }];

test('axe : un quiz en cours puis ses résultats, thème clair et sombre', async ({ page }) => {
  await page.goto('/dockerfile/instructions/');
  const section = quiz(page);
  await hydrated(section);
  await answerSomehow(section);
  await expect(feedback(section)).toContainText(/réponse/);
  const axe = () => axeInEveryView(page, { include: '.quiz-section', sizes: LAPTOP });
  expect(await axe()).toEqual([]);
  const total = Number((await section.locator('.quiz-progress').textContent())!.match(/\/ (\d+)/)![1]);
  for (let n = 1; n < total; n++) {
    await section.getByRole('button', { name: 'Question suivante' }).click();
    await answerSomehow(section);
  }
  await section.getByRole('button', { name: 'Voir les résultats' }).click();
  await expect(section.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  expect(await axe()).toEqual([]);
});

test('« Réessayer » après une mauvaise réponse : la première réponse compte pour le score', async ({ page }) => {
  await page.goto('/docker/volumes/#q-docker-volumes-create');
  const section = quiz(page);
  await hydrated(section);
  await expect(section.locator('.quiz-progress')).toHaveText(/Question 1 \//);
  const input = section.getByRole('textbox', { name: 'Votre commande' });
  await input.fill('docker volume create');
  await input.press('Enter');
  await expect(feedback(section)).toContainText('Mauvaise réponse');
  await section.getByRole('button', { name: 'Réessayer' }).click();
  await expect(section.locator('.quiz-progress')).toBeFocused();
  await expect(section.getByText('Nouvel essai : seule votre première réponse compte pour le score.')).toBeVisible();
  await expect(input).toHaveValue('docker volume create'); // the previous attempt, to correct
  await input.fill('docker volume create db_data');
  await input.press('Enter');
  await expect(feedback(section)).toContainText('Bonne réponse');
  await expect(feedback(section)).toContainText('Bonne réponse (nouvel essai, hors score)');
  await expect(section.getByRole('button', { name: 'Réessayer' })).toHaveCount(0);
  // The recorded result of the question is the first answer, the one the score counts.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('cours-conteneurs:v1:quiz')!));
  expect(stored.questions['docker-volumes-create'].ok).toBe(false);
  expect(stored.quizzes['/docker/volumes/'].session.results['docker-volumes-create']).toBe(false);
});

test.describe('sur un téléphone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('après « Vérifier », « Question suivante » est à l’écran sans faire défiler l’explication', async ({ page }) => {
    await page.goto('/dockerfile/instructions/');
    const section = quiz(page);
    await hydrated(section);
    for (let n = 0; n < 3; n++) {
      await answerSomehow(section);
      await expect(feedback(section)).toContainText(/(Bonne|Mauvaise) réponse/);
      await expect(section.getByRole('button', { name: 'Question suivante' })).toBeInViewport();
      // The feedback's start is on screen too (the focus went there).
      await expect(section.locator('.quiz-verdict')).toBeInViewport();
      await section.getByRole('button', { name: 'Question suivante' }).click();
    }
  });

  test('« Testez-vous » est dans « Sur cette page » et y mène', async ({ page }) => {
    await page.goto('/docker/volumes/');
    await page.locator('mobile-starlight-toc summary').click();
    const link = page.locator('mobile-starlight-toc').getByRole('link', { name: 'Testez-vous' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#testez-vous$/);
    await expect(quiz(page).getByRole('heading', { name: 'Testez-vous' })).toBeInViewport();
  });
});

test('« Testez-vous » est le dernier lien de « Sur cette page » sur ordinateur, et absent d’une page sans quiz', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/docker/volumes/');
  const toc = page.locator('starlight-toc');
  await expect(toc.getByRole('link').last()).toHaveText('Testez-vous');
  await expect(toc.getByRole('link', { name: 'Testez-vous' })).toHaveAttribute('href', '#testez-vous');
  await page.goto('/revision/quiz/');
  await expect(page.locator('starlight-toc').getByRole('link', { name: 'Testez-vous' })).toHaveCount(0);
});

for (const width of [320, 375, 1280]) {
  test(`la liste des quiz : « En cours » avec « Reprendre », totaux par chapitre, rien ne déborde à ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/docker/volumes/');
    const section = quiz(page);
    await hydrated(section);
    await answerSomehow(section);
    await section.getByRole('button', { name: 'Question suivante' }).click();
    await expect(section.getByText(/Question 2 \//)).toBeVisible();

    await page.goto('/revision/quiz/');
    await expect(page.locator('[data-quiz-list]')).toHaveAttribute('data-ready', '', { timeout: 15_000 });
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Volumes et montages liés' }) });
    await expect(card).toContainText('En cours : 1 question faite sur');
    const docker = page.getByRole('region', { name: 'Docker', exact: true });
    await expect(docker.locator('.quiz-list-summary')).toContainText('1 en cours');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    await card.getByRole('link', { name: 'Reprendre le quiz « Volumes et montages liés »' }).click();
    await expect(page).toHaveURL(/\/docker\/volumes\/#testez-vous$/);
    await hydrated(quiz(page));
    await expect(quiz(page).locator('.quiz-progress')).toHaveText(/Question 2 \//);
  });
}

test('axe : la liste des quiz avec un quiz en cours, thème clair et sombre', async ({ page }) => {
  await page.goto('/docker/volumes/');
  await hydrated(quiz(page));
  await answerSomehow(quiz(page));
  await expect(feedback(quiz(page))).toContainText(/réponse/);
  await page.goto('/revision/quiz/');
  await expect(page.getByText('En cours', { exact: true })).toBeVisible({ timeout: 15_000 });
  expect(await axeInEveryView(page, { include: '.quiz-page', sizes: LAPTOP })).toEqual([]);
});

test('sur un téléphone, une association montre en entier la réponse choisie', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/docker/premiers-pas/#q-docker-premiers-pas-codes-de-sortie');
  const section = quiz(page);
  await hydrated(section);
  await expect(section.locator('legend')).toBeVisible();
  const select = section.locator('.quiz-matching-row select').first();
  // The longest answer, which the select cuts short at this width.
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => o.textContent!.trim()).filter((t) => !t.startsWith('—')));
  const longest = options.reduce((a, b) => (b.length > a.length ? b : a));
  await select.selectOption({ label: longest });
  const cut = await select.evaluate((el, text) => {
    const probe = document.createElement('span');
    probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(el).font}`;
    probe.textContent = text;
    document.body.append(probe);
    const wider = probe.offsetWidth > el.clientWidth;
    probe.remove();
    return wider;
  }, longest);
  expect(cut, 'la réponse la plus longue dépasse la largeur de la liste à 375 px').toBe(true);
  const echo = section.locator('.quiz-matching-row').first().locator('.quiz-matching-choice');
  await expect(echo).toBeVisible();
  await expect(echo).toHaveText(longest);
  // Entirely on screen: not cut, not wider than the page.
  const box = (await echo.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  // On a wide screen the select has room: no echo.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(echo).toBeHidden();
});
