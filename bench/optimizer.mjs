// « Optimiser mes paramètres » (issue 13, part 4), printed, never asserted:
//   - what the browser downloads on the click (the Worker, fsrs-browser's code and WebAssembly),
//     raw and gzip, from the build in dist/ (or BENCH_DIST);
//   - the optimizer's time on a synthetic log (simulated learners, known parameters), through
//     the same fsrs-browser WebAssembly as the site, in Node, on this process's single thread,
//     and the evaluation (log loss, RMSE) of both parameter sets.
// `node bench/optimizer.mjs` alone reads an existing build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { default_w } from 'ts-fsrs';
import { evaluateParameters, optimizerInput, optimizerItems } from '../src/quiz/srs/optimizer.ts';
import { syntheticProgress, TRUE_WEIGHTS } from '../tests/unit/optimizer-synthetic.ts';

const DIST = process.env.BENCH_DIST || 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

console.log('Optimiseur FSRS (fsrs-browser) : mesures');
const astro = join(DIST, '_astro');
if (existsSync(astro)) {
  const names = readdirSync(astro);
  const worker = names.find((f) => /^optimizer\.worker[-.].*\.js$/.test(f));
  if (worker) {
    const code = readFileSync(join(astro, worker), 'utf8');
    // The worker imports one fsrs_browser chunk; the WebAssembly is fetched by that chunk.
    const chunks = [...code.matchAll(/["'`]\.\/(fsrs_browser[^"'`]*\.js)["'`]/g)].map((m) => m[1]);
    const files = [worker, ...new Set(chunks), ...names.filter((f) => /^fsrs_browser_bg.*\.wasm$/.test(f))];
    let raw = 0;
    let zipped = 0;
    for (const f of files) {
      const buf = readFileSync(join(astro, f));
      raw += buf.length;
      zipped += gz(buf);
      console.log(`  ${f.padEnd(36)} ${kb(buf.length).padStart(10)} ; gzip ${kb(gz(buf))}`);
    }
    console.log(`  téléchargé au clic        ${kb(raw)} ; gzip ${kb(zipped)} (jamais avant le clic, gardé ensuite hors ligne)`);
  } else console.log('  (pas de Worker de l’optimiseur dans la build)');
} else console.log(`  (pas de build dans ${DIST} : taille non mesurée)`);

// fsrs-browser's thread-pool helper listens on `self` when loaded; it is never started.
globalThis.self ??= { addEventListener() {}, removeEventListener() {} };
const fsrsBrowser = await import('fsrs-browser');
fsrsBrowser.initSync({ module: readFileSync(createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm')) });

for (const [cards, days] of [
  [120, 300],
  [300, 365],
]) {
  const progress = syntheticProgress(TRUE_WEIGHTS, cards, days);
  const reviews = [...progress.values()].reduce((n, p) => n + p.log.length, 0);
  const t0 = performance.now();
  const items = optimizerItems(progress);
  const { ratings, deltaTs, lengths } = optimizerInput(items);
  const prepared = performance.now();
  // fsrs-rs reports each epoch's loss on the console: not here.
  const saved = { log: console.log, info: console.info, debug: console.debug };
  Object.assign(console, { log() {}, info() {}, debug() {} });
  let learned;
  try {
    learned = Array.from(new fsrsBrowser.Fsrs().computeParameters(ratings, deltaTs, lengths, undefined, true));
  } finally {
    Object.assign(console, saved);
  }
  const fitted = performance.now();
  const before = evaluateParameters(default_w, items);
  const after = evaluateParameters(learned, items);
  const evaluated = performance.now();
  console.log(
    `  ${reviews} révisions (${cards} cartes, ${days} jours, ${items.length} éléments) : préparation ${(prepared - t0).toFixed(0)} ms, optimisation ${((fitted - prepared) / 1000).toFixed(1)} s, évaluation des deux jeux ${(evaluated - fitted).toFixed(0)} ms ; log loss ${before.logLoss.toFixed(4)} → ${after.logLoss.toFixed(4)}, RMSE ${(before.rmseBins * 100).toFixed(1)} % → ${(after.rmseBins * 100).toFixed(1)} %`,
  );
}
