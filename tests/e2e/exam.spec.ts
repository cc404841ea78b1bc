// The mock exam in Chromium, at phone and desktop widths: « Passer », « Question précédente »,
// « Marquer pour plus tard », the grid, the confirmation before « Terminer l’examen » (Escape
// cancels), the focus on the first question, the sticky timer with its two announcements,
// « Temps écoulé » before the results, a shared seed that fixes the number of questions, the
// history of finished exams, and axe-core in both themes.
import { expect, test, type Page } from '@playwright/test';
import { axeInEveryView } from './helpers/axe';
import { answerSomehow } from './helpers/quiz';

// An exam is long to sit (and axe slow to run) on a machine shared with other test runs.
test.describe.configure({ timeout: 120_000 });

const VIEWPORTS = [
  { name: 'téléphone', width: 375, height: 812 },
  { name: 'ordinateur', width: 1280, height: 800 },
] as const;

/** Opens the exam page and waits until its island has hydrated. */
async function openExam(page: Page, query: string) {
  await page.goto(`/revision/examen/${query}`);
  await expect(page.locator('.quiz-page astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });
}

/**
 * « Score par chapitre » at each width: every chapter name on one line, not cut inside a word
 * (« L’écosystè / me » at 375 px once), while the sections to re-read wrap; nothing scrolls sideways.
 */
async function expectWholeChapterNames(page: Page, widths: number[]) {
  const height = page.viewportSize()!.height;
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    const lines = await page.locator('.quiz-chapter-table tbody th').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return `${cell.textContent} : ${new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size} ligne(s)`;
      }),
    );
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.filter((line) => !line.endsWith(' : 1 ligne(s)')), `à ${width} px`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
}

const progress = (page: Page) => page.locator('#examen-progress');
const grid = (page: Page) => page.getByRole('navigation', { name: 'Toutes les questions' });
// Both themes at a laptop width: four stages at two widths would make sixteen axe runs in one test.
const violations = (page: Page) => axeInEveryView(page, { include: '.quiz-page', sizes: [{ width: 1280, height: 900 }] });

