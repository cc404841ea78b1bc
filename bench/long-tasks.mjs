// Long tasks (> 50 ms) of a page's load, and what runs in them, at CPU ×1 and ×4 (CDP
// Emulation.setCPUThrottlingRate, as Lighthouse's simulated ×4): the built site and the plain
// Starlight baseline (bench/baseline/dist) served by nginx (bench/nginx.mjs), traced in the
// same run so that the machine's load weighs on both alike. Counts and the JS profile say where
// the main thread goes, which a timing alone cannot on a shared machine.
// `npx node bench/long-tasks.mjs [/revision/quiz/ …]` (LONG_TASKS_RATES=1,4, LONG_TASKS_WAIT=6000 ms,
// LONG_TASKS_AVANT=chemin/dist to compare with another build).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './nginx.mjs';

const PAGES = process.argv.slice(2).length ? process.argv.slice(2) : ['/revision/quiz/', '/revision/examen/', '/docker/volumes/'];
const RATES = (process.env.LONG_TASKS_RATES ?? '1,4').split(',').map(Number);
// After `load`: client:idle islands hydrate, data files arrive, idle-time work runs.
const WAIT = Number(process.env.LONG_TASKS_WAIT) || 6000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];

const short = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/_astro\//, '') : '');

/** What an event is, in a few words: its kind and the script it runs. */
function label(e) {
  const d = e.args?.data ?? {};
  switch (e.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
    case 'CompileScript':
      return `${e.name} ${short(d.url ?? d.fileName ?? e.args?.fileName)}`;
    case 'FunctionCall':
      return `FunctionCall ${short(d.url)}${d.functionName ? ` ${d.functionName}` : ''}`;
    case 'EventDispatch':
      return `EventDispatch ${d.type ?? ''}`;
    case 'TimerFire':
    case 'FireIdleCallback':
    case 'FireAnimationFrame':
      return e.name;
    default:
      return e.name;
  }
}

/** The renderer main thread of the page: the CrRendererMain that parsed our HTML. */
function mainThread(events, origin) {
  const parsers = events.filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(origin));
  const e = parsers[0] ?? events.find((x) => x.name === 'ParseHTML');
  return e ? `${e.pid}:${e.tid}` : null;
}

/** Self time of the sampled JS functions between two timestamps (µs), by function and by script. */
function profileIn(profile, from, to) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFn = new Map();
  const byUrl = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    if (t < from || t > to) continue;
    const frame = nodes.get(profile.samples[i])?.callFrame;
    if (!frame) continue;
    const fn = `${frame.functionName || '(anonyme)'} ${short(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    const url = short(frame.url) || frame.functionName;
    byFn.set(fn, (byFn.get(fn) ?? 0) + next);
    byUrl.set(url, (byUrl.get(url) ?? 0) + next);
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).filter(([, v]) => v >= 2000);
  return { fns: top(byFn, 6), urls: top(byUrl, 5) };
}

/** Self times (CPU, `tdur`) of the events inside a task, grouped by what they are. */
function selfTimes(events, count = 6) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const cpu = (e.tdur ?? e.dur) / 1000;
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? 0) - cpu);
    self.set(e, (self.get(e) ?? 0) + cpu);
    stack.push(e);
  }
  const byLabel = new Map();
  for (const [e, ms] of self) {
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
    byLabel.set(label(e), (byLabel.get(label(e)) ?? 0) + ms);
  }
  return [...byLabel].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1).slice(0, count);
}

async function trace(browser, origin, path, rate) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  const page = await context.newPage();
  // Every script the page loads in the traced time, with its size (uncompressed): a count that load does not change.
  const scripts = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => b.length, () => 0));
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(WAIT);
  const buffer = await browser.stopTracing();
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  const parsed = JSON.parse(buffer.toString());
  const all = parsed.traceEvents ?? parsed;
  const thread = mainThread(all, origin);
  const events = all.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X');
  const tasks = events.filter((e) => e.name === 'RunTask');
  // CPU time of the thread (tdur) rather than wall time: on a shared machine a task's wall time
  // is mostly waiting for a core. At ×1, a task over 12.5 ms of CPU is a long task at ×4.
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const long = tasks.filter((e) => cpu(e) * 4 > 50);
  const nav = all.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === thread)?.ts ?? tasks[0]?.ts ?? 0;
  const rows = long.map((task) => {
    const end = task.ts + task.dur;
    const inside = events.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end);
    return {
      at: Math.round((task.ts - nav) / 1000),
      ms: Math.round(task.dur / 1000),
      cpu: Math.round(cpu(task)),
      what: selfTimes(inside),
      js: profileIn(profile, task.ts, end),
    };
  });
  // Blocking time as Lighthouse counts it at ×4 (beyond 50 ms per task), from the CPU time at ×1.
  const blocking = tasks.reduce((s, t) => s + Math.max(0, cpu(t) * 4 - 50), 0);
  // Where the CPU of the whole load goes (every task, long or not): scripts by file, style, layout…
  const totals = selfTimes(events.filter((e) => e.ts >= nav), 14);
  const sizes = await Promise.all(scripts);
  const js = { files: sizes.length, kb: sizes.reduce((a, b) => a + b, 0) / 1024 };
  return { rows, blocking, busy: tasks.reduce((s, t) => s + cpu(t), 0), totals, js };
}

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const sites = [['cours', 'dist', true]];
  if (existsSync('bench/baseline/dist')) sites.push(['starlight', 'bench/baseline/dist', false]);
  // LONG_TASKS_AVANT=../other/dist: another build of the course (before a change), in the same run.
  if (process.env.LONG_TASKS_AVANT) sites.unshift(['avant', process.env.LONG_TASKS_AVANT, false]);
  const servers = await Promise.all(sites.map(([, root, strictCsp]) => serve(root, { strictCsp })));
  try {
    for (const rate of RATES) {
      for (const [s, [name]] of sites.entries()) {
        for (const path of PAGES) {
          if ((await fetch(`${servers[s].origin}${path}`)).status === 404) continue;
          const r = await trace(browser, servers[s].origin, path, rate);
          console.log(
            `\n## ${name} ${path} — CPU ×${rate} : ${r.rows.length} tâche(s) longue(s) à ×4, blocage estimé à ×4 ${Math.round(r.blocking)} ms, CPU des tâches ${Math.round(r.busy)} ms`,
          );
          console.log(`  JS chargé : ${r.js.files} fichiers, ${r.js.kb.toFixed(1)} Ko (non compressés)`);
          console.log(`  CPU par activité : ${r.totals.map(([what, ms]) => `${what.trim()} ${Math.round(ms)}`).join(' · ')}`);
          for (const row of r.rows) {
            console.log(`  - à ${row.at} ms : ${row.cpu} ms de CPU (${row.ms} ms d’horloge)`);
            for (const [what, ms] of row.what) console.log(`      ${Math.round(ms)} ms  ${what}`);
            for (const [fn, us] of row.js.fns) console.log(`      js ${Math.round(us / 1000)} ms (horloge)  ${fn}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.stop()));
  }
}

await main();
