// Lighthouse (npm `lighthouse`, mobile, default simulated throttling) on the course and on a plain
// Starlight site holding the same chapter (bench/baseline/), both built, served gzip by Debian's
// nginx with deploy/nginx.conf, in Debian's Chromium with the project's flags. Three runs per
// page, the median one kept (Lighthouse's own choice). Prints a table; never fails.
// Alone: `npx node bench/lighthouse.mjs` (LIGHTHOUSE_RUNS, LIGHTHOUSE_PAGES narrow it down;
// LIGHTHOUSE_COMPARE=<dist of another build> measures it too, as « avant »).
// Goals: perf ≥ 0.95, TBT ≤ 150 ms, accessibility, best practices and SEO at 1.
import { execFile, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { serve } from './nginx.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS) || 3;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const BASELINE = 'bench/baseline';

const COURSE_PAGES = ['/', '/docker/volumes/', '/revision/quiz/', '/revision/examen/', '/revision/cartes/', '/revision/progression/'];
const BASELINE_PAGES = ['/', '/docker/volumes/'];
// LIGHTHOUSE_PAGES=/revision/cartes/,/revision/examen/ measures only these (of both sites).
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(',');
const chosen = (pages) => (ONLY ? pages.filter((p) => ONLY.includes(p)) : pages);

/** The baseline: the chapter copied in, built with the project's Astro. */
function buildBaseline() {
  const dir = `${BASELINE}/src/content/docs/docker`;
  const built = `${BASELINE}/dist/docker/volumes/index.html`;
  // Already built from the same page: keep it (a build takes a minute or two).
  if (existsSync(built) && statSync(built).mtimeMs > statSync('src/content/docs/docker/volumes.mdx').mtimeMs) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('src/content/docs/docker/volumes.mdx', `${dir}/volumes.mdx`);
  execSync(`npx astro build --root ${BASELINE}`, { stdio: 'ignore' });
}

/** One Lighthouse run: the parsed report (lhr). A run that fails to trace (NO_NAVSTART, on a busy
 * machine) is run again, twice at most. */
async function lighthouseOnce(url, attempt = 1) {
  const cli = require.resolve('lighthouse/cli/index.js');
  let stdout;
  try {
    ({ stdout } = await run(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${FLAGS}`,
      ],
      { env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
    ));
  } catch (error) {
    stdout = /** @type {{ stdout?: string }} */ (error).stdout ?? '';
  }
  let lhr = null;
  try {
    lhr = JSON.parse(stdout);
  } catch {
    // no report at all
  }
  if (lhr && !lhr.runtimeError) return lhr;
  if (attempt < 3) return lighthouseOnce(url, attempt + 1);
  throw new Error(`Lighthouse a échoué trois fois sur ${url} : ${lhr?.runtimeError?.code ?? 'pas de rapport'}`);
}

const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');

async function measure(origin, path) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(`${origin}${path}`));
  const lhr = computeMedianRun(runs);
  // The median report, to read where the time goes (bench/results/ is not committed).
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/lighthouse-${new URL(origin).port}${path.replace(/\W+/g, '-')}.json`, JSON.stringify(lhr));
  const score = (id) => lhr.categories[id]?.score;
  const failed = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  return {
    perf: score('performance'),
    tbt: lhr.audits['total-blocking-time'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
    failed,
  };
}

const n = (v, d = 2) => (v === undefined || v === null ? '—' : v.toFixed(d));
const ms = (v) => `${Math.round(v)} ms`;
const WIDTH = 30;
const failures = [];

/** Measures each page of a site, printing its row as soon as it is known (a run takes minutes). */
async function measureSite(label, root, pages, strictCsp) {
  const server = await serve(root, { strictCsp });
  try {
    for (const path of pages) {
      const status = (await fetch(`${server.origin}${path}`)).status;
      if (status === 404) continue;
      const page = `${label} ${path}`;
      let r;
      try {
        r = await measure(server.origin, path);
      } catch (error) {
        console.log(`    ${page.padEnd(WIDTH)} | ${String(/** @type {Error} */ (error).message)}`);
        continue;
      }
      console.log(
        `    ${page.padEnd(WIDTH)} | ${n(r.perf)} | ${ms(r.tbt).padStart(7)} | ${ms(r.lcp).padStart(7)} | ${n(r.a11y)} | ${n(r.bp)} | ${n(r.seo)}`,
      );
      if (r.failed.length) failures.push(`${page} : audits en échec : ${r.failed.join(', ')}`);
    }
  } finally {
    await server.stop();
  }
}

if (!existsSync(CHROME_PATH)) {
  console.log(`  Lighthouse : ${CHROME_PATH} absent (apt-get install -y chromium), mesure ignorée.`);
} else {
  buildBaseline();
  console.log(`  Lighthouse (mobile, ${RUNS} passages, médiane ; objectif perf ≥ 0,95, TBT ≤ 150 ms, a11y/BP/SEO = 1)`);
  console.log(`    ${'page'.padEnd(WIDTH)} | perf | TBT     | LCP     | a11y | BP   | SEO`);
  await measureSite('référence', `${BASELINE}/dist`, chosen(BASELINE_PAGES), false);
  // LIGHTHOUSE_COMPARE=<dir>: another build of the course (an earlier commit's), measured in the same run.
  if (process.env.LIGHTHOUSE_COMPARE) await measureSite('avant', process.env.LIGHTHOUSE_COMPARE, chosen(COURSE_PAGES), true);
  await measureSite('cours', 'dist', chosen(COURSE_PAGES), true);
  for (const line of failures) console.log(`    ${line}`);
}
