// The command grader in the browser, as a learner on a phone meets it: curly quotes, a dash
// turned into « — », a final « ; » and an explicit default are accepted; a misspelt option is
// named in French, with the closest real one.
import { expect, test, type Locator, type Page } from '@playwright/test';

const quiz = (page: Page) => page.locator('section.quiz-section');
const feedback = (scope: Locator) => scope.locator('.quiz-status[role="status"]');

async function open(page: Page) {
  await page.goto('/docker/volumes/#q-docker-volumes-create');
  const section = quiz(page);
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 20_000 });
  return section;
}

test('une commande tapée sur un téléphone est lue comme la CLI la lirait', async ({ page }) => {
  const section = await open(page);
  const input = section.getByRole('textbox', { name: 'Votre commande' });
  await input.fill('docker volume create —driver local “db_data”;');
  await input.press('Enter');
  await expect(feedback(section)).toContainText('Bonne réponse');
});

test('une option mal orthographiée est nommée, avec la plus proche', async ({ page }) => {
  const section = await open(page);
  const input = section.getByRole('textbox', { name: 'Votre commande' });
  await input.fill('docker volume create --drivre local db_data');
  await input.press('Enter');
  await expect(feedback(section)).toContainText('Mauvaise réponse');
  await expect(feedback(section)).toContainText('Option inconnue de docker volume create : --drivre (vouliez-vous dire --driver ?).');
});
