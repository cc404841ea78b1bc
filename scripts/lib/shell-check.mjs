// Every shell block of the course must run as printed: `bash -n` (syntax) and
// `shellcheck -S error` (errors only). Shared by tests/unit/shell-blocks.test.ts and by
// `node scripts/check-shell.mjs [fichier.mdx…]`.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeBlocks, splitFrontmatter } from './content-rules.mjs';

/** Languages of blocks a student copies into a POSIX shell. */
export const CHECKED_LANGS = new Set(['sh', 'bash', 'shell', 'zsh']);

export const hasShellcheck = () => spawnSync('shellcheck', ['--version']).status === 0;

/** One process, its exit code and output, never rejecting. */
function run(cmd, args) {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 127) : 0, stdout, stderr });
    });
  });
}

/** Every shell block of an MDX text, with its line in the file: [{ line, text }]. */
export function shellBlocks(mdxText) {
  const { body } = splitFrontmatter(mdxText);
  const offset = mdxText.length - body.length ? mdxText.slice(0, mdxText.length - body.length).split('\n').length - 1 : 0;
  return codeBlocks(body)
    .filter((b) => CHECKED_LANGS.has(b.lang))
    .map((b) => ({ line: b.line + offset, text: b.lines.join('\n') }));
}

/** Runs `task` over `items` with at most `size` at a time; results in the order of `items`. */
export async function pool(items, size, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/**
 * `bash -n` and `shellcheck -S error` for many blocks at once: [problems] in the order of `texts`
 * ([] for a block that passes). shellcheck
 * starts slowly (about 0.2 s), so it reads the blocks in a few batches, one process each, at
 * most `parallel` at a time; `bash -n` is quick and runs once per block, through the same pool.
 */
export async function checkShellMany(texts, { parallel = 2, batch = 60 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'shell-blocks-'));
  const files = texts.map((_, i) => join(dir, `bloc-${i}.sh`));
  await Promise.all(texts.map((t, i) => writeFile(files[i], `#!/usr/bin/env bash\n${t}\n`)));
  const problems = texts.map(() => []);
  const chunks = [];
  for (let i = 0; i < files.length; i += batch) chunks.push(files.slice(i, i + batch));
  const lint = await pool(chunks, parallel, (chunk) => run('shellcheck', ['-S', 'error', '-s', 'bash', '-f', 'gcc', ...chunk]));
  const syntax = await pool(files, parallel * 2, (f) => run('bash', ['-n', f]));
  syntax.forEach((r, i) => {
    // Line numbers are given within the block (the file starts with a shebang line).
    if (r.status !== 0)
      problems[i].push(`bash -n : ${r.stderr.replaceAll(files[i], 'bloc').replace(/line (\d+)/g, (_, n) => `ligne ${Number(n) - 1}`).trim()}`);
  });
  // gcc format: one line per message, « /tmp/…/bloc-12.sh:8:23: error: … ».
  const byFile = new Map();
  for (const r of lint) {
    if (r.status !== 0 && !r.stdout) throw new Error(`shellcheck a échoué : ${r.stderr.trim()}`);
    for (const line of r.stdout.split('\n')) {
      const m = /bloc-(\d+)\.sh:(\d+)(:.*)$/.exec(line);
      if (m) byFile.set(Number(m[1]), [...(byFile.get(Number(m[1])) ?? []), `bloc:${Number(m[2]) - 1}${m[3]}`]);
    }
  }
  for (const [i, lines] of byFile) problems[i].push(`shellcheck : ${lines.join('\n')}`);
  await rm(dir, { recursive: true, force: true });
  return problems;
}
