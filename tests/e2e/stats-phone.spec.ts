// « Statistiques » of the flashcards on a phone (375 × 812), light and dark: the charts' labels
// are at least 11 px as rendered (a scaled-down SVG shrinks its text: measured on screen, not in
// the stylesheet), the heatmap opens on today, and the wide table says that it scrolls, with a
// named scroll box the keyboard can reach.
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/revision/cartes/';

/** Grades one card, so that today has a review in the heatmap. */
async function studyOne(page: Page) {
  await page.goto(`${PAGE}?paquet=docker`);
  await page.getByRole('button', { name: /Afficher la réponse/ }).click();
  await page.getByRole('group', { name: 'Votre réponse' }).getByRole('button', { name: /^Correct/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '« Correct »' })).toBeVisible();
}

/** The rendered font size of every label of the charts, in CSS pixels of the screen. */
async function labelSizes(page: Page) {
  return page.locator('.graphique svg text').evaluateAll((texts) =>
    texts.map((t) => {
      const matrix = (t as SVGTextElement).getScreenCTM()!;
      const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(matrix.a, matrix.b);
      return { text: t.textContent, size, height: t.getBoundingClientRect().height };
    }),
  );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`375 × 812, thème ${theme === 'light' ? 'clair' : 'sombre'}`, () => {
    test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

    test('étiquettes lisibles, carte d’activité ouverte sur aujourd’hui, tableau large qui dit qu’il défile', async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await studyOne(page);
      await page.goto(`${PAGE}?vue=statistiques`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('img', { name: /Prévision/ })).toBeVisible();

      // Labels: « auj. », « +7 j », the counts, the months, the days of the week.
      const sizes = await labelSizes(page);
      expect(sizes.length).toBeGreaterThan(10);
      for (const s of sizes) {
        expect(s.size, `« ${s.text} »`).toBeGreaterThanOrEqual(11);
        expect(s.height, `« ${s.text} »`).toBeGreaterThanOrEqual(11);
      }
      // The forecast fits the screen, the page does not scroll sideways.
      const forecast = await page.getByRole('img', { name: /Prévision/ }).boundingBox();
      expect(forecast!.x + forecast!.width).toBeLessThanOrEqual(375);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      // The heatmap: a named, focusable scroll box, scrolled to its end, today's square in sight.
      const heatmap = page.getByRole('region', { name: 'Carte des révisions par jour' });
      await expect(heatmap).toHaveAttribute('tabindex', '0');
      await expect(page.getByText('Faites défiler la carte vers la gauche pour voir les mois précédents.')).toBeVisible();
      const scroll = await heatmap.evaluate((el) => ({ left: el.scrollLeft, max: el.scrollWidth - el.clientWidth }));
      expect(scroll.max).toBeGreaterThan(0);
      expect(scroll.left).toBeGreaterThanOrEqual(scroll.max - 1);
      const today = heatmap.locator('rect.niveau').last();
      await expect(today).not.toHaveClass(/niveau-0/);
      const [box, cell] = [await heatmap.boundingBox(), await today.boundingBox()];
      expect(cell!.x).toBeGreaterThanOrEqual(box!.x);
      expect(cell!.x + cell!.width).toBeLessThanOrEqual(box!.x + box!.width);

      // The table by deck: it says it scrolls, shows a shadow on the hidden side, and scrolls from the keyboard.
      const table = page.getByRole('region', { name: 'Tableau : cartes par paquet et par état' });
      await expect(page.getByText('Faites défiler le tableau pour voir toutes les colonnes.')).toBeVisible();
      await expect(table).toHaveAttribute('aria-describedby', /.+/);
      expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await table.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('radial-gradient');
      await table.focus();
      await expect(table).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => table.evaluate((el) => el.scrollLeft), { timeout: 10_000 }).toBeGreaterThan(0);
    });
  });
}

test('sur un grand écran, le tableau tient en entier et ne dit rien', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${PAGE}?vue=statistiques`);
  const table = page.getByRole('region', { name: 'Tableau : cartes par paquet et par état' });
  await expect(table).toBeVisible();
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(page.getByText('Faites défiler le tableau pour voir toutes les colonnes.')).toHaveCount(0);
});
