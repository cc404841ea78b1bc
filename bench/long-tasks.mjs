// Long tasks (> 50 ms) of a page's main thread at load, at CPU ×1 and ×4 (Chromium's throttling,
// as Lighthouse's mobile run), with what runs in each (scripts by URL, parse, style, layout),
// printed, never asserted: counts that depend less on the machine's load than timings do.
// The built site (dist/) and the plain Starlight baseline (bench/baseline/dist, if built) are
// served by nginx (bench/nginx.mjs) in Debian's Chromium. Each course page is loaded twice:
// with empty storage (as Lighthouse does) and with five years of daily study of every card plus
// every quiz question answered (bench/shared.mjs), so that real learners get a fast page too.
// `npx node bench/long-tasks.mjs [/revision/cartes/ …]` (LONG_TASKS_RATES=1,4 by default;
// LONG_TASKS_DEBUG=1 lists every event of more than 5 ms inside the long tasks). At ×1, a second
// list ranks the tasks by the main thread's CPU time ×4 instead of wall time: on a busy machine
// the wall time counts what other processes took, the CPU time does not.
import { existsSync } from 'node:fs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { chromium } from '@playwright/test';
import { serializeProgress } from '../src/quiz/srs/codec.ts';
import { createScheduler } from '../src/quiz/srs/scheduler.ts';
import { DEFAULT_SETTINGS } from '../src/quiz/srs/settings.ts';
import { courseStudyCards, fiveYears, seededGrades } from './shared.mjs';
import { serve } from './nginx.mjs';

const DAY = 86_400_000;
const PAGES = process.argv.slice(2).length ? process.argv.slice(2) : ['/revision/cartes/', '/revision/progression/'];
const RATES = (process.env.LONG_TASKS_RATES ?? '1,4').split(',').map(Number);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SETTLE_MS = 4_000;
// LONG_TASKS_CPU_MIN=20: the CPU list shows tasks from 20 ms (×4) on, to see every piece of work, not only the long ones.
const CPU_MIN_US = Number(process.env.LONG_TASKS_CPU_MIN ?? 50) * 1000;

/** Five years of study, ending now (fiveYears starts in January 2026: its stamps are shifted back). */
function realisticStorage() {
  const cards = courseStudyCards();
  const years = fiveYears(cards, createScheduler(DEFAULT_SETTINGS.retention), seededGrades(20260105));
  // Whole days, so that compacted stamps stay on their quantum and study days stay whole.
  const shift = Math.ceil((years.end - Date.now()) / DAY) * DAY;
  const moved = new Map();
  for (const [id, p] of years.progress) {
    const log = p.log.map((e) => ({ ...e, t: e.t - shift, ...(e.prev ? { prev: { ...e.prev, due: e.prev.due - shift, lr: e.prev.lr === null ? null : e.prev.lr - shift } } : {}) }));
    moved.set(id, { ...p, due: p.due - shift, lr: p.lr === null ? null : p.lr - shift, m: p.m - shift, log, ...(p.u ? { u: p.u.map((t) => t - shift) } : {}) });
  }
  const questions = readdirSync('src/content/quiz')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseYaml(readFileSync(join('src/content/quiz', f), 'utf8')).questions ?? []);
  const answers = Object.fromEntries(questions.map((q, i) => [q.id, { ok: i % 4 !== 0, at: Date.now() - (i % 30) * DAY }]));
  return {
    'cours-conteneurs:v1:srs': serializeProgress(moved),
    'cours-conteneurs:v1:quiz': JSON.stringify({ quizzes: {}, questions: answers, exams: [] }),
  };
}

