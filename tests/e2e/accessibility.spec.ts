// axe-core on the home page and three chapter pages, both themes, phone and desktop widths.
import { expect, test } from '@playwright/test';
import { axeInEveryView, axeViolations } from './helpers/axe';

const PAGES = ['/', '/introduction/vm-et-conteneurs/', '/docker/volumes/', '/kubernetes/architecture-et-objets/'];

for (const path of PAGES) {
  test(`axe : ${path} en thème clair et sombre, à 375 et 1280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(path);
    expect(await axeInEveryView(page)).toEqual([]);
  });
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

test('chaque vue d’axeInEveryView montre bien son thème et sa largeur (le contrôle peut échouer)', async ({ page }) => {
  await page.goto('/');
  // Text that only the dark theme makes unreadable, and text that only a narrow window does.
  await page.evaluate(() => {
    document.head.insertAdjacentHTML(
      'beforeend',
      `<style>:root[data-theme='dark'] #pale-en-sombre { color: #2a2a2a; background: #222; }
       @media (max-width: 500px) { #pale-sur-telephone { color: #eee !important; background: #fff !important; } }</style>`,
    );
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p id="pale-en-sombre">Sombre</p><p id="pale-sur-telephone">Téléphone</p>');
  });
  const violations = (await axeInEveryView(page, { include: 'main' })).filter((line) => line.includes('#pale'));
  expect(violations.sort()).toEqual([
    'clair, 375 px — color-contrast: #pale-sur-telephone',
    'sombre, 1280 px — color-contrast: #pale-en-sombre',
    'sombre, 375 px — color-contrast: #pale-en-sombre, #pale-sur-telephone',
  ]);
});
