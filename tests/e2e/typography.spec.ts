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
