// The flashcards (/revision/cartes/) as a learner uses them in Chromium, by roles and French
// names: a session from the keyboard, undo, reload, the browser's fuzzy search, statistics,
// export / import, a refused import, a corrupt store, the header badge, and axe-core.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { axeInEveryView } from './helpers/axe';
import { courseData } from './helpers/data';

const PAGE = '/revision/cartes/';
const SRS = 'cours-conteneurs:v1:srs';
const SETTINGS = 'cours-conteneurs:v1:settings';

/** Starts with small daily limits, so that a whole session fits in a test. */
async function withLimits(page: Page, newPerDay: number) {
  await page.addInitScript(
    ([key, n]) => {
      if (!sessionStorage.getItem('limites-posees')) {
        localStorage.setItem(key as string, JSON.stringify({ srs: { newPerDay: n, reviewsPerDay: 200, retention: 0.9 } }));
        sessionStorage.setItem('limites-posees', '1');
      }
    },
    [SETTINGS, newPerDay],
  );
}

const counts = (page: Page) => page.getByRole('list', { name: 'Cartes restantes aujourd’hui' });
const question = (page: Page) => page.getByRole('region', { name: 'Question' });
const answer = (page: Page) => page.getByRole('region', { name: 'Réponse' });

async function expectCounts(page: Page, n: number, l: number, r: number) {
  await expect(counts(page)).toHaveText(new RegExp(`Nouvelles ${n}.*En cours ${l}.*À réviser ${r}`));
}

/** Reveals and grades the card on screen from the keyboard; returns the question's text. */
async function gradeWithKeys(page: Page, key: '1' | '2' | '3' | '4') {
  await expect(question(page)).toBeVisible();
  const text = (await question(page).textContent()) ?? '';
  await page.keyboard.press('Space');
  await expect(answer(page)).toBeFocused();
  await page.keyboard.press(key);
  return text;
}

test('une séance entière au clavier, jusqu’à l’écran de fin', async ({ page }) => {
  await withLimits(page, 3);
  // The deck list does without the cards' file; « Étudier » fetches it (slowly here): the focus
  // waits for the session and lands on its heading, not on a « Chargement » that goes away.
  await page.route('**/donnees/cartes-*.json', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto(PAGE);
  const study = page.getByRole('button', { name: 'Étudier : Introduction' });
  await expect(study).toBeEnabled({ timeout: 30_000 });
  await study.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Révision : Introduction' })).toBeFocused();
  await expect(page).toHaveURL(/\?paquet=introduction$/);
  await expectCounts(page, 3, 0, 0);

  // The front only, then « Afficher la réponse » with Enter: the answer appears and takes the focus.
  await expect(question(page)).toBeVisible();
  await expect(answer(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Afficher la réponse/ })).toBeVisible();
  await page.locator('body').press('Enter');
  await expect(answer(page)).toBeFocused();
  // Each grade shows its interval.
  const grades = page.getByRole('group', { name: 'Votre réponse' });
  await expect(grades.getByRole('button', { name: /^À revoir 1 min/ })).toBeVisible();
  await expect(grades.getByRole('button', { name: /^Difficile 6 min/ })).toBeVisible();
  await expect(grades.getByRole('button', { name: /^Correct 10 min/ })).toBeVisible();
  await expect(grades.getByRole('button', { name: /^Facile \d+ j/ })).toBeVisible();
  const first = await question(page).textContent();
  await page.keyboard.press('1'); // « À revoir »: back in a minute
  await expect(page.getByRole('status').filter({ hasText: '« À revoir » : cette carte reviendra dans 1 minute.' })).toBeVisible();
  await expectCounts(page, 2, 1, 0);
  await expect(question(page)).toBeFocused();

  await gradeWithKeys(page, '4');
  await gradeWithKeys(page, '4');
  // No new card left today: the learning card comes back early (Anki's learn-ahead), twice.
  await expectCounts(page, 0, 1, 0);
  expect(await gradeWithKeys(page, '3')).toBe(first);
  expect(await gradeWithKeys(page, '3')).toBe(first);

  const end = page.getByRole('heading', { name: 'Bravo, c’est fini pour aujourd’hui !' });
  await expect(end).toBeFocused();
  await expect(page.getByText(/Les prochaines cartes de ce paquet arrivent demain\./)).toBeVisible();
  await expect(page.getByText(/La limite de 3 nouvelles cartes par jour est atteinte/)).toBeVisible();
  await expectCounts(page, 0, 0, 0);
});

