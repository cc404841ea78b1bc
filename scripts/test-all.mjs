// `npm test`: every check of the project, as one command that fails when any part fails.
// On a 2-core machine the steps that share no files run side by side:
//   1. vitest run  ‖  astro build under /cours/, then astro check
//   2. astro build
//   3. playwright test (against dist/ and the /cours/ build)
// The build under /cours/ is the one tests/e2e/base-path.spec.ts serves (BASE_PATH_DIST), made once
// here instead of inside the Playwright run. What may not overlap: two builds (the OG images'
// cache in node_modules/.astro-og-canvas is written without care for a second writer), a build
// or astro check with astro check (both rewrite .astro/), vitest with the root build (some unit
// tests read dist/ when it exists).
// Each step has its own time limit (nothing relies on an idle machine); its output is printed line
// by line with its name in front, and a summary of the durations ends the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MIN = 60_000;
const bin = (name) => join('node_modules', '.bin', name);
const baseDist = mkdtempSync(join(tmpdir(), 'cours-conteneurs-base-'));

const check = { name: 'check', cmd: bin('astro'), args: ['check'], limit: 15 * MIN };
const vitest = { name: 'vitest', cmd: bin('vitest'), args: ['run'], limit: 15 * MIN };
const build = { name: 'build', cmd: bin('astro'), args: ['build'], limit: 20 * MIN };
const buildUnderBase = {
  name: 'build /cours/',
  cmd: bin('astro'),
  // Its own Astro cache directory: the root build must not read this one's content store.
  args: ['build', '--config', 'tests/e2e/helpers/astro-base.config.mjs', '--outDir', baseDist],
  env: { BASE_PATH: '/cours/', SITE_URL: 'https://cours.example.org' },
  limit: 20 * MIN,
};
const playwright = { name: 'playwright', cmd: bin('playwright'), args: ['test'], env: { BASE_PATH_DIST: baseDist }, limit: 60 * MIN };

/** Phases run one after the other; the lanes of a phase side by side, the steps of a lane in order. */
const phases = [[[vitest], [buildUnderBase, check]], [[build]], [[playwright]]];

const children = new Set();
const durations = [];

function run({ name, cmd, args, env = {}, limit }) {
  return new Promise((done) => {
    const started = Date.now();
    // The same Node as npm test (Node 24 from the `node` package): the .bin entries are JS files.
    const child = spawn(process.execPath, [cmd, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`[${name}] arrêté : plus de ${limit / MIN} min`);
      kill(child);
    }, limit);
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) console.log(`[${name}] ${line}`);
      });
      stream.on('end', () => rest && console.log(`[${name}] ${rest}`));
    }
    const finish = (code) => {
      clearTimeout(timer);
      children.delete(child);
      const seconds = Math.round((Date.now() - started) / 1000);
      const ok = code === 0 && !timedOut;
      durations.push(`${ok ? 'ok   ' : 'ÉCHEC'} ${name.padEnd(14)} ${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`);
      done(ok);
    };
    child.on('error', (error) => {
      console.error(`[${name}] ${error.message}`);
      finish(1);
    });
    child.on('close', finish);
  });
}

/** The step and everything it started (its own process group). */
function kill(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

function cleanUp() {
  for (const child of children) kill(child);
  rmSync(baseDist, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

/** The ten slowest end-to-end tests of this run (playwright.config.ts writes the JSON report). */
function printSlowestTests() {
  let report;
  try {
    report = JSON.parse(readFileSync('playwright-report/resultats.json', 'utf8'));
    if (Date.parse(report.stats.startTime) < start) return;
  } catch {
    return;
  }
  const tests = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) tests.push({ title: `${spec.file} › ${spec.title}`, seconds: t.results.reduce((sum, r) => sum + r.duration, 0) / 1000 });
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites) walk(suite);
  console.log('\nLes 10 tests de bout en bout les plus lents (essais compris) :');
  for (const t of tests.sort((a, b) => b.seconds - a.seconds).slice(0, 10)) console.log(`  ${t.seconds.toFixed(1).padStart(6)} s  ${t.title}`);
}

const start = Date.now();
let ok = true;
for (const phase of phases) {
  // A phase runs to its end even when one of its lanes fails, so that every error is shown.
  const results = await Promise.all(
    phase.map(async (lane) => {
      for (const step of lane) if (!(await run(step))) return false;
      return true;
    }),
  );
  if (results.includes(false)) {
    ok = false;
    break;
  }
}
cleanUp();
printSlowestTests();
const total = Math.round((Date.now() - start) / 1000);
console.log(`\nnpm test : ${ok ? 'réussi' : 'ÉCHEC'} en ${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`);
for (const line of durations) console.log(`  ${line}`);
process.exit(ok ? 0 : 1);
