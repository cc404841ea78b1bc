// Flashcard figures (issues 5 and 10), printed, never asserted:
//   - hearing another tab's change at 5,000 cards (budget 5 ms) and the deck list (budget 5 ms);
//   - five years of daily study of the whole course (every card of src/content/cards): bytes per
//     card after compaction (budget 300) and the size of the store (well under 1 MB);
//   - building the study queue for 5,000 cards with 50,000 log entries (budget 20 ms);
//   - one grade plus persist, through the storage slot (budget 5 ms);
//   - stored bytes per reviewed card, log included (budget 300);
//   - gzip bytes of the script /revision/cartes/ loads before « Parcourir » is opened (budget 90 KB).
// The header badge's share of a page's script is measured by bench/first-load.mjs.
// The engine runs as it is: Node strips the types of src/quiz (imports carry their `.ts`).
// `node bench/srs.mjs` alone reads an existing build (dist/, or BENCH_DIST).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createSlot } from '../src/quiz/storage.ts';
import { serializeProgress } from '../src/quiz/srs/codec.ts';
import { noteOf } from '../src/quiz/srs/ids.ts';
import { buildQueue, deckCounts } from '../src/quiz/srs/queue.ts';
import { createProgressStore, progressSlotOptions } from '../src/quiz/srs/store.ts';
import { createScheduler, gradeCard } from '../src/quiz/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/quiz/srs/settings.ts';
import { courseStudyCards, cpuMs, fiveYears, modulesFrom, seededGrades, time } from './shared.mjs';

const DIST = process.env.BENCH_DIST || 'dist';
const CARDS = 5000;
const ENTRIES = 50_000;
const DAY = 86_400_000;

const gradeOf = seededGrades(20250101);

/** A course of 5,000 cards: notes of one card, reversed pairs and clozes of two or three. */
function courseCards() {
  const cards = [];
  for (let n = 0; cards.length < CARDS; n++) {
    const id = `chapitre-${n % 10}-notion-numero-${n}`;
    const kind = n % 10;
    const ids = kind < 5 ? [id] : kind < 7 ? [id, `${id}:r`] : [`${id}:c1`, `${id}:c2`, `${id}:c3`].slice(0, 2 + (n % 2));
    for (const cid of ids) if (cards.length < CARDS) cards.push({ id: cid, note: noteOf(cid), deck: `chapitre-${n % 10}` });
  }
  return cards;
}