test('des touches enchaînées vite notent chaque carte une fois, celle qui est affichée', async ({ page }) => {
  await page.goto(`${PAGE}?paquet=kubernetes`);
  await expect(question(page)).toBeVisible();
  // Space, 3, 3 without waiting: one card answered « Correct », the second 3 falls on a question and does nothing.
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await page.keyboard.press('3');
  await expectCounts(page, 19, 1, 0);
  // Space twice is « show », then « Correct » (Anki).
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expectCounts(page, 18, 2, 0);
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SRS))!).c as Record<string, string>;
  expect(Object.values(stored).map((r) => r.split('~').length - 1)).toEqual([1, 1]);
});

test('« Annuler » reprend les notes une à une, et l’état enregistré redevient celui d’avant', async ({ page }) => {
  await page.goto(`${PAGE}?paquet=docker`);
  await expectCounts(page, 20, 0, 0);
  const before = await page.evaluate((k) => localStorage.getItem(k), SRS);
  const first = await gradeWithKeys(page, '3');
  const afterFirst = await page.evaluate((k) => localStorage.getItem(k), SRS);
  const second = await gradeWithKeys(page, '1');
  await expectCounts(page, 18, 2, 0);

  await page.keyboard.press('u');
  await expect(page.getByRole('status').filter({ hasText: 'Note « À revoir » annulée : la carte revient.' })).toBeVisible();
  await expect(question(page)).toHaveText(second);
  await expect(answer(page)).toHaveCount(0);
  await expectCounts(page, 19, 1, 0);
  // The stored record of the first card is untouched, the second's is back to "never studied".
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SRS))!).c as Record<string, string>;
  const firstStored = JSON.parse(afterFirst!).c as Record<string, string>;
  const firstId = Object.keys(firstStored)[0]!;
  expect(stored[firstId]).toBe(firstStored[firstId]);
  expect(Object.values(stored).filter((r) => r.includes('~'))).toHaveLength(1);

  await page.keyboard.press('Control+z');
  await expect(question(page)).toHaveText(first);
  await expectCounts(page, 20, 0, 0);
  expect(before).toBeNull();
  const none = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), SRS))!).c as Record<string, string>;
  expect(Object.values(none).some((r) => r.includes('~'))).toBe(false);
  await expect(page.getByRole('button', { name: /^Annuler/ })).toBeDisabled();
});

