// The practice terminal (issue 15): weight of what « Ouvrir le terminal » loads (the island,
// the simulated Docker and Preact, bundled and minified, gzip; budget 60 Ko), and the time to
// run level 1's full solution in the simulator (median of 20 runs). Called by bench/run.mjs;
// alone: `node bench/terminal.mjs`. Prints; never fails a test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;

// Split as the site splits it: the island, then one scenario's definition (the largest).
const island = await build({
  entryPoints: ['src/components/terminal/mount.tsx'],
  bundle: true,
  splitting: true,
  minify: true,
  write: false,
  metafile: true,
  format: 'esm',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'import.meta.env.BASE_URL': '"/"' },
  outdir: 'out',
  loader: { '.css': 'css' },
});
// A chunk and every chunk it imports statically (what the browser fetches before running it);
// dynamic imports (a scenario, the on-demand parts of the simulator) load later.
const outputs = island.metafile.outputs;
const bytesOf = new Map(island.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/out/') + 1), f.contents]));
const closure = (entry, seen = new Set()) => {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const i of outputs[entry]?.imports ?? []) if (i.kind === 'import-statement') closure(i.path, seen);
  return seen;
};
const weigh = (chunks) => [...chunks].reduce((n, c) => n + gz(bytesOf.get(c)), 0);
const mainChunks = closure('out/mount.js');
const main = weigh(mainChunks);
const extra = (entry) => weigh([...closure(entry)].filter((c) => !mainChunks.has(c)));
const chunks = Object.keys(outputs).filter((o) => o.endsWith('.js'));
const scenario = Math.max(0, ...chunks.filter((c) => /\/niveau-\d[-.][^/]*\.js$/.test(c)).map(extra));
const lazy = chunks.filter((c) => /\/(extras|extras-admin)[-.][^/]*\.js$/.test(c)).map((c) => `${c.replace(/^out\/|-[\w]+\.js$/g, '')} ${kb(extra(c))}`);
const css = island.outputFiles.filter((f) => f.path.endsWith('.css')).reduce((n, f) => n + gz(f.contents), 0);
const total = main + scenario + css;
console.log(`  terminal d’entraînement (gzip)  ${kb(total)} au clic sur « Ouvrir le terminal » (budget 60 Ko, ${total <= 60 * 1024 ? 'dans le budget' : 'HORS BUDGET'}) : îlot, Docker simulé et Preact ${kb(main)} (${mainChunks.size} morceaux), scénario le plus lourd ${kb(scenario)}, CSS ${kb(css)}`);
console.log(`  terminal : parties chargées à la première commande qui en a besoin  ${lazy.join(', ') || 'aucune'}`);

// Level 1's full solution, in Node, through the same code as the page.
const dir = mkdtempSync(join(tmpdir(), 'bench-terminal-'));
try {
  const engine = await build({ stdin: {
      // Node loads every on-demand part of the simulator at once (the page uses Sim.prepare).
      contents: "import './src/quiz/terminal/eager.ts'; export * from './src/quiz/terminal/scenarios/index.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    }, bundle: true, write: false, format: 'esm', platform: 'node' });
  const file = join(dir, 'scenarios.mjs');
  writeFileSync(file, engine.outputFiles[0].contents);
  const { advance, loadScenario, startScenario } = await import(pathToFileURL(file).href);
  const level = await loadScenario('niveau-1');
  const commands = level.steps.flatMap((s) => s.solution);
  const times = [];
  let reached = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const sim = startScenario(level);
    let done = [];
    for (const command of commands) {
      sim.run(command);
      done = advance(level, sim.state, done);
    }
    times.push(performance.now() - t0);
    reached = done.length;
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1];
  console.log(`  niveau 1 en entier dans le simulateur  ${commands.length} commandes, ${reached} / ${level.steps.length} étapes réussies, ${median.toFixed(1)} ms (médiane de 20)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
