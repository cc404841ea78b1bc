// axe-core on the home page and three chapter pages, both themes, phone and desktop widths.
// One page load per page and theme: the widths are two viewports of the same loaded page (the
// layout follows the width through CSS alone), each scanned by axe.
import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe';

const PAGES = ['/', '/introduction/vm-et-conteneurs/', '/docker/volumes/', '/kubernetes/architecture-et-objets/'];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1280];

for (const path of PAGES) {
  for (const theme of THEMES) {
    test(`axe : ${path} en thème ${theme === 'light' ? 'clair' : 'sombre'} à ${WIDTHS.join(' et ')} px`, async ({ page }) => {
      await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
      // Starlight reads the stored theme before first paint.
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const found: Record<string, string[]> = {};
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        found[`${width} px`] = await axeViolations(page);
      }
      expect(found).toEqual(Object.fromEntries(WIDTHS.map((w) => [`${w} px`, []])));
    });
  }
}