test('un rechargement garde la progression', async ({ page }) => {
  await page.goto(`${PAGE}?paquet=fondations`);
  await gradeWithKeys(page, '1');
  await gradeWithKeys(page, '4');
  await expectCounts(page, 18, 1, 0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Révision : Fondations' })).toBeVisible();
  await expectCounts(page, 18, 1, 0);
  // The deck list agrees.
  await page.getByRole('navigation', { name: 'Cartes de révision' }).getByRole('link', { name: 'Paquets' }).click();
  const row = page.getByRole('row', { name: /^Fondations \d/ });
  await expect(row.getByRole('cell')).toHaveText(['18', '1', '0', /Étudier/]);
});

test('« Parcourir » trouve une carte par un mot mal orthographié, et fuse.js n’est chargé qu’à l’ouverture', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(PAGE);
  await expect(page.getByRole('button', { name: 'Étudier : Tous les paquets' })).toBeEnabled();
  const before = scripts.length;
  expect(scripts.some((u) => /Browser/.test(u))).toBe(false);
  await page.getByRole('link', { name: 'Parcourir' }).click();
  const search = page.getByRole('searchbox', { name: 'Rechercher une carte' });
  await expect(search).toBeVisible();
  expect(scripts.slice(before).some((u) => /Browser/.test(u))).toBe(true);
  await search.fill('namspace réseu');
  const list = page.getByRole('list', { name: 'Cartes trouvées' });
  await expect(list.getByRole('listitem').first()).toContainText(/namespace/i);
  await expect(page.getByText(/cartes? trouvées?/)).toBeVisible();

  // Filtered by deck and state; suspended from here, said in words.
  await page.getByRole('combobox', { name: 'Paquet' }).selectOption({ label: 'Fondations' });
  const item = list.getByRole('listitem').first();
  await item.getByRole('button', { name: /^Suspendre/ }).click();
  await expect(item).toContainText('Suspendue');
  await page.getByRole('combobox', { name: 'État' }).selectOption({ label: 'Suspendues' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('button', { name: /^Réactiver/ }).click();
  await expect(page.getByText('Aucune carte ne correspond.')).toBeVisible();
});

/** Cards studied from a deck, as the course counts them: a reversed entry is two cards, a cloze one per hole number. */
function studiedCards(deck: string): number {
  const { cards } = yaml.load(readFileSync(`src/content/cards/${deck}.yaml`, 'utf8')) as { cards: { type: string; text?: string }[] };
  return cards.reduce((n, c) => n + (c.type === 'reversed' ? 2 : c.type === 'cloze' ? new Set(c.text!.match(/\{\{c(\d+)::/g)).size : 1), 0);
}

test('les statistiques s’affichent après quelques révisions', async ({ page }) => {
  await page.goto(`${PAGE}?paquet=docker`);
  for (const key of ['3', '4', '1'] as const) await gradeWithKeys(page, key);
  await page.getByRole('link', { name: 'Statistiques' }).click();
  await expect(page.getByRole('heading', { name: 'Statistiques', level: 2 })).toBeFocused();
  await expect(page.getByText(/3\s+révisions aujourd’hui/)).toBeVisible();
  await expect(page.getByText(/Série\u00a0: 1 jour de révision d’affilée/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Prévision des révisions sur 30 jours/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Révisions par jour sur les 12 derniers mois/ })).toBeVisible();
  await expect(page.getByText(/Rétention réelle/)).toBeVisible();
  // « Correct » and « À revoir » leave two cards in learning, « Facile » one in review.
  const total = studiedCards('docker');
  const docker = page.getByRole('row', { name: /^Docker \d/ });
  await expect(docker.getByRole('cell')).toHaveText([String(total - 3), '2', '1', '0', String(total)]);
});

test('export puis import : la progression revient à l’identique', async ({ page }) => {
  await page.goto(`${PAGE}?paquet=compose`);
  for (const key of ['3', '1', '4'] as const) await gradeWithKeys(page, key);
  const stored = await page.evaluate((k) => localStorage.getItem(k), SRS);
  await page.getByRole('link', { name: 'Réglages' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ma progression' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cours-conteneurs-progression-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(file)).toMatchObject({ format: 'cours-conteneurs/progression', version: 1, exportedAt: expect.any(Number), quiz: { quizzes: {}, questions: {} } });

  // A fresh start, then the import.
  await page.evaluate((k) => localStorage.removeItem(k), SRS);
  await page.reload();
  await page.getByLabel(/^Importer une progression/).setInputFiles({ name: 'sauvegarde.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText(/Sauvegarde du .* \(sauvegarde complète\)\u00a0: 3 cartes, 3 révisions, 0 quiz, 0 réponse aux questions, 0 étape du terminal d’entraînement\. Vous avez aujourd’hui 0 carte étudiée\./)).toBeVisible();
  await page.getByRole('button', { name: 'Fusionner' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Progression fusionnée\u00a0: 3 cartes, 3 révisions/ })).toBeVisible();
  // The same records, each stamped with the time of the import (its last change).
  const strip = (text: string | null) => Object.fromEntries(Object.entries(JSON.parse(text!).c as Record<string, string>).map(([id, r]) => [id, r.split('~')[0]!.split(',').slice(0, 9).join(',') + r.slice(r.indexOf('~'))]));
  expect(strip(await page.evaluate((k) => localStorage.getItem(k), SRS))).toEqual(strip(stored));
  await page.goto(`${PAGE}?paquet=compose`);
  // « Correct » and « À revoir » left two cards in learning, « Facile » one in review (due in days).
  await expectCounts(page, 17, 2, 0);
});

test('« Remplacer » restaure tous les réglages de la sauvegarde : limites, date d’examen, « Suivre le plan »', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole('link', { name: 'Réglages' }).click();
  const exam = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const file = JSON.stringify({
    format: 'cours-conteneurs/progression',
    version: 1,
    exportedAt: Date.now() - 60_000,
    cartes: { settings: { newPerDay: 7, reviewsPerDay: 150, retention: 0.85, examDate: exam, followPlan: true }, cards: {} },
    quiz: { quizzes: {}, questions: {}, exams: [] },
  });
  await page.getByLabel(/^Importer une progression/).setInputFiles({ name: 'sauvegarde.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Remplacer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Progression remplacée/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Date de l’examen/ })).toHaveValue(exam);
  await expect(page.getByLabel(/Nouvelles cartes par jour/)).toHaveValue('7');
  await expect(page.getByRole('checkbox', { name: /Suivre le plan/ })).toBeChecked();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('cours-conteneurs:v1:settings')!).srs);
  expect(stored).toMatchObject({ newPerDay: 7, reviewsPerDay: 150, retention: 0.85, examDate: exam, followPlan: true });
});

test('un import invalide est refusé et ne change rien', async ({ page }) => {
  await page.goto(`${PAGE}?paquet=docker`);
  await gradeWithKeys(page, '3');
  const stored = await page.evaluate((k) => localStorage.getItem(k), SRS);
  await page.goto(`${PAGE}?vue=reglages`);
  const input = page.getByLabel(/^Importer une progression/);
  for (const [content, error] of [
    ['ceci n’est pas une sauvegarde', /Import refusé\u00a0: Ce fichier n’est pas une sauvegarde de Cours Conteneurs\. \(Ce n’est pas du JSON valide\.\) Votre progression n’a pas changé\./],
    [JSON.stringify({ format: 'cours-conteneurs/cartes', version: 1, exportedAt: Date.now(), settings: { newPerDay: 20, reviewsPerDay: 200, retention: 0.9 }, cards: { '<img src=x onerror=alert(1)>': {} } }), /Identifiant de carte invalide\u00a0: «\u202f<img src=x onerror=alert\(1\)>\u202f»/],
  ] as const) {
    await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert').filter({ hasText: error })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remplacer', exact: true })).toHaveCount(0);
  }
  // The hostile id is shown as text, never as an element.
  await expect(page.locator('.cartes-app img')).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), SRS)).toBe(stored);
});