/** The renderer main thread's top-level tasks longer than 50 ms, each with its heaviest parts. */
function longTasks(events, byCpu = false) {
  // The page's main thread: of the renderers' main threads, the one that parsed the most HTML.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const parsed = (m) => events.filter((x) => x.pid === m.pid && x.tid === m.tid && x.name === 'ParseHTML').reduce((n, x) => n + (x.dur ?? 0), 0);
  const main = mains.sort((a, b) => parsed(b) - parsed(a))[0];
  if (!main) return [];
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  // A task is long by its wall time (as Chromium reports it), or, with `byCpu`, when four times
  // the main thread's CPU time in it (`tdur`: what it really computed, not the time the busy
  // machine's other processes took from it) passes 50 ms, as Lighthouse's mobile CPU ×4 would see it.
  const tasks = mine.filter((e) => e.name === 'RunTask' && (byCpu ? (e.tdur ?? 0) * 4 > CPU_MIN_US : e.dur > 50_000)).sort((a, b) => a.ts - b.ts);
  return tasks.map((t) => {
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const parts = new Map();
    for (const e of inside) {
      const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.beginData?.url ?? '';
      const what = ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'EventDispatch', 'v8.parseOnBackground'].includes(e.name)
        ? `${e.name} ${url.replace(/^https?:\/\/[^/]+/, '')}`
        : ['ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'MajorGC', 'MinorGC', 'V8.GC_MC_TASK'].includes(e.name)
          ? e.name
          : null;
      if (process.env.LONG_TASKS_DEBUG && e.dur > 5000) console.log('      ', e.name, Math.round(e.dur / 1000), JSON.stringify(e.args).slice(0, 160));
      if (what) parts.set(what, Math.max(parts.get(what) ?? 0, byCpu ? (e.tdur ?? e.dur) * 4 : e.dur));
    }
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([w, d]) => `${w} ${Math.round(d / 1000)}`);
    return { ms: Math.round((byCpu ? (t.tdur ?? 0) * 4 : t.dur) / 1000), top };
  });
}

async function profile(browser, url, rate, storage) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  if (storage) await page.addInitScript((v) => {
    if (sessionStorage.getItem('bench-pose')) return;
    for (const [k, value] of Object.entries(v)) localStorage.setItem(k, value);
    sessionStorage.setItem('bench-pose', '1');
  }, storage);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const events = [];
  cdp.on('Tracing.dataCollected', (m) => events.push(...m.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8,toplevel', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS * rate);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const tasks = longTasks(events);
  const tbt = tasks.reduce((n, t) => n + t.ms - 50, 0);
  const cpu = rate === 1 ? longTasks(events, true) : null;
  return { tasks, tbt, cpu, cpuTbt: cpu?.reduce((n, t) => n + Math.max(0, t.ms - 50), 0) };
}

const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
// LONG_TASKS_DIST: another build of the course (an earlier one, to compare in the same run).
const sites = [['référence', 'bench/baseline/dist', false, ['/docker/volumes/']], ['cours', process.env.LONG_TASKS_DIST || 'dist', !process.env.LONG_TASKS_DIST, PAGES]];
const realistic = realisticStorage();
try {
  for (const [label, root, strict, pages] of sites) {
    if (!existsSync(root)) continue;
    const server = await serve(root, { strictCsp: strict });
    try {
      for (const path of pages) {
        for (const [store, storage] of label === 'cours' ? [['vide', null], ['5 ans', realistic]] : [['vide', null]]) {
          for (const rate of RATES) {
            const r = await profile(browser, `${server.origin}${path}`, rate, storage);
            console.log(`${label} ${path} [${store}] CPU ×${rate} : ${r.tasks.length} tâches longues, somme au-delà de 50 ms ${r.tbt} ms`);
            for (const t of r.tasks) console.log(`    ${String(t.ms).padStart(5)} ms  ${t.top.join(' | ')}`);
            if (!r.cpu) continue;
            // At ×1 only: the CPU time of each task, ×4 (see longTasks), steadier than the wall time on a shared machine.
            console.log(`${label} ${path} [${store}] temps CPU ×1 (fil principal) fois 4 : ${r.cpu.length} tâches de plus de ${CPU_MIN_US / 1000} ms, somme au-delà de 50 ms ${r.cpuTbt} ms`);
            for (const t of r.cpu) console.log(`    ${String(t.ms).padStart(5)} ms  ${t.top.join(' | ')}`);
          }
        }
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  await browser.close();
}
