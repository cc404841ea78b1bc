// The practice terminal (issue 15): weight of what « Ouvrir le terminal » loads (budget 60 Ko gzip),
// and the time to run level 1's full solution in the simulator (median of 20 runs). Called by
// bench/run.mjs; alone: `node bench/terminal.mjs`. Prints; never fails a test.
// The weight is read in the built site when there is one (dist/, as the browser fetches it: the
// chunks the click downloads, minus those the page already loaded); without dist/, an esbuild
// bundle of the island gives an estimate (esbuild splits shared code into more, smaller chunks
// than Vite's Rollup, which compress less well: it counts a few Ko more).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} Ko`;

const TP_PAGE = 'dist/pratique/travaux-pratiques/index.html';

/** In dist/: the page's scripts, what the click adds, each scenario, and the on-demand parts. */
function fromDist() {
  if (!existsSync(TP_PAGE)) return null;
  const file = (url) => join('dist', url.replace(/^\//, ''));
  const code = new Map();
  const read = (url) => {
    if (!code.has(url)) code.set(url, existsSync(file(url)) ? readFileSync(file(url), 'utf8') : '');
    return code.get(url);
  };
  const resolve = (from, spec) => (spec.startsWith('.') ? posix.join(posix.dirname(from), spec) : spec.startsWith('_astro/') ? `/${spec}` : spec);
  // Static imports (`from"./x.js"`, `import"./x.js"`): fetched before the module runs.
  const staticOf = (url) => [...read(url).matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => resolve(url, m[1]));
  const closure = (roots, seen = new Set()) => {
    for (const r of roots) if (!seen.has(r)) { seen.add(r); closure(staticOf(r), seen); }
    return seen;
  };
  // import(`./x.js`) and the chunks Vite preloads with it (__vite__mapDeps).
  const dynamicOf = (url) => {
    const text = read(url);
    const table = /m\.f=\[([^\]]*)\]/.exec(text)?.[1].match(/"[^"]+"/g)?.map((q) => `/${q.slice(1, -1)}`) ?? [];
    // `import("./x.js")`, then the nearest preload list before the next import: `__vite__mapDeps([…])` or `[]`.
    return [...text.matchAll(/import\(\s*[`"'](\.[^`"']+\.js)[`"']\s*\)(?:(?:(?!import\()[\s\S])*?(?:__vite__mapDeps\(\[([\d,]*)\]\)|,\s*\[\]))?/g)].map((m) => ({
      url: resolve(url, m[1]),
      preload: (m[2] ?? '').split(',').filter(Boolean).map((i) => table[Number(i)]).filter(Boolean),
    }));
  };
  const html = readFileSync(TP_PAGE, 'utf8');
  const pageRoots = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.js)"|from\s*["'](\/_astro\/[^"']+\.js)["']|import\s*["'](\/_astro\/[^"']+\.js)["']/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  const page = closure(pageRoots);
  // The launcher's script (TerminalLauncher.astro): its one dynamic import is the island.
  const launcher = [...page].find((u) => read(u).includes('mountTerminal') && dynamicOf(u).length > 0);
  if (!launcher) return null;
  const mount = dynamicOf(launcher)[0];
  const click = new Set([...closure([mount.url, ...mount.preload])].filter((u) => !page.has(u)));
  const gzOf = (urls) => [...urls].reduce((n, u) => n + gz(Buffer.from(read(u))), 0);
  const extra = (d, base) => new Set([...closure([d.url, ...d.preload])].filter((u) => !base.has(u) && !page.has(u)));
  const later = [...click].flatMap(dynamicOf).filter((d) => !click.has(d.url));
  const scenarios = later.filter((d) => /\/niveau-\d/.test(d.url)).map((d) => ({ name: posix.basename(d.url).replace(/\..*$/, ''), bytes: gzOf(extra(d, click)) }));
  const parts = new Map();
  for (const d of later.filter((x) => !/\/niveau-\d/.test(x.url))) parts.set(posix.basename(d.url).replace(/\..*$/, ''), gzOf(extra(d, click)));
  const shared = [...closure([mount.url, ...mount.preload])].filter((u) => page.has(u));
  return { click: gzOf(click), chunks: [...click].map((u) => `${posix.basename(u).replace(/\.[\w-]+\.js$/, '')} ${kb(gzOf([u]))}`), scenarios, parts, shared: shared.map((u) => posix.basename(u).replace(/\.[\w-]+\.js$/, '')) };
}

const dist = fromDist();
if (dist) {
  const heaviest = dist.scenarios.reduce((a, b) => (b.bytes > a.bytes ? b : a), { name: 'aucun', bytes: 0 });
  const level1 = dist.scenarios.find((x) => x.name === 'niveau-1');
  const total = dist.click + heaviest.bytes;
  console.log(`  terminal d’entraînement (gzip, dist/)  ${kb(total)} (${total} o) au clic sur « Ouvrir le terminal » avec le scénario le plus lourd (${heaviest.name} ${kb(heaviest.bytes)}), ${kb(dist.click + (level1?.bytes ?? 0))} avec le niveau 1 (budget 60 Ko, 61440 o, ${total <= 60 * 1024 ? 'dans le budget' : 'HORS BUDGET'}) ; îlot, Docker simulé et Preact ${kb(dist.click)} en ${dist.chunks.length} morceaux : ${dist.chunks.join(', ')} ; déjà chargé par la page : ${dist.shared.join(', ') || 'rien'} ; CSS du terminal dans la page`);
  console.log(`  terminal : parties chargées à la demande (dist/)  ${[...dist.parts].map(([n, b]) => `${n} ${kb(b)}`).join(', ') || 'aucune'}`);
} else {
  console.log('  terminal : dist/ absent (npx astro build) : estimation par esbuild');
}

// Without dist/ (or to compare): an esbuild bundle of the island, split as the site splits it.
if (!dist || process.argv.includes('--esbuild')) {
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
  const lazy = chunks.filter((c) => /\/(extras|extras-admin|http|template|inner|services|not-simulated|complete)[-.][^/]*\.js$/.test(c)).map((c) => `${c.replace(/^out\/|-[\w]+\.js$/g, '')} ${kb(extra(c))}`);
  const css = island.outputFiles.filter((f) => f.path.endsWith('.css')).reduce((n, f) => n + gz(f.contents), 0);
  // The terminal's CSS is bundled into the page's own styles (Astro), not fetched at the click.
  const total = main + scenario;
  console.log(`  terminal d’entraînement (gzip, esbuild)  ${kb(total)} au clic sur « Ouvrir le terminal » (budget 60 Ko, ${total <= 60 * 1024 ? 'dans le budget' : 'HORS BUDGET'}) : îlot, Docker simulé et Preact ${kb(main)} (${mainChunks.size} morceaux), scénario le plus lourd ${kb(scenario)} ; CSS ${kb(css)}, dans la page`);
  console.log(`  terminal : parties chargées à la demande (esbuild)  ${lazy.join(', ') || 'aucune'}`);
}

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
