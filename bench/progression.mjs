// « Ma progression » (issue 13), printed, never asserted:
//   - the time to compute the page (mastery of every section and chapter, the five weakest, the
//     exam plan with its FSRS predictions for an exam 90 days away) for every card of the course
//     after five simulated years of daily study (bench/shared.mjs), every question answered;
//   - the gzip bytes of the script /revision/progression/ loads, and of its course data (JSON).
// `node bench/progression.mjs` alone reads an existing build (dist/, or BENCH_DIST).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { examPlan } from '../src/quiz/progress/exam-plan.ts';
import { computeMastery, weakestSections } from '../src/quiz/progress/mastery.ts';
import { dayOf } from '../src/quiz/srs/day.ts';
import { createScheduler } from '../src/quiz/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/quiz/srs/settings.ts';
import { courseStudyCards, fiveYears, modulesFrom, seededGrades, time } from './shared.mjs';

const DIST = process.env.BENCH_DIST || 'dist';
const DAY = 86_400_000;
const f = createScheduler(DEFAULT_SETTINGS.retention);

// The course as the page gets it (titles do not matter here).
const cards = courseStudyCards();
const questions = readdirSync('src/content/quiz')
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => parseYaml(readFileSync(join('src/content/quiz', file), 'utf8')).questions ?? []);
const sectionList = [...new Set([...questions.map((q) => q.section), ...cards.map((c) => c.section)])];
const chapterIds = [...new Set(sectionList.map((s) => s.split('/')[1]))];
const index = new Map(sectionList.map((s, i) => [s, i]));
const course = {
  chapters: chapterIds.map((id) => ({ id, label: id })),
  sections: sectionList.map((path) => ({ path, title: path, page: path, chapter: chapterIds.indexOf(path.split('/')[1]), deck: null })),
  questions: questions.map((q) => [q.id, index.get(q.section)]),
  cards: cards.map((c) => [c.id, index.get(c.section)]),
};

const years = fiveYears(cards, f, seededGrades(20260105));
const now = years.end;
const answers = Object.fromEntries(questions.map((q, i) => [q.id, { ok: i % 4 !== 0, at: now - (i % 30) * DAY }]));
const exam = new Date((dayOf(now).key + 90) * DAY).toISOString().slice(0, 10);
const settings = { ...DEFAULT_SETTINGS, examDate: exam };

const mastery = time(() => weakestSections(computeMastery(course, answers, years.progress, f.parameters.w, now)), 20);
const plan = time(() => examPlan(course, years.progress, settings, f, now), 10);
const ms = (t) => `${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, p95 ${t.p95.toFixed(1)})`;
console.log('Ma progression : mesures (temps processeur)');
console.log(`  après cinq ans d’étude    ${cards.length} cartes, ${questions.length} questions, ${sectionList.length} sections`);
console.log(`  maîtrise et priorités     ${ms(mastery)}`);
console.log(`  plan d’examen (à 90 j)    ${ms(plan)} ; page entière ≈ ${(mastery.median + plan.median).toFixed(1)} ms`);

const page = join(DIST, 'revision/progression/index.html');
if (!existsSync(page)) {
  console.log(`  JavaScript de la page     (pas de build dans ${DIST}/ : lancez npm run build)`);
} else {
  const html = readFileSync(page, 'utf8');
  const gz = (buf) => gzipSync(buf, { level: 9 }).length;
  const entries = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<astro-island[^>]*?\s(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
  ];
  const modules = modulesFrom(entries, DIST);
  const bytes = modules.reduce((n, u) => n + gz(readFileSync(join(DIST, decodeURI(u.split(/[?#]/)[0])))), 0);
  // The course outline is the hashed data file the island fetches (src/lib/data-files.ts).
  const dataFile = /courseUrl&quot;:\[0,&quot;([^&]+)&quot;/.exec(html)?.[1];
  const data = dataFile && existsSync(join(DIST, dataFile)) ? readFileSync(join(DIST, dataFile), 'utf8') : '';
  console.log(`  JavaScript de la page     ${(bytes / 1024).toFixed(1)} Ko gzip (${modules.length} modules) ; données du cours ${(gz(Buffer.from(data)) / 1024).toFixed(1)} Ko gzip (${(data.length / 1024).toFixed(0)} Ko)`);
}
