// Every shell block of the course must run as printed: `bash -n` (syntax) and
// `shellcheck -S error` (errors only). Shared by tests/unit/shell-blocks.test.ts and by
// `node scripts/check-shell.mjs [fichier.mdx…]`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeBlocks, splitFrontmatter } from './content-rules.mjs';

/** Languages of blocks a student copies into a POSIX shell. */
export const CHECKED_LANGS = new Set(['sh', 'bash', 'shell', 'zsh']);

export const hasShellcheck = () => spawnSync('shellcheck', ['--version']).status === 0;

/** Problems of one block's text: [] when it passes. */
export function checkShell(text) {
  const dir = mkdtempSync(join(tmpdir(), 'shell-block-'));
  const file = join(dir, 'bloc.sh');
  writeFileSync(file, `#!/usr/bin/env bash\n${text}\n`);
  const problems = [];
  const syntax = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
  if (syntax.status !== 0) problems.push(`bash -n : ${syntax.stderr.replaceAll(file, 'bloc').trim()}`);
  const lint = spawnSync('shellcheck', ['-S', 'error', '-s', 'bash', '-f', 'gcc', file], { encoding: 'utf8' });
  if (lint.status !== 0 && lint.status !== null) problems.push(`shellcheck : ${lint.stdout.replaceAll(file, 'bloc').trim()}`);
  rmSync(dir, { recursive: true, force: true });
  return problems;
}

/** Every failing shell block of an MDX text: [{ line, problems }]. */
export function failingShellBlocks(mdxText) {
  const { body } = splitFrontmatter(mdxText);
  const offset = mdxText.length - body.length ? mdxText.slice(0, mdxText.length - body.length).split('\n').length - 1 : 0;
  return codeBlocks(body)
    .filter((b) => CHECKED_LANGS.has(b.lang))
    .map((b) => ({ line: b.line + offset, problems: checkShell(b.lines.join('\n')) }))
    .filter((r) => r.problems.length > 0);
}