test('un stockage corrompu est mis de côté, signalé, et la copie se télécharge', async ({ page }) => {
  const corrupt = '{"c":{"docker-x":"pas un enregistrement"}';
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('corrompu')) {
        localStorage.setItem(k!, v!);
        sessionStorage.setItem('corrompu', '1');
      }
    },
    [SRS, corrupt],
  );
  await page.goto(PAGE);
  const alert = page.getByRole('alert').filter({ hasText: /Impossible de lire votre progression des cartes de révision/ });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Une copie a été mise de côté');
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:copie`), SRS)).toBe(corrupt);
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Télécharger la copie' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(corrupt);
  // The app starts clean and works.
  await expect(page.getByRole('row', { name: /^Tous les paquets/ }).getByRole('cell').first()).toHaveText('20');
  await alert.getByRole('button', { name: /^Fermer/ }).click();
  await expect(alert).toHaveCount(0);
  await page.getByRole('button', { name: 'Étudier : Docker', exact: true }).click();
  await gradeWithKeys(page, '3');
  expect(await page.evaluate((k) => localStorage.getItem(k), SRS)).toMatch(/^\{"c":\{"docker-/);
});

test('l’export pour Anki : un fichier par type de note, à tabulations, avec les en-têtes d’Anki', async ({ page }) => {
  await page.goto(`${PAGE}?vue=reglages`);
  const files: Record<string, string> = {};
  for (const name of ['Basique', 'Basique (et carte inversée)', 'Texte à trous']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Exporter pour Anki les notes ${name}`, exact: true }).click()]);
    files[name] = readFileSync((await download.path())!, 'utf8');
    expect(files[name]!.split('\n').slice(0, 5)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#deck column:4', '#tags column:5']);
    expect(files[name]).not.toContain('#notetype');
  }
  expect(files.Basique).toMatch(/\ncours-conteneurs-docker-[a-z0-9-]+\t/);
  expect(files.Basique).toContain('\tCours Conteneurs::Docker\tcours-conteneurs docker');
  expect(files['Basique (et carte inversée)']).toMatch(/\ncours-conteneurs-inversee-[a-z0-9-]+\t/);
  expect(files['Basique (et carte inversée)']).not.toMatch(/:r\t/);
  expect(files['Texte à trous']).toMatch(/\ncours-conteneurs-trous-[a-z0-9-]+\t[^\t]*\{\{c1::/);
  expect(files['Texte à trous']).toContain('\tCours Conteneurs::L’écosystème\tcours-conteneurs ecosysteme');
});

