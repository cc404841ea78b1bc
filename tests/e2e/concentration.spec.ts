// « Mode concentration » of a review session (src/components/cards/focus-mode.ts): the session
// alone on screen, the card and its four grades visible on a phone held either way and at 200 %
// zoom, the buttons at the bottom, a long card scrolling inside, Échap and « Quitter le mode
// concentration » as ways out, focus managed, the rest of the page inert, the choice remembered.
import { expect, test, type Page } from '@playwright/test';
import { axeInEveryView } from './helpers/axe';

const PAGE = '/revision/cartes/?paquet=tous';
const FOCUS_KEY = 'cours-conteneurs:v1:concentration';

const dialog = (page: Page) => page.getByRole('dialog', { name: /Révision : Tous les paquets/ });
const grades = (page: Page) => page.getByRole('group', { name: 'Votre réponse' });

async function enter(page: Page) {
  await page.goto(PAGE);
  await page.getByRole('button', { name: 'Mode concentration', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
}

/** Every one of `boxes` lies inside the viewport. */
async function expectOnScreen(page: Page, selector: string) {
  const { width, height } = page.viewportSize()!;
  const boxes = await page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(height);
    expect(b.right).toBeLessThanOrEqual(width);
  }
}

for (const [width, height, name] of [
  [375, 812, 'téléphone en portrait (375 × 812)'],
  [812, 375, 'téléphone en paysage (812 × 375)'],
  [640, 400, 'ordinateur à 200 % de zoom (640 × 400 px CSS)'],
] as const) {
  test.describe(name, () => {
    test.use({ viewport: { width, height }, hasTouch: width !== 640 });

    test('la carte et ses quatre notes tiennent à l’écran, les boutons en bas, une longue carte défile à l’intérieur', async ({ page }) => {
      await enter(page);
      // Starlight's header, sidebar and the page's title are hidden; the page behind does not scroll.
      await expect(page.locator('header.header')).toBeHidden();
      await expect(page.locator('h1#_top')).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Cartes de révision' })).toBeHidden();
      await expect(page.getByRole('button', { name: /Afficher la réponse/ })).toBeInViewport({ ratio: 1 });

      await page.getByRole('button', { name: /Afficher la réponse/ }).click();
      await expect(page.getByRole('region', { name: 'Réponse' })).toBeFocused();
      await expect(grades(page).getByRole('button')).toHaveCount(4);
      await expectOnScreen(page, '.concentration .note');
      await expectOnScreen(page, '.concentration .bouton-concentration');
      // In thumb reach: the grades end at the bottom of the screen.
      const bottom = await grades(page).evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom).toBeGreaterThan(height - 40);

      // A long answer (here: the same answer many times over) scrolls inside the card; the
      // grades stay where they are.
      await page.locator('.concentration .carte-reponse .carte-contenu').evaluate((el) => {
        el.innerHTML = el.innerHTML.repeat(30);
      });
      const body = page.locator('.concentration .carte-corps');
      expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      await expectOnScreen(page, '.concentration .note');
      await body.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(page.locator('.concentration .carte-section')).toBeInViewport();
      await expectOnScreen(page, '.concentration .note');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  });
}

test('Échap et « Quitter le mode concentration » rendent la page, le focus revient au bouton, le choix est retenu', async ({ page }) => {
  await enter(page);
  // The session goes on inside: the question has the focus, Space and the keys 1–4 work.
  await expect(page.getByRole('region', { name: 'Question' })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Cartes restantes aujourd’hui' })).toContainText('Nouvelles 20');
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Réponse' })).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: '« Correct » : cette carte reviendra dans' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Cartes restantes aujourd’hui' })).toContainText('Nouvelles 19');
  await expect(page.getByRole('region', { name: 'Question' })).toBeFocused();
  // The rest of the page is inert: Starlight's search is out of reach for screen readers and the keyboard.
  await expect(page.getByRole('button', { name: /^Rechercher/ })).toHaveCount(0);

  // Remembered: the next visit opens in the mode.
  expect(await page.evaluate((k) => localStorage.getItem(k), FOCUS_KEY)).toBe('on');
  await page.reload();
  await expect(dialog(page)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mode concentration', exact: true })).toBeFocused();
  await expect(page.locator('header.header')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Révision : Tous les paquets' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), FOCUS_KEY)).toBe('off');

  // In again, then out with the visible button.
  await page.getByRole('button', { name: 'Mode concentration', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('button', { name: /Quitter le mode concentration/ }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mode concentration', exact: true })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Révision : Tous les paquets' })).toBeVisible();
  await expect(dialog(page)).toHaveCount(0);
});

test('l’écran de fin s’affiche dans le mode, et « Retour aux paquets » en sort', async ({ page }) => {
  // One new card a day: the session ends after one grade.
  await page.addInitScript(() =>
    localStorage.setItem('cours-conteneurs:v1:settings', JSON.stringify({ srs: { newPerDay: 1, reviewsPerDay: 200, retention: 0.9 } })),
  );
  await page.setViewportSize({ width: 375, height: 812 });
  await enter(page);
  // The cards arrive by fetch: keys act once the card is on screen, as for a learner.
  await expect(dialog(page).getByRole('button', { name: /Afficher la réponse/ })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(grades(page)).toBeVisible();
  await page.keyboard.press('4');
  await expect(dialog(page).getByRole('heading', { name: 'Bravo, c’est fini pour aujourd’hui !' })).toBeFocused();
  await dialog(page).getByRole('link', { name: 'Retour aux paquets' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveClass(/mode-concentration/);
  await expect(page.locator('header.header')).toBeVisible();
});

test('axe : mode concentration, thème clair et sombre, 375 × 812 et 812 × 375', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await enter(page);
  await page.getByRole('button', { name: /Afficher la réponse/ }).click();
  await expect(grades(page)).toBeVisible();
  const sizes = [
    { width: 375, height: 812 },
    { width: 812, height: 375 },
  ];
  expect(await axeInEveryView(page, { sizes })).toEqual([]);
});

