#!/usr/bin/env node
// `node scripts/check-shell.mjs [page.mdx…]`: the shell blocks that fail `bash -n` or
// `shellcheck -S error` (all course pages when no file is given).
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { failingShellBlocks, hasShellcheck } from './lib/shell-check.mjs';

if (!hasShellcheck()) {
  console.error('shellcheck est absent : apt-get install -y shellcheck');
  process.exit(2);
}
const files = process.argv.length > 2 ? process.argv.slice(2) : execSync("find src/content/docs -name '*.mdx'", { encoding: 'utf8' }).trim().split('\n');
let failures = 0;
for (const f of files.sort()) {
  for (const r of failingShellBlocks(readFileSync(f, 'utf8'))) {
    failures += 1;
    console.log(`${f}:${r.line}\n  ${r.problems.join('\n  ')}`);
  }
}
console.log(`${failures} bloc(s) en échec`);
process.exit(failures ? 1 : 0);
