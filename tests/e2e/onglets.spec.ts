// Two tabs of one browser (two pages of one context, one localStorage): answers given in each,
// to different cards and to the same card, are all kept; both tabs and a reload agree.
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/revision/cartes/?paquet=docker';
const SRS = 'cours-conteneurs:v1:srs';

const question = (page: Page) => page.getByRole('region', { name: 'Question' });
const answer = (page: Page) => page.getByRole('region', { name: 'Réponse' });
const counts = (page: Page) => page.getByRole('list', { name: 'Cartes restantes aujourd’hui' });

/** Answers given, per card, in the stored value (every log entry is an answer here: no reset). */
const storedAnswers = (page: Page) =>
  page.evaluate((k) => {
    const c = (JSON.parse(localStorage.getItem(k) ?? '{"c":{}}') as { c: Record<string, string> }).c;
    return Object.fromEntries(Object.entries(c).map(([id, r]) => [id, (r.match(/[~_]/g) ?? []).length]));
  }, SRS);

async function reveal(page: Page) {
  await expect(question(page)).toBeVisible();
  await page.getByRole('button', { name: /Afficher la réponse/ }).click();
  await expect(answer(page)).toBeFocused();
}

async function grade(page: Page, name: 'À revoir' | 'Difficile' | 'Correct' | 'Facile') {
  await page.getByRole('group', { name: 'Votre réponse' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('status').filter({ hasText: `« ${name} »` })).toBeVisible();
}

test('deux onglets notent des cartes différentes puis la même carte : rien n’est perdu, tout converge', async ({ context }) => {
  test.setTimeout(90_000);
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(PAGE);
  await b.goto(PAGE);

  // Different cards: A answers the first card; B, which heard it, shows the next one and answers it.
  await reveal(a);
  const first = await question(a).textContent();
  await grade(a, 'Facile');
  await expect(question(b)).not.toHaveText(first!, { timeout: 15_000 });
  await reveal(b);
  await grade(b, 'Facile');
  await expect.poll(() => storedAnswers(a).then((s) => Object.values(s).reduce((n, x) => n + x, 0))).toBe(2);

  // The same card: both tabs show it, then both answer it.
  await expect(question(a)).toHaveText((await question(b).textContent())!, { timeout: 15_000 });
  const same = await question(a).textContent();
  await reveal(a);
  await reveal(b);
  await grade(a, 'Correct');
  await grade(b, 'À revoir');
  // Chromium hands one tab's localStorage write to the others asynchronously: for a moment a
  // write can cover another one, until the tab that holds the covered answer hears the
  // `storage` event and writes the merge back. What must hold is that both answers end up
  // stored, without any further action.
  const total = () => storedAnswers(a).then((s) => Object.values(s).reduce((n, x) => n + x, 0));
  await expect.poll(total, { timeout: 15_000 }).toBe(4);
  const stored = await storedAnswers(a);
  expect(Object.values(stored).sort()).toEqual([1, 1, 2]);

  // Both tabs show the same counts, and so does a reload.
  await expect(counts(b)).toHaveText((await counts(a).textContent())!, { timeout: 15_000 });
  const shown = await counts(a).textContent();
  await b.reload();
  await expect(counts(b)).toHaveText(shown!);
  expect(await storedAnswers(b)).toEqual(stored);
  expect(same).not.toBe(first);
});