test('un lien ?carte= montre une seule carte, sans la noter', async ({ page }) => {
  const id = (await courseData<{ id: string; deck: string }>(page.request, 'cartes')).find((c) => c.deck === 'kubernetes')!.id;
  await page.goto(`${PAGE}?carte=${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { name: 'Carte du paquet Kubernetes' })).toBeVisible();
  await page.getByRole('button', { name: /Afficher la réponse/ }).click();
  await expect(answer(page)).toBeFocused();
  await expect(page.getByRole('group', { name: 'Votre réponse' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Relire la section/ })).toHaveAttribute('href', /^\/kubernetes\//);
});

test('le badge de l’en-tête compte les cartes à réviser aujourd’hui, sur toutes les pages', async ({ page }) => {
  await page.goto('/docker/images/');
  const badge = page.getByRole('banner').getByRole('link', { name: /à réviser aujourd’hui/ });
  await expect(badge).toBeHidden();
  await page.goto(`${PAGE}?paquet=docker`);
  await gradeWithKeys(page, '1');
  await gradeWithKeys(page, '2');
  // The badge follows the store on the flashcards page itself…
  await expect(page.getByRole('banner').getByRole('link', { name: '2 cartes à réviser aujourd’hui' })).toBeVisible();
  // …and on any page.
  await page.goto('/docker/images/');
  await expect(page.getByRole('banner').getByRole('link', { name: '2 cartes à réviser aujourd’hui' })).toHaveAttribute('href', '/revision/cartes/?paquet=tous');
});

// axe-core: the deck list, a card's front and back, the statistics, in both themes, phone and desktop.
const VIEWS = {
  'liste des paquets': async (page: Page) => {
    await page.goto(PAGE);
    await expect(page.getByRole('button', { name: 'Étudier : Tous les paquets' })).toBeEnabled();
  },
  'recto d’une carte': async (page: Page) => {
    await page.goto(`${PAGE}?paquet=dockerfile`);
    await expect(question(page)).toBeVisible();
  },
  'verso d’une carte': async (page: Page) => {
    await page.goto(`${PAGE}?paquet=dockerfile`);
    await page.getByRole('button', { name: /Afficher la réponse/ }).click();
    await expect(answer(page)).toBeFocused();
  },
  statistiques: async (page: Page) => {
    await page.goto(`${PAGE}?paquet=docker`);
    await gradeWithKeys(page, '3');
    await gradeWithKeys(page, '1');
    await page.goto(`${PAGE}?vue=statistiques`);
    await expect(page.getByRole('img', { name: /Prévision/ })).toBeVisible();
  },
};

for (const [name, open] of Object.entries(VIEWS)) {
  test(`axe : ${name}, thème clair et sombre, à 375 et 1280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await open(page);
    expect(await axeInEveryView(page)).toEqual([]);
  });
}

test.describe('sur un écran tactile (375 px)', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  test('les boutons de note ne montrent pas de touches de clavier, et « Ctrl K » de l’en-tête garde son style', async ({ page }) => {
    await page.goto(`${PAGE}?paquet=docker`);
    await page.getByRole('button', { name: /Afficher la réponse/ }).click();
    const grades = page.getByRole('group', { name: 'Votre réponse' });
    await expect(grades.getByRole('button')).toHaveCount(4);
    await expect(grades.locator('kbd').first()).toBeHidden();
    await expect(page.getByText('Raccourcis clavier')).toBeHidden();
  });
});

test('avec un clavier, les touches restent indiquées, sans changer le « Ctrl K » de l’en-tête', async ({ page }) => {
  await page.goto(`${PAGE}?paquet=docker`);
  await page.getByRole('button', { name: /Afficher la réponse/ }).click();
  await expect(page.getByRole('group', { name: 'Votre réponse' }).locator('kbd').first()).toBeVisible();
  await expect(page.getByText('Raccourcis clavier')).toBeVisible();
  // The header's search shortcut keeps Starlight's size (cards.css no longer restyles every kbd).
  const size = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).fontSize);
  await page.goto('/docker/volumes/');
  const elsewhere = await size('header kbd');
  await page.goto(`${PAGE}?paquet=docker`);
  expect(await size('header kbd')).toBe(elsewhere);
});

test('à 320 px, la page des cartes ne défile pas de côté, et la liste des paquets tient en entier', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(PAGE);
  const table = page.getByRole('region', { name: /Tableau : cartes à étudier/ });
  await expect(table).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Every « Étudier » whole inside the table's box (not « Étud » cut at its edge), nothing to scroll.
  await expect(table.getByRole('button', { name: /^Étudier/ }).first()).toBeEnabled();
  expect(await table.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  const right = await table.evaluate((box) => box.getBoundingClientRect().right);
  for (const edge of await table.getByRole('button', { name: /^Étudier/ }).evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().right))) {
    expect(edge).toBeLessThanOrEqual(right);
  }
  await expect(page.getByText('Faites défiler le tableau')).toHaveCount(0);
});
