// « Ma progression » (/revision/progression/) in Chromium: a quiz answer and a graded card show
// up; the empty state; the exam date set in « Réglages » gives the countdown and the plan;
// « Suivre le plan » changes the new cards a session offers; axe-core in both themes at 375 and
// 1280 px (with every part of the page filled), without sideways scroll.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { answerSomehow } from './helpers/quiz';
import { axeInEveryView, type View } from './helpers/axe';

const PAGE = '/revision/progression/';
const QUIZ = 'cours-conteneurs:v1:quiz';
const SETTINGS = 'cours-conteneurs:v1:settings';
const DAY = 86_400_000;

test.use({ timezoneId: 'Europe/Paris' });
// Several pages and islands per test, on a machine that may be busy.
test.describe.configure({ timeout: 180_000 });

/** The local date of the study day `days` after today's (a study day starts at 04:00), as YYYY-MM-DD. */
const studyDate = (page: Page, days: number) =>
  page.evaluate((n) => {
    const d = new Date(Date.now() - 4 * 3_600_000);
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);

async function hydrated(page: Page) {
  await expect(page.locator('.prog-app')).toBeVisible({ timeout: 30_000 });
}

async function seed(page: Page, values: Record<string, unknown>) {
  await page.addInitScript((v) => {
    if (sessionStorage.getItem('progression-posee')) return;
    for (const [k, value] of Object.entries(v)) localStorage.setItem(k, JSON.stringify(value));
    sessionStorage.setItem('progression-posee', '1');
  }, values);
}

test('sans aucune donnée : un état vide qui dit quoi faire, sans le plan du cours ni le calcul ; la première réponse, d’un autre onglet, les fait venir', async ({ page, context }) => {
  // The empty page needs neither the outline (donnees/cours-….json) nor ts-fsrs (engine chunk).
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const heavy = () => fetched.filter((p) => /\/donnees\/cours-|\/engine\./.test(p));
  await page.goto(PAGE);
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Pas encore de progression' })).toBeVisible();
  await expect(page.getByText(/Répondez à un quiz ou révisez des cartes/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'les réglages des cartes' })).toBeVisible();
  expect(heavy()).toEqual([]);

  // An answer saved in another tab: this one fetches what it needs and shows the chapters.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate((key) => {
    localStorage.setItem(key, JSON.stringify({ quizzes: {}, questions: { 'docker-premiers-pas-ps-tous': { ok: true, at: Date.now() } }, exams: [] }));
  }, QUIZ);
  await expect(page.getByRole('heading', { name: 'Par chapitre' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Pas encore de progression' })).toHaveCount(0);
  expect(heavy()).toHaveLength(2);
});

test('les étapes réussies du terminal d’entraînement apparaissent, scénario par scénario', async ({ page }) => {
  const at = Date.now() - DAY;
  await seed(page, { 'cours-conteneurs:v1:terminal': { scenarios: { 'niveau-1': { 'lancer-nginx': at, 'supprimer-web': at } } } });
  await page.goto(PAGE);
  await hydrated(page);
  const terminal = page.locator('section[aria-labelledby="prog-terminal"]');
  await expect(terminal.getByRole('listitem').filter({ hasText: 'Niveau 1' })).toContainText('2 / 6 étapes (en cours)');
  await expect(terminal.getByRole('listitem').filter({ hasText: 'Niveau 2' })).toContainText('(pas commencé)');
  await expect(terminal.getByRole('link', { name: /Niveau 1/ })).toHaveAttribute('href', /\/pratique\/travaux-pratiques\/#niveau-1/);
});

test('une réponse à un quiz et une carte notée apparaissent dans « Ma progression »', async ({ page }) => {
  await page.goto('/introduction/pourquoi-les-conteneurs/');
  const section = page.locator('section.quiz-section');
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 30_000 });
  await answerSomehow(section);
  const status = section.locator('.quiz-status[role="status"]');
  await expect(status).toContainText(/(Bonne|Mauvaise) réponse/);
  const ok = /Bonne réponse/.test((await status.textContent()) ?? '');

  await page.goto('/revision/cartes/?paquet=introduction');
  await expect(page.getByRole('region', { name: 'Question' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Réponse' })).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: '« Correct »' })).toBeVisible();

  await page.goto(PAGE);
  await hydrated(page);
  const intro = page.locator('details.prog-chapitre').filter({ hasText: 'Introduction' });
  const summary = intro.locator('summary');
  await expect(summary).toContainText(new RegExp(`Quiz\\s*\\d+\\s%\\s\\(réponses justes\u00a0: ${ok ? 1 : 0} sur \\d+, dernière à l’instant\\)`));
  // The card just graded: studied, recalled today for sure.
  await expect(summary).toContainText(/Cartes\s*rappel 100\s%\s\(1\sétudiée, \d+ jamais étudiées\)/);
  // Its sections, in the disclosure, with the three links.
  await summary.click();
  const first = intro.locator('.prog-sections > li').filter({ hasText: /1\sétudiée/ }).first();
  await expect(first).toBeVisible();
  await expect(first.getByRole('link', { name: /^Relire la section/ })).toHaveAttribute('href', /^\/introduction\/pourquoi-les-conteneurs\/#/);
  await expect(first.getByRole('link', { name: /cartes? de la section/ })).toHaveAttribute('href', /^\/revision\/cartes\/\?paquet=introduction&section=%2Fintroduction%2F/);
  // « À revoir en priorité » lists the sections started.
  const priorities = page.locator('.prog-priorites > li');
  await expect(priorities.first()).toBeVisible();
  expect(await priorities.count()).toBeLessThanOrEqual(5);
});

test('la date d’examen, enregistrée dans « Réglages », donne le compte à rebours et le plan par chapitre', async ({ page }) => {
  await page.goto('/revision/cartes/?vue=reglages');
  const date = page.getByLabel('Date de l’examen (facultative)');
  await expect(date).toBeVisible({ timeout: 30_000 });
  const in30 = await studyDate(page, 30);
  await date.fill(in30);
  await page.getByRole('button', { name: 'Enregistrer la date' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Date de l’examen enregistrée' })).toContainText('examen dans 30');
  // A past date is refused, the saved one kept.
  await date.fill(await studyDate(page, -2));
  await page.getByRole('button', { name: 'Enregistrer la date' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'elle est passée' })).toBeVisible();

  await page.goto(PAGE);
  await hydrated(page);
  await expect(page.locator('.prog-compte')).toContainText('Examen dans 30\u00a0j');
  // 30 days: every card at least 7 days before, over 24 days.
  await expect(page.getByText(/Pour avoir étudié chaque carte au moins 7\s?jours avant l’examen\u00a0: \d+\snouvelles cartes par jour pendant 24\sjours/)).toBeVisible();
  const table = page.getByRole('table', { name: /Par chapitre, le jour de l’examen/ });
  await expect(table.getByRole('rowheader', { name: 'Docker', exact: true })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Tout le cours' })).toContainText(/aucune carte étudiée d’ici là|jamais vues/);
});

test('« Suivre le plan » change le nombre de nouvelles cartes proposées', async ({ page }) => {
  await page.goto('/');
  const exam = await studyDate(page, 20);
  await seed(page, { [SETTINGS]: { srs: { newPerDay: 3, reviewsPerDay: 200, retention: 0.9, examDate: exam } } });
  const counts = page.getByRole('list', { name: 'Cartes restantes aujourd’hui' });

  await page.goto('/revision/cartes/?paquet=tous');
  await expect(counts).toHaveText(/Nouvelles 3\b/, { timeout: 30_000 });

  await page.goto(PAGE);
  await hydrated(page);
  const help = await page.locator('#suivre-le-plan-aide').textContent();
  const planned = Number(help!.match(/proposent alors (\d+) nouvelle/)![1]);
  expect(planned).toBeGreaterThan(3);
  await page.getByRole('checkbox', { name: 'Suivre le plan' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Plan suivi.' })).toBeVisible();

  await page.goto('/revision/cartes/?paquet=tous');
  await expect(counts).toHaveText(new RegExp(`Nouvelles ${planned}\\b`), { timeout: 30_000 });
  // Unchecked (in « Réglages »): back to the setting.
  await page.goto('/revision/cartes/?vue=reglages');
  await page.getByRole('checkbox', { name: 'Suivre le plan' }).uncheck();
  await page.goto('/revision/cartes/?paquet=tous');
  await expect(counts).toHaveText(/Nouvelles 3\b/, { timeout: 30_000 });
});

/** Answers to real questions of two chapters, three exams, an exam date in 40 days. */
async function fullData(page: Page) {
  const ids = (chapter: string) => (yaml.load(readFileSync(`src/content/quiz/${chapter}.yaml`, 'utf8')) as { questions: { id: string }[] }).questions.map((q) => q.id);
  await page.goto('/');
  const now = Date.now();
  const questions: Record<string, { ok: boolean; at: number }> = {};
  ids('introduction').slice(0, 8).forEach((id, i) => (questions[id] = { ok: i % 3 !== 0, at: now - i * DAY }));
  ids('docker').slice(0, 10).forEach((id, i) => (questions[id] = { ok: i % 2 === 0, at: now - (i + 2) * 3_600_000 }));
  const exam = (n: number, correct: number) => ({
    id: `e${n}@${n}`, at: now - (10 - n * 3) * DAY, seed: `e${n}`, count: 20, correct, durationMs: 600_000, limitMinutes: 30, timedOut: false,
    chapters: [{ chapter: 'docker', label: 'Docker', correct: Math.floor(correct / 2), total: 10 }, { chapter: 'compose', label: 'Compose', correct: Math.ceil(correct / 2), total: 10 }],
  });
  await seed(page, {
    [QUIZ]: { quizzes: {}, questions, exams: [exam(0, 9), exam(1, 13), exam(2, 16)] },
    [SETTINGS]: { srs: { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, examDate: await studyDate(page, 40) } },
  });
}

test('axe : « Ma progression » remplie, thème clair et sombre, à 375 et 1280 px, sans défilement de côté', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await fullData(page);
  await page.goto(PAGE);
  await hydrated(page);
  await expect(page.getByRole('img', { name: 'Score des examens blancs' })).toBeVisible();
  // Open a chapter and the exam table, so that axe sees them too.
  await page.locator('details.prog-chapitre summary').first().click();
  await page.getByText('Tableau des examens blancs').click();
  await expect(page.getByRole('table', { name: /Examens blancs : date, score/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Examens blancs/ }).getByRole('row')).toHaveCount(4);
  const check = async ({ theme, width }: View) => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    if (process.env.PROGRESSION_SCREENSHOTS) await page.screenshot({ path: `${process.env.PROGRESSION_SCREENSHOTS}/progression-${theme}-${width}.png`, fullPage: true });
  };
  expect(await axeInEveryView(page, { check })).toEqual([]);
});


test('axe : « Date de l’examen » et « Suivre le plan » dans « Réglages », thème clair et sombre, à 375 et 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/');
  await seed(page, { [SETTINGS]: { srs: { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, examDate: await studyDate(page, 12) } } });
  await page.goto('/revision/cartes/?vue=reglages');
  const form = page.getByRole('form', { name: 'Date de l’examen' });
  await expect(form).toBeVisible({ timeout: 30_000 });
  await expect(form).toContainText('Examen dans 12\u00a0j');
  await expect(form.getByRole('checkbox', { name: 'Suivre le plan' })).not.toBeChecked();
  const check = async ({ theme, width }: View) => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    if (process.env.PROGRESSION_SCREENSHOTS) await form.screenshot({ path: `${process.env.PROGRESSION_SCREENSHOTS}/reglages-${theme}-${width}.png` });
  };
  expect(await axeInEveryView(page, { check })).toEqual([]);
});

