#!/usr/bin/env node
// `node scripts/check-shell.mjs [page.mdx…]`: the shell blocks that fail `bash -n` or
// `shellcheck -S error` (all course pages when no file is given).
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { checkShellMany, hasShellcheck, shellBlocks } from './lib/shell-check.mjs';

if (!hasShellcheck()) {
  console.error('shellcheck est absent : apt-get install -y shellcheck');
  process.exit(2);
}
const files = process.argv.length > 2 ? process.argv.slice(2) : execSync("find src/content/docs -name '*.mdx'", { encoding: 'utf8' }).trim().split('\n');
const blocks = files.sort().flatMap((file) => shellBlocks(readFileSync(file, 'utf8')).map((b) => ({ file, ...b })));
const problems = await checkShellMany(blocks.map((b) => b.text));
let failures = 0;
blocks.forEach((b, i) => {
  if (!problems[i].length) return;
  failures += 1;
  console.log(`${b.file}:${b.line}\n  ${problems[i].join('\n  ')}`);
});
console.log(`${failures} bloc(s) en échec`);
process.exit(failures ? 1 : 0);
