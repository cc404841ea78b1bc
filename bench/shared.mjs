// What the benchmarks share: processor time of a call, the JS modules a built page loads, and
// five years of daily study of the whole course (bench/srs.mjs: stored size; bench/progression.mjs:
// time to compute « Ma progression »).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { noteOf } from '../src/quiz/srs/ids.ts';
import { gradeCard } from '../src/quiz/srs/scheduler.ts';
import { tidy } from '../src/quiz/srs/store.ts';

const DAY = 86_400_000;

/**
 * Processor time of this process (user + system), not wall-clock time: on a machine shared with
 * other jobs, the wall clock counts their work too. The median and p95 of `runs` calls.
 */
export const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
export function time(fn, runs) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    fn(i);
    samples.push(cpuMs() - t0);
  }
  samples.sort((a, b) => a - b);
  return { min: samples[0], median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)] };
}

/** JS modules loaded from entry URLs, following static imports only (dynamic imports load later). */
export function modulesFrom(entries, dist = process.env.BENCH_DIST || 'dist') {
  const distPath = (url) => join(dist, decodeURI(url.split(/[?#]/)[0]));
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

/** Deterministic grades: 10 % « À revoir », 10 % « Difficile », 73 % « Correct », 7 % « Facile ». */
export function seededGrades(seed) {
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  return () => {
    const r = random();
    return r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.93 ? 3 : 4;
  };
}

/** Every study card of src/content/cards, in deck-file order: id, note, deck, section. */
export function courseStudyCards() {
  const dir = 'src/content/cards';
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const deck = file.replace(/\.yaml$/, '');
    for (const c of parseYaml(readFileSync(join(dir, file), 'utf8')).cards ?? []) {
      const ids =
        c.type === 'reversed' ? [c.id, `${c.id}:r`] : c.type === 'cloze' ? [...new Set([...String(c.text).matchAll(/\{\{c(\d+)::/g)].map((m) => `${c.id}:c${m[1]}`))] : [c.id];
      for (const id of ids) out.push({ id, note: noteOf(id), deck, section: c.section });
    }
  }
  return out;
}

/** Five years of daily study of `course` from 5 January 2026: 20 new cards a day, every review done, grades from `gradeOf`. */
export function fiveYears(course, f, gradeOf) {
  const start = new Date(2026, 0, 5, 8).getTime();
  const end = start + 5 * 365 * DAY;
  const p = new Map();
  let introduced = 0;
  let answers = 0;
  for (let day = start; day < end; day += DAY) {
    let fresh = 0;
    for (const c of course) {
      let card = p.get(c.id);
      if (!card) {
        if (fresh >= 20) continue;
        fresh += 1;
        introduced += 1;
      } else if (card.due > day + 12 * 3_600_000) continue;
      let t = Math.max(day, card?.due ?? day);
      do {
        card = gradeCard(f, c.id, card, gradeOf(), t);
        answers += 1;
        t = Math.max(t + 60_000, card.due);
      } while (card.st !== 2);
      p.set(c.id, card);
    }
  }
  return { progress: tidy(p, end).progress, answers, introduced, end };
}
