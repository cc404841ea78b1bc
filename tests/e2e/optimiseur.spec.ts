// « Optimiser mes paramètres » (Réglages of the flashcards page): with a long review history,
// the optimizer runs in its Worker, shows both parameter sets and how well each predicts the
// history, « Appliquer » keeps the learned parameters across a reload; once used, it also runs
// offline. With a short history, the button is disabled and says how many reviews are missing.
import { axeViolations } from './helpers/axe';
import { expect, test, type Page } from '@playwright/test';
import { serializeProgress } from '../../src/quiz/srs/codec.ts';
import { syntheticProgress, TRUE_WEIGHTS } from '../unit/optimizer-synthetic.ts';
import { waitUntilAvailableOffline } from './helpers/service-worker.ts';

const PAGE = '/revision/cartes/';
const SRS = 'cours-conteneurs:v1:srs';
const SETTINGS = 'cours-conteneurs:v1:settings';

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Paramètres FSRS' })).toBeVisible();
}

async function optimize(page: Page) {
  await page.getByRole('button', { name: 'Optimiser mes paramètres' }).click();
  // Download, fit and evaluation: a few seconds, much longer on a busy machine.
  await expect(page.getByRole('heading', { name: 'Paramètres proposés' })).toBeVisible({ timeout: 240_000 });
  await expect(page.getByRole('heading', { name: 'Paramètres proposés' })).toBeFocused();
}

test('optimiser, comparer, appliquer, recharger, puis optimiser hors ligne', async ({ page, context }) => {
  test.setTimeout(600_000);
  await page.goto(PAGE);
  await waitUntilAvailableOffline(page);
  // About ten months of reviews of 120 cards, simulated from known parameters.
  const stored = serializeProgress(syntheticProgress(TRUE_WEIGHTS, 120, 300));
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [SRS, stored]);
  await page.reload();
  await openSettings(page);
  await expect(page.locator('#optimiseur-etat')).toHaveText(/^Paramètres utilisés\u00a0: ceux par défaut de FSRS-6\. \d[\d\s]* révisions utilisables/);
  await expect(page.getByText(/avant de pouvoir optimiser/)).toHaveCount(0);

  await optimize(page);
  const quality = page.getByRole('region', { name: 'Qualité de prédiction' });
  await expect(quality.getByRole('row', { name: /^Actuels 0,\d{4} \d+,\d %$/ })).toBeVisible();
  await expect(quality.getByRole('row', { name: /^Proposés 0,\d{4} \d+,\d %$/ })).toBeVisible();
  await expect(page.getByText('Ils prédisent mieux vos révisions passées que les paramètres actuels.')).toBeVisible();
  await page.getByText('Voir les 21 paramètres').click();
  const table = page.getByRole('region', { name: 'Paramètres actuels et proposés' });
  await expect(table.getByRole('row')).toHaveCount(22);
  await expect(table.getByRole('row', { name: /^w2 2,3065 \d+,\d{4}$/ })).toBeVisible();
  expect(await axeViolations(page, '.optimiseur')).toEqual([]);

  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Paramètres appliqués\. Les intervalles donnés à partir de maintenant les utilisent/ })).toBeVisible();
  const weights = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).srs.weights as number[], SETTINGS);
  expect(weights).toHaveLength(21);

  await page.reload();
  await openSettings(page);
  await expect(page.locator('#optimiseur-etat')).toHaveText(/^Paramètres utilisés\u00a0: les vôtres \(optimisés\)\./);
  expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).srs.weights as number[], SETTINGS)).toEqual(weights);

  // Offline: the page from the precache, the optimizer from the cache of its first use.
  await context.setOffline(true);
  try {
    await page.reload();
    await openSettings(page);
    await optimize(page);
    // The current parameters are now the learned ones.
    await page.getByText('Voir les 21 paramètres').click();
    await expect(page.getByRole('region', { name: 'Paramètres actuels et proposés' }).getByRole('row', { name: /^w2 / })).not.toHaveText(/2,3065/);
    await page.getByRole('button', { name: 'Revenir aux paramètres par défaut' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Paramètres par défaut rétablis' })).toBeVisible();
    expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).srs.weights ?? null, SETTINGS)).toBeNull();
  } finally {
    await context.setOffline(false);
  }
});

test('avec peu de révisions, le bouton est désactivé et dit combien il en manque', async ({ page }) => {
  await page.goto(PAGE);
  // A few cards over two weeks.
  const stored = serializeProgress(syntheticProgress(TRUE_WEIGHTS, 6, 14));
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [SRS, stored]);
  await page.reload();
  await openSettings(page);
  const button = page.getByRole('button', { name: 'Optimiser mes paramètres' });
  await expect(button).toBeDisabled();
  await expect(page.getByText(/^Encore \d+ révisions? avant de pouvoir optimiser \(il en faut 64\)\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revenir aux paramètres par défaut' })).toHaveCount(0);
});
