// French typography of the built site (npm test builds just before): no regular space before
// ; : ! ? » or after « in the text of any page, code excluded; the no-break spaces are there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { typographyFaults } from '../../src/plugins/french-typography.mjs';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

test('les pages construites ont leurs espaces insécables, hors du code', () => {
  const files = htmlFiles('dist');
  expect(files.length).toBeGreaterThan(40);
  const faults = files.flatMap((f) => typographyFaults(readFileSync(f, 'utf8')).map((x: { context: string }) => `${f} : « ${x.context} »`));
  expect(faults.slice(0, 20), `${faults.length} faute(s)`).toEqual([]);
});

test('le navigateur affiche l’espace fine avant « ? » et laisse le code intact', async ({ page }) => {
  await page.goto('/introduction/pourquoi-les-conteneurs/');
  const title = await page.locator('h1').first().textContent();
  expect(title).not.toMatch(/ [?:;!]/);
  const prose = await page.locator('.sl-markdown-content p').allTextContents();
  expect(prose.join('\n')).toMatch(/\u202f[?;!]|\u00a0:/);
  const code = await page.locator('.expressive-code pre').allTextContents();
  expect(code.join('\n')).not.toMatch(/[\u00a0\u202f]/);
});

// The islands render their own words in the browser (src/integrations/french-strings.mjs gives
// their strings the no-break spaces at build): the same check, on what they show once hydrated.
test('les îlots ont aussi leurs espaces insécables, une fois affichés dans le navigateur', async ({ page }) => {
  const faults: string[] = [];
  const check = async (url: string, html: string[]) => {
    for (const h of html) faults.push(...typographyFaults(h).map((x: { context: string }) => `${url} : « ${x.context} »`));
  };
  for (const url of ['/revision/examen/', '/revision/cartes/?vue=reglages', '/revision/cartes/?paquet=docker', '/revision/progression/', '/docker/volumes/']) {
    await page.goto(url);
    const islands = page.locator('astro-island');
    await expect(islands.first()).toBeAttached();
    // The chapter's quiz hydrates when it comes into view.
    await islands.last().scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 20_000 });
    await check(url, await islands.evaluateAll((all) => all.map((island) => island.innerHTML)));
  }
  // The training terminal, opened (its console's output is machine text, in <pre>: not checked).
  await page.goto('/pratique/terminal/');
  const box = page.locator('.terminal-launcher').first();
  await box.getByRole('button', { name: 'Ouvrir le terminal' }).click();
  await expect(box.getByRole('textbox', { name: /Commande/ })).toBeVisible({ timeout: 30_000 });
  await check('/pratique/terminal/', [await box.innerHTML()]);
  expect(faults).toEqual([]);
});
