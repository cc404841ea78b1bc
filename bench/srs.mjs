// Flashcard figures (issue 5), printed, never asserted:
//   - building the study queue for 5,000 cards with 50,000 log entries (budget 20 ms);
//   - one grade plus persist, through the storage slot (budget 5 ms);
//   - stored bytes per reviewed card, log included (budget 300);
//   - gzip bytes of the script /revision/cartes/ loads before « Parcourir » is opened (budget 90 KB),
//     and of the header badge's script (budget 2 KB).
// The engine runs as it is: Node strips the types of src/quiz (imports carry their `.ts`).
// `node bench/srs.mjs` alone reads an existing build (dist/, or BENCH_DIST).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createSlot } from '../src/quiz/storage.ts';
import { parseProgress, serializeProgress } from '../src/quiz/srs/codec.ts';
import { noteOf } from '../src/quiz/srs/ids.ts';
import { buildQueue } from '../src/quiz/srs/queue.ts';
import { createScheduler, gradeCard } from '../src/quiz/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/quiz/srs/settings.ts';

const DIST = process.env.BENCH_DIST || 'dist';
const CARDS = 5000;
const ENTRIES = 50_000;
const DAY = 86_400_000;

/** Deterministic pseudo-random numbers. */
let seed = 20250101;
const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
const gradeOf = () => {
  const r = random();
  return r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.93 ? 3 : 4;
};

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

function time(fn, runs) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { min: samples[0], median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)] };
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const distPath = (url) => join(DIST, decodeURI(url.split(/[?#]/)[0]));

/** JS modules loaded from entry URLs, following static imports only (dynamic imports load later). */
function modulesFrom(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || !existsSync(distPath(url))) continue;
    seen.add(url);
    const code = readFileSync(distPath(url), 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      queue.push(m[1].startsWith('.') ? posix.join(posix.dirname(url), m[1]) : m[1]);
    }
  }
  return [...seen];
}

const f = createScheduler(DEFAULT_SETTINGS.retention);
const cards = courseCards();
const { progress, now } = simulate(cards, f);
const logEntries = [...progress.values()].reduce((n, p) => n + p.log.length, 0);

const queueTime = time(() => buildQueue(cards, progress, DEFAULT_SETTINGS, now), 50);

// One grade and its persistence, as the store does it: a new Map, the slot's save (cached records, one re-encoded).
const memory = new Map();
const storage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) };
const records = new WeakMap();
const slot = createSlot({
  key: 'cours-conteneurs:v1:srs',
  version: 1,
  parse: parseProgress,
  empty: () => new Map(),
  serialize: (p) => serializeProgress(p, records),
  storage,
  events: null,
});
let state = progress;
slot.save(state);
const ids = [...progress.keys()];
const gradeTime = time((i = 0) => {
  const id = ids[(i * 7919) % ids.length];
  const next = new Map(state);
  next.set(id, gradeCard(f, id, state.get(id), 3, now + i * 60_000));
  slot.save(next);
  state = next;
}, 200);
const storedBytes = memory.get('cours-conteneurs:v1:srs').length;

const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;
const verdict = (value, budget) => (value <= budget ? 'dans le budget' : 'BUDGET DÉPASSÉ');
console.log('Cartes de révision : mesures');
console.log(`  données simulées          ${cards.length} cartes, ${logEntries} entrées de journal`);
const ms = (t) => `${t.median.toFixed(2)} ms (min ${t.min.toFixed(2)}, p95 ${t.p95.toFixed(2)})`;
console.log(`  file d’étude              ${ms(queueTime)} ; budget 20 ms, ${verdict(queueTime.median, 20)}`);
console.log(`  une note + enregistrement ${ms(gradeTime)} ; budget 5 ms, ${verdict(gradeTime.median, 5)}`);
console.log(`  octets par carte révisée  ${(storedBytes / progress.size).toFixed(0)} o (${kb(storedBytes)} pour ${progress.size} cartes ; budget 300 o, ${verdict(storedBytes / progress.size, 300)})`);

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
  const badgeEntry = [...html.matchAll(/<script[^>]*\ssrc="([^"]*DueBadge[^"]*)"/g)].map((m) => m[1]);
  if (badgeEntry.length) {
    const badge = modulesFrom(badgeEntry);
    const badgeBytes = badge.reduce((n, u) => n + gz(readFileSync(distPath(u))), 0);
    console.log(`  badge de l’en-tête        ${kb(badgeBytes)} gzip (${badge.length} modules ; budget 2 Ko, ${verdict(badgeBytes, 2048)})`);
  }
}
