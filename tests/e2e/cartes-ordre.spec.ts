// Keys pressed faster than the screen refreshes, on /revision/cartes/ (Review.tsx): a busy phone
// queues key presses and runs them before its next frame. The tests press a key right after
// another, or as soon as the card is in the page, with no frame and no timer in between: before
// the fix, an effect still waiting for the next frame was run at the start of the next render
// with the values of the previous card and undid what the key had asked for (or the key listener
// was not there yet, or the view's heading took the focus back).
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/revision/cartes/';
const question = (page: Page) => page.getByRole('region', { name: 'Question' });
const answer = (page: Page) => page.getByRole('region', { name: 'Réponse' });

/** Presses `keys` one after the other within one task: each key's render is done, no frame is drawn in between. */
async function keysBeforeNextFrame(page: Page, keys: string[]) {
  await page.evaluate(async (keys) => {
    for (const key of keys) {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      // Preact renders in a microtask: let it commit, without leaving the task.
      for (let i = 0; i < 20; i++) await Promise.resolve();
    }
  }, keys);
}

/** Waits until what Preact left for the next frame has run (its effects: a frame, then a task). */
const afterNextFrame = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));

/** Opens a session on the docker deck and shows the first card's answer; returns its question. */
async function firstCardRevealed(page: Page): Promise<string> {
  await page.goto(`${PAGE}?paquet=docker`);
  await expect(question(page)).toBeVisible();
  const text = (await question(page).textContent()) ?? '';
  await page.keyboard.press('Space');
  await expect(answer(page)).toBeFocused();
  return text;
}

test('Espace aussitôt après une note : la réponse de la carte suivante reçoit le focus', async ({ page }) => {
  const first = await firstCardRevealed(page);
  await keysBeforeNextFrame(page, ['3', ' ']);
  await expect(page.getByRole('status').filter({ hasText: '« Correct » : cette carte reviendra dans' })).toBeVisible();
  await expect(question(page)).not.toHaveText(first);
  await expect(answer(page)).toBeFocused();
  // And it keeps it once the next frames have run.
  await afterNextFrame(page);
  await expect(answer(page)).toBeFocused();
});

test('« U » aussitôt après une note : la carte reprise revient, question en main', async ({ page }) => {
  const first = await firstCardRevealed(page);
  await keysBeforeNextFrame(page, ['1', 'u']);
  await expect(page.getByRole('status').filter({ hasText: 'Note « À revoir » annulée : la carte revient.' })).toBeVisible();
  await expect(question(page)).toHaveText(first);
  await expect(answer(page)).toHaveCount(0);
  await expect(question(page)).toBeFocused();
});

/** Presses Space as soon as a card is in the page, before any frame shows it. */
function spaceWhenTheCardAppears() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.carte-question')) return;
    observer.disconnect();
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
  });
  observer.observe(document, { childList: true, subtree: true });
}

test('Espace au moment où la première carte paraît : la réponse s’affiche et reçoit le focus', async ({ page }) => {
  await page.addInitScript(spaceWhenTheCardAppears);
  await page.goto(`${PAGE}?paquet=docker`);
  await expect(answer(page)).toBeFocused();
  await expect(page.getByRole('group', { name: 'Votre réponse' }).getByRole('button')).toHaveCount(4);
});

test('Espace au moment où la carte paraît après « Étudier » : le titre de la séance ne reprend pas le focus', async ({ page }) => {
  await page.goto(PAGE);
  const study = page.getByRole('button', { name: 'Étudier : Docker', exact: true });
  await expect(study).toBeEnabled();
  await page.evaluate(spaceWhenTheCardAppears);
  await study.click();
  await expect(answer(page)).toBeFocused();
  await afterNextFrame(page);
  await expect(answer(page)).toBeFocused();
});