/** Months of study until the log holds 50,000 answers: 25 new cards a day, every review done, learning steps finished. */
function simulate(cards, f) {
  const progress = new Map();
  let entries = 0;
  let next = 0;
  let t = Date.UTC(2025, 0, 6, 7);
  while (entries < ENTRIES) {
    const day = t;
    for (const c of cards) {
      if (entries >= ENTRIES) break;
      let p = progress.get(c.id);
      if (!p) {
        if (next >= cards.length || cards[next] !== c || next >= ((day - Date.UTC(2025, 0, 6, 7)) / DAY + 1) * 25) continue;
        next += 1;
      } else if (p.due > day + 12 * 3_600_000) continue;
      let now = Math.max(day, p?.due ?? day);
      do {
        p = gradeCard(f, c.id, p, gradeOf(), now);
        entries += 1;
        now = p.due;
      } while (p.st !== 2 && entries < ENTRIES);
      progress.set(c.id, p);
    }
    t += DAY;
  }
  return { progress, now: t };
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const distPath = (url) => join(DIST, decodeURI(url.split(/[?#]/)[0]));

const f = createScheduler(DEFAULT_SETTINGS.retention);
const cards = courseCards();
const { progress, now } = simulate(cards, f);
const logEntries = [...progress.values()].reduce((n, p) => n + p.log.length, 0);

const queueTime = time(() => buildQueue(cards, progress, DEFAULT_SETTINGS, now), 50);

// One grade and its persistence, as the store does it: a new Map, the slot's save (cached records, one re-encoded).
const memory = new Map();
const storage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) };
const records = new WeakMap();
const slot = createSlot({ key: 'cours-conteneurs:v1:srs', ...progressSlotOptions(records), storage, events: null });
const tabA = createProgressStore({ slot, records, now: () => now });
slot.save({ progress, gen: 0 });
tabA.refresh();
const ids = [...progress.keys()];
// A grade as the page commits it: read the stored text, merge (one record differs at most), grade, write.
const gradeTime = time((i = 0) => {
  const id = ids[(i * 7919) % ids.length];
  tabA.commit((card) => [[id, gradeCard(f, id, card(id), 3, now + i * 60_000)]], now + i * 60_000);
}, 200);
const storedBytes = memory.get('cours-conteneurs:v1:srs').length;

// Another tab hears the change: tab B holds the same progress; tab A grades one card; B merges.
const recordsB = new WeakMap();
const slotB = createSlot({ key: 'cours-conteneurs:v1:srs', ...progressSlotOptions(recordsB), storage, events: null });
const tabB = createProgressStore({ slot: slotB, records: recordsB, now: () => now });
tabB.refresh();
let k = 0;
const mergeSamples = [];
for (let i = 0; i < 100; i++) {
  const id = ids[(k++ * 104729) % ids.length];
  const t = now + 86_400_000 + k * 60_000;
  tabA.commit((card) => [[id, gradeCard(f, id, card(id), 3, t)]], t);
  const text = memory.get('cours-conteneurs:v1:srs');
  // A browser hands each tab its own copy of the stored string.
  memory.set('cours-conteneurs:v1:srs', (' ' + text).slice(1));
  const t0 = cpuMs();
  tabB.hear(text);
  mergeSamples.push(cpuMs() - t0);
}
mergeSamples.sort((a, b) => a - b);
const merge = { min: mergeSamples[0], median: mergeSamples[50], p95: mergeSamples[95] };
const agree = serializeProgress(tabA.get().progress) === serializeProgress(tabB.get().progress);

const deckTime = time(() => deckCounts(cards, tabA.get().progress, DEFAULT_SETTINGS, now), 50);

const course = courseStudyCards();
const years = fiveYears(course, f, gradeOf);
const fiveText = serializeProgress(years.progress);
const perCard = fiveText.length / course.length;

const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;
const verdict = (value, budget) => (value <= budget ? 'dans le budget' : 'BUDGET DÉPASSÉ');
console.log('Cartes de révision : mesures (temps processeur de ce processus, la machine pouvant être partagée)');
console.log(`  données simulées          ${cards.length} cartes, ${logEntries} entrées de journal`);
const ms = (t) => `${t.median.toFixed(2)} ms (min ${t.min.toFixed(2)}, p95 ${t.p95.toFixed(2)})`;
console.log(`  file d’étude              ${ms(queueTime)} ; budget 20 ms, ${verdict(queueTime.median, 20)}`);
console.log(`  une note + enregistrement ${ms(gradeTime)} ; budget 5 ms, ${verdict(gradeTime.median, 5)}`);
console.log(`  fusion d’un autre onglet  ${ms(merge)} à ${progress.size} cartes ; budget 5 ms, ${verdict(merge.median, 5)}${agree ? '' : ' (ONGLETS EN DÉSACCORD)'}`);
console.log(`  liste des paquets         ${ms(deckTime)} à ${cards.length} cartes ; budget 5 ms, ${verdict(deckTime.median, 5)}`);
console.log(`  octets par carte révisée  ${(storedBytes / progress.size).toFixed(0)} o (${kb(storedBytes)} pour ${progress.size} cartes ; budget 300 o, ${verdict(storedBytes / progress.size, 300)})`);
console.log(`  cinq ans d’étude du cours ${course.length} cartes, ${years.answers} réponses : ${perCard.toFixed(0)} o par carte (budget 300 o, ${verdict(perCard, 300)}), stockage ${kb(fiveText.length)} (budget : bien moins de 1 Mo)`);

const page = join(DIST, 'revision/cartes/index.html');
if (!existsSync(page)) {
  console.log(`  JavaScript de la page     (pas de build dans ${DIST}/ : lancez npm run build)`);
} else {
  const html = readFileSync(page, 'utf8');
  const entries = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<astro-island[^>]*?\s(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<astro-island[^>]*?\srenderer-url="([^"]+)"/g)].map((m) => m[1]),
  ];
  const modules = modulesFrom(entries);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
  const bytes = modules.reduce((n, u) => n + gz(readFileSync(distPath(u))), 0) + inline.reduce((n, s) => n + gz(Buffer.from(s)), 0);
  console.log(`  JavaScript de la page     ${kb(bytes)} gzip avant « Parcourir » (${modules.length} modules, ${inline.length} scripts en ligne ; budget 90 Ko, ${verdict(bytes, 90 * 1024)})`);
}
