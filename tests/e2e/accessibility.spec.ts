// axe-core on the home page and three chapter pages, both themes, phone and desktop widths.
import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers/axe';

const PAGES = ['/', '/introduction/vm-et-conteneurs/', '/docker/volumes/', '/kubernetes/architecture-et-objets/'];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [375, 1280];

for (const path of PAGES) {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      test(`axe : ${path} en thème ${theme === 'light' ? 'clair' : 'sombre'} à ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        // Starlight reads the stored theme before first paint.
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
}

test('axe signale ce qu’il doit signaler (le contrôle peut échouer)', async ({ page }) => {
  await page.goto('/');
  // An image without text alternative and a button without name, added to a real page.
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img id="sans-alt" src="/favicon.svg"><button id="sans-nom"></button>');
  });
  const violations = await axeViolations(page);
  expect(violations).toContain('image-alt: #sans-alt');
  expect(violations).toContain('button-name: #sans-nom');
});
