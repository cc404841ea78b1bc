// Answering a quiz question without knowing its answer, the one way every end-to-end test does
// it: first option, first choice, `docker ps` as a command (wrong on the volumes page), the
// first answer of each association, the ordering as dealt; then the check button.
import { expect, type Locator } from '@playwright/test';

export async function answerSomehow(scope: Locator, button: string | RegExp = /^(Vérifier|Valider)$/) {
  const fieldset = scope.locator('fieldset');
  // The questions arrive from their data file once the island is hydrated.
  await expect(fieldset.first()).toBeVisible({ timeout: 30_000 });
  const radios = fieldset.getByRole('radio');
  const boxes = fieldset.getByRole('checkbox');
  const selects = fieldset.getByRole('combobox');
  const command = fieldset.getByRole('textbox', { name: 'Votre commande' });
  if (await radios.count()) await radios.first().check();
  else if (await boxes.count()) await boxes.first().check();
  else if (await command.count()) await command.fill('docker ps');
  else if (await selects.count()) {
    for (const select of await selects.all()) await select.selectOption({ index: 1 });
  }
  await scope.getByRole('button', { name: button }).click();
}