for (const viewport of VIEWPORTS) {
  test.describe(`examen sur ${viewport.name} (${viewport.width} px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('passer, revenir, marquer, la grille, et une confirmation avant de terminer', async ({ page }) => {
      await openExam(page, '?graine=navigation&questions=10&duree=0');
      await page.getByRole('button', { name: 'Commencer l’examen' }).click();

      // The focus is on the first question, visible below the fixed header and the timer bar.
      await expect(progress(page)).toBeFocused();
      await expect(progress(page)).toContainText('Question 1 / 10');
      const bar = (await page.locator('.quiz-exam-bar').boundingBox())!;
      const question = (await progress(page).boundingBox())!;
      expect(question.y).toBeGreaterThanOrEqual(bar.y + bar.height);
      expect(question.y + question.height).toBeLessThanOrEqual(viewport.height);

      await expect(page.getByRole('button', { name: 'Question précédente' })).toBeDisabled();
      await page.getByRole('button', { name: 'Passer' }).click();
      await expect(progress(page)).toContainText('Question 2 / 10');
      await expect(progress(page)).toBeFocused();
      await page.getByRole('button', { name: 'Question précédente' }).click();
      await expect(progress(page)).toContainText('Question 1 / 10');

      // Flag question 1, answer it: « Valider » goes to the next question without an answer.
      const flag = page.getByRole('button', { name: 'Marquer pour plus tard' });
      await flag.click();
      await expect(flag).toHaveAttribute('aria-pressed', 'true');
      await answerSomehow(page.locator('#examen-runner'), 'Valider');
      await expect(progress(page)).toContainText('Question 2 / 10');
      await expect(grid(page).getByRole('button', { name: 'Question 1 : répondue, marquée pour plus tard' })).toBeVisible();
      await expect(grid(page).getByRole('button', { name: 'Question 2 : sans réponse' })).toHaveAttribute('aria-current', 'step');
      await expect(page.locator('.quiz-exam-count')).toContainText('1 / 10 répondues, 1 marquée');

      // The grid jumps anywhere; an answered question comes back with its answer, still editable.
      await grid(page).getByRole('button', { name: /^Question 7 :/ }).click();
      await expect(progress(page)).toContainText('Question 7 / 10');
      await grid(page).getByRole('button', { name: /^Question 1 :/ }).click();
      await expect(progress(page)).toContainText('réponse enregistrée');
      await expect(page.locator('#examen-runner fieldset input:checked, #examen-runner fieldset input[type="text"]').first()).toBeEnabled();
      await grid(page).getByRole('button', { name: /^Question 5 :/ }).click();

      // « Terminer l’examen » is not beside « Valider », and asks first; Escape cancels.
      const end = page.getByRole('button', { name: 'Terminer l’examen' });
      await expect(page.locator('.quiz-form .quiz-actions').getByRole('button', { name: 'Terminer l’examen' })).toHaveCount(0);
      await end.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('9 questions sans réponse. 1 question marquée pour plus tard. Terminer quand même ?');
      await expect(dialog.getByRole('button', { name: 'Revenir à l’examen' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(end).toBeFocused();
      await expect(progress(page)).toContainText('Question 5 / 10');

      // The browser may close the dialog by itself (a second Escape, which a page cannot cancel):
      // « Terminer l’examen » pressed before that close is handled must still ask again.
      await end.click();
      await expect(dialog).toBeVisible();
      await page.evaluate(() => {
        document.querySelector<HTMLDialogElement>('dialog.quiz-dialog')!.close();
        document.querySelector<HTMLButtonElement>('#examen-terminer')!.click();
      });
      await expect(dialog).toBeVisible();
      // « Terminer l’examen » pressed right after « Revenir à l’examen », before the close event
      // of that closing is handled, must ask again too.
      await page.evaluate(() => {
        const confirm = document.querySelector<HTMLDialogElement>('dialog.quiz-dialog')!;
        new MutationObserver((_, observer) => {
          if (confirm.open) return;
          observer.disconnect();
          document.querySelector<HTMLButtonElement>('#examen-terminer')!.click();
        }).observe(confirm, { attributes: true, attributeFilter: ['open'] });
        confirm.querySelector<HTMLButtonElement>('button')!.click();
      });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Revenir à l’examen' }).click();
      await expect(dialog).toBeHidden();

      // Confirmed from the keyboard: the results, with the focus on their heading.
      await end.press('Enter');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Terminer l’examen' }).press('Enter');
      await expect(page.getByRole('heading', { name: 'Résultats' })).toBeFocused();
      await expect(page.locator('.quiz-score')).toContainText(/\d+ \/ 10/);
      await expect(page.locator('.quiz-result').filter({ hasText: 'sans réponse' })).toHaveCount(9);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      await expectWholeChapterNames(page, viewport.width < 400 ? [viewport.width, 320] : [viewport.width]);
    });

    test('le minuteur reste visible, prévient à 5 et 1 minute, et « Temps écoulé » vient avant les résultats', async ({ page }) => {
      await page.clock.install();
      await openExam(page, '?graine=minuteur&questions=10&duree=15');
      await page.getByRole('button', { name: 'Commencer l’examen' }).click();
      const timer = page.getByRole('timer');
      await expect(timer).toHaveText(/1[45]:\d\d/);
      const live = page.locator('.quiz-exam [aria-live="polite"]');
      await expect(live).toHaveText('');

      // Sticky: still on screen at the bottom of the exam.
      await page.getByRole('button', { name: 'Terminer l’examen' }).scrollIntoViewIfNeeded();
      await expect(timer).toBeInViewport();

      await answerSomehow(page.locator('#examen-runner'), 'Valider');
      await expect(progress(page)).toContainText('Question 2 / 10');
      // The deadline survives a reload.
      await page.reload();
      await expect(progress(page)).toContainText('Question 2 / 10', { timeout: 15_000 });

      await page.clock.fastForward('10:05');
      await expect(live).toHaveText('Il reste 5 minutes.');
      await expect(page.locator('.quiz-exam-bar')).toHaveClass(/is-low/);
      await expect(page.locator('.quiz-timer')).toContainText('moins de 5 min');
      await page.clock.fastForward('01:00');
      await expect(live).toHaveText('Il reste 5 minutes.'); // said once, not every second
      await page.clock.fastForward('03:00');
      await expect(live).toHaveText('Il reste 1 minute.');
      await expect(page.locator('.quiz-exam-bar')).toHaveClass(/is-critical/);

      await page.clock.fastForward('01:05');
      const timeUp = page.getByRole('heading', { name: 'Temps écoulé' });
      await expect(timeUp).toBeFocused();
      await expect(page.getByText('9 questions sans réponse comptent comme fausses.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Résultats' })).toHaveCount(0);
      await page.getByRole('button', { name: 'Voir les résultats' }).click();
      await expect(page.getByRole('heading', { name: 'Résultats' })).toBeFocused();
      await expect(page.getByText('Temps écoulé.', { exact: true })).toBeVisible();
      const table = page.getByRole('table', { name: 'Score par chapitre' });
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(5); // balanced across chapters
      await expect(page.locator('.quiz-result').filter({ hasText: 'sans réponse' })).toHaveCount(9);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  });
}

/** Holds the exam island's code back, as on a slow phone, until the returned function is called. */
async function holdIslandCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/ExamApp\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('avant que l’îlot ne lise un lien partagé, la page ne montre pas les réglages par défaut', async ({ page }) => {
  // The island's code is held back until the checks below are done.
  const release = await holdIslandCode(page);
  await page.goto('/revision/examen/?graine=classe-b&questions=10&duree=15');
  const island = page.locator('.quiz-page astro-island');
  await expect(island).toHaveAttribute('ssr', '');
  // The page's own text and « Préparer l’examen » are there; « 20 questions » and « 30 minutes » are not.
  await expect(page.getByRole('heading', { name: 'Préparer l’examen' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Nombre de questions' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Durée' })).toBeHidden();
  release();
  await expect(island).not.toHaveAttribute('ssr', { timeout: 15_000 });
  await expect(page.getByRole('listitem').filter({ hasText: 'Nombre de questions : 10' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Durée : 15 minutes' })).toBeVisible();
  // « Choisir d’autres réglages »: the settings can be chosen, and are shown.
  await page.getByRole('button', { name: 'Choisir d’autres réglages' }).click();
  await expect(page.getByRole('combobox', { name: 'Nombre de questions' })).toBeVisible();

  // Without a shared link, the settings are shown at once, before the island.
  const plain = await page.context().newPage();
  const releasePlain = await holdIslandCode(plain);
  await plain.goto('/revision/examen/');
  await expect(plain.locator('.quiz-page astro-island')).toHaveAttribute('ssr', '');
  await expect(plain.getByRole('combobox', { name: 'Nombre de questions' })).toBeVisible();
  releasePlain();
  await plain.close();
});

test('un lien avec graine fixe le nombre de questions : les mêmes questions pour toute la classe', async ({ page, browser }) => {
  await openExam(page, '?graine=classe-a&questions=10&duree=15');
  await expect(page.getByText(/Examen partagé/)).toBeVisible();
  // Neither the count nor the duration can be changed: the link fixes them.
  await expect(page.getByRole('combobox', { name: 'Nombre de questions' })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'Nombre de questions : 10' })).toBeVisible();
  await page.getByRole('button', { name: 'Commencer l’examen' }).click();
  await expect(progress(page)).toContainText('Question 1 / 10');
  const prompts = async (p: Page) => {
    const all: string[] = [];
    for (let i = 1; i <= 10; i++) {
      await p.getByRole('navigation', { name: 'Toutes les questions' }).getByRole('button', { name: new RegExp(`^Question ${i} :`) }).click();
      all.push((await p.locator('#examen-runner legend').textContent())!);
    }
    return all;
  };
  const mine = await prompts(page);

  const other = await browser.newPage();
  await openExam(other, '?graine=classe-a&questions=10&duree=15');
  await other.getByRole('button', { name: 'Commencer l’examen' }).click();
  await expect(other.locator('#examen-progress')).toContainText('Question 1 / 10');
  expect(await prompts(other)).toEqual(mine);
  await other.close();

  // « Choisir d’autres réglages » drops the seed: the count can be chosen again.
  const third = await browser.newPage();
  await openExam(third, '?graine=classe-a&questions=10');
  await third.getByRole('button', { name: 'Choisir d’autres réglages' }).click();
  await expect(third.getByRole('combobox', { name: 'Nombre de questions' })).toBeVisible();
  await expect(third).toHaveURL(/\/revision\/examen\/$/);
  await third.close();
});

test('l’historique des examens garde la date, le score et la durée', async ({ page }) => {
  await openExam(page, '?graine=historique&questions=10&duree=0');
  await page.getByRole('button', { name: 'Commencer l’examen' }).click();
  // Answering the last question without an answer offers to end, as Moodle's summary does.
  for (let n = 1; n <= 10; n++) {
    await expect(progress(page)).toContainText(`Question ${n} / 10`);
    await answerSomehow(page.locator('#examen-runner'), 'Valider');
  }
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Toutes les questions ont une réponse. Terminer l’examen ?');
  await dialog.getByRole('button', { name: 'Terminer l’examen' }).click();
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeFocused();
  await expect(page.locator('.quiz-result').filter({ hasText: 'sans réponse' })).toHaveCount(0);
  const history = page.getByRole('region', { name: 'Vos derniers examens' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem')).toContainText(/^\d+ \/ 10, le \d+ \S+ \d{4} à \d\d:\d\d — \d+\u00a0s$/);

  // Stored with its chapters, its seed and its count.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('cours-conteneurs:v1:quiz')!).exams);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ seed: 'historique', count: 10, timedOut: false, limitMinutes: 0 });
  expect(stored[0].chapters.reduce((n: number, c: { total: number }) => n + c.total, 0)).toBe(10);

  // A reload keeps the results and does not record the exam twice; a new exam starts clean.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Nouvel examen' }).click();
  await expect(page.getByRole('heading', { name: 'Préparer l’examen' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Vos derniers examens' }).getByRole('listitem')).toHaveCount(1);
});

test('axe : l’examen en cours, sa confirmation et ses résultats, thème clair et sombre', async ({ page }) => {
  await page.clock.install();
  await openExam(page, '?graine=axe&questions=10&duree=15');
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Commencer l’examen' }).click();
  await page.getByRole('button', { name: 'Marquer pour plus tard' }).click();
  await answerSomehow(page.locator('#examen-runner'), 'Valider');
  await page.clock.fastForward('11:00'); // the timer's « under 5 minutes » look
  await expect(page.locator('.quiz-exam-bar')).toHaveClass(/is-low/);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Terminer l’examen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Terminer l’examen' }).click();
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
