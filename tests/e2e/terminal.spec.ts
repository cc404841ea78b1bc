// The « Terminal d’entraînement » (issue 15): level 1 of the TP done with the keyboard only,
// offline after one visit, at phone and desktop widths; the progress found again after a reload;
// the free mode (here-document, editor, link of a command not simulated); axe in both themes with
// the terminal open; no sideways scroll at 320 px.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitUntilAvailableOffline } from './helpers/service-worker';
import { axeInEveryView } from './helpers/axe';

const TP = '/pratique/travaux-pratiques/';

/** The launcher of a scenario (or of the free mode). */
const launcher = (page: Page, id: string) => page.locator(`.terminal-launcher[data-terminal="${id}"]`);

/** Opens the terminal from the keyboard: focus on « Ouvrir le terminal », Enter. */
async function openWithKeyboard(page: Page, id: string): Promise<Locator> {
  const box = launcher(page, id);
  await box.getByRole('button', { name: 'Ouvrir le terminal' }).focus();
  await page.keyboard.press('Enter');
  const field = box.getByRole('textbox', { name: /Commande/ });
  // The first opening downloads the island (from the service worker's cache when offline).
  await expect(field).toBeFocused({ timeout: 30_000 });
  return box;
}

/** Types a command line in the focused field and runs it, then waits until the field is empty again. */
async function type(page: Page, box: Locator, line: string) {
  await expect(box.getByRole('textbox', { name: /Commande|here-document/ })).toBeFocused();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(box.getByRole('textbox', { name: /Commande|here-document/ })).toHaveValue('');
}

const step = (box: Locator, goal: RegExp) => box.getByRole('listitem').filter({ hasText: goal });

for (const width of [375, 1280]) {
  test(`niveau 1 au clavier seul, hors ligne, à ${width} px, puis la progression retrouvée après rechargement`, async ({ page, context }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(TP);
    await waitUntilAvailableOffline(page);
    await context.setOffline(true);

    const box = await openWithKeyboard(page, 'niveau-1');
    const log = box.getByRole('log');
    await expect(box.getByRole('heading', { name: 'Étapes : 0 / 6 réussies' })).toBeVisible();

    await type(page, box, 'docker run -d --name web -p 8080:80 nginx:1.30');
    await expect(step(box, /nommé web tourne/)).toContainText('Réussie');
    await expect(box.getByRole('status').filter({ hasText: 'Étape 1 réussie' })).toBeVisible();
    await type(page, box, 'curl http://localhost:8080');
    await expect(log).toContainText('Welcome to nginx!');

    // Tab completion: the subcommand, then the container's name.
    await page.keyboard.type('docker sto');
    await page.keyboard.press('Tab');
    await expect(box.getByRole('textbox', { name: /Commande/ })).toHaveValue('docker stop ');
    await page.keyboard.type('we');
    await page.keyboard.press('Tab');
    await expect(box.getByRole('textbox', { name: /Commande/ })).toHaveValue('docker stop web ');
    await page.keyboard.press('Enter');
    await type(page, box, 'docker rm web');
    await expect(step(box, /web est arrêté puis supprimé/)).toContainText('Réussie');

    // History: ↑ brings back the last command.
    await page.keyboard.press('ArrowUp');
    await expect(box.getByRole('textbox', { name: /Commande/ })).toHaveValue('docker rm web');
    await page.keyboard.press('Control+c');
    await expect(box.getByRole('textbox', { name: /Commande/ })).toHaveValue('');

    await type(page, box, 'cd tp1');
    await expect(box.getByText('etudiant@tp:~/tp/tp1$', { exact: false }).last()).toBeVisible();
    await type(page, box, 'docker run -d --name website -v "$PWD/website:/usr/share/nginx/html" -p 8081:80 --rm nginx:1.30-alpine');
    await expect(step(box, /montage lié/)).toContainText('Réussie');
    await type(page, box, 'docker build -t mon-site:1.0 .');
    await expect(step(box, /mon-site:1.0 est construite/)).toContainText('Réussie');
    await type(page, box, 'docker stop website');
    await type(page, box, 'docker run -d --name mon-site -p 8081:80 mon-site:1.0');
    await expect(step(box, /nommé mon-site tourne/)).toContainText('Réussie');
    await type(page, box, 'curl http://localhost:8081');
    await expect(log).toContainText('Bonjour depuis un conteneur');
    await type(page, box, 'docker rm -f mon-site');
    await type(page, box, 'docker rmi mon-site:1.0');
    await expect(box.getByRole('heading', { name: 'Étapes : 6 / 6 réussies' })).toBeVisible();
    await expect(box.getByRole('status').filter({ hasText: 'Scénario terminé' })).toBeVisible();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    // Reloaded, still offline: the progress and the session are still there.
    await page.reload();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('cours-conteneurs:v1:terminal') ?? '{}'));
    expect(Object.keys(stored.scenarios['niveau-1'])).toHaveLength(6);
    const again = await openWithKeyboard(page, 'niveau-1');
    await expect(again.getByRole('heading', { name: 'Étapes : 6 / 6 réussies' })).toBeVisible();
    await expect(again.getByRole('log')).toContainText('Session reprise');
  });
}

// Online only: these tests do not need the service worker, whose precache would only take the
// machine's processor from them.
test.describe('en ligne', () => {
  test.use({ serviceWorkers: 'block' });

  test('mode libre : here-document, éditeur, lien vers le cours d’une commande non simulée, session gardée', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/pratique/terminal/');
    const box = await openWithKeyboard(page, 'libre');
    const log = box.getByRole('log');
    await expect(log).toContainText('Docker simulé, vide');

    await type(page, box, "cat > notes.txt <<'EOF'");
    await expect(box.getByRole('textbox', { name: /here-document/ })).toBeFocused();
    await type(page, box, 'première ligne');
    await type(page, box, 'EOF');
    await type(page, box, 'cat notes.txt');
    await expect(log).toContainText('première ligne');

    await page.keyboard.type('nano notes.txt');
    await page.keyboard.press('Enter');
    const editor = box.getByRole('textbox', { name: 'Contenu de notes.txt' });
    await expect(editor).toHaveValue('première ligne\n');
    await editor.fill('première ligne\ndeuxième ligne\n');
    await box.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(log).toContainText('notes.txt enregistré (2 lignes).');
    await type(page, box, 'cat notes.txt');
    await expect(log).toContainText('deuxième ligne');

    // Not simulated: a French message and a real link to the course, never HTML from the output.
    await type(page, box, 'docker swarm init');
    await expect(log).toContainText('n’est pas simulée ici');
    await expect(log.getByRole('link').last()).toHaveAttribute('href', /^\/[a-z-]+\//);

    await page.reload();
    const again = await openWithKeyboard(page, 'libre');
    await type(page, again, 'ls');
    await expect(again.getByRole('log')).toContainText('notes.txt');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('pas de défilement horizontal de la page à 320 px, terminal ouvert', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(TP);
    const box = await openWithKeyboard(page, 'niveau-1');
    await type(page, box, 'docker run -d --name web -p 8080:80 nginx:1.30');
    await type(page, box, 'docker ps');
    await box.getByRole('button', { name: 'Couper les lignes longues' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('axe : terminal ouvert, thème clair et sombre, à 375 et 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(TP);
    const box = await openWithKeyboard(page, 'niveau-1');
    await type(page, box, 'docker run -d --name web -p 8080:80 nginx:1.30');
    await expect(step(box, /nommé web tourne/)).toContainText('Réussie');
    await box.getByText('Indice').first().click();
    expect(await axeInEveryView(page, { include: '.terminal-launcher' })).toEqual([]);
  });
});
