// Every shell block of the course runs as printed: `bash -n` (syntax) and `shellcheck -S error`
// on each ```sh / bash / shell / zsh block of every page (scripts/lib/shell-check.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkShellMany, hasShellcheck, shellBlocks } from '../../scripts/lib/shell-check.mjs';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? pages(p) : /\.mdx?$/.test(p) ? [p] : [];
  });
}

const blocks = pages('src/content/docs').flatMap((file) =>
  shellBlocks(readFileSync(file, 'utf8')).map((b: { line: number; text: string }) => ({ file, ...b })),
);

const INSTALL = 'shellcheck est introuvable : installez-le (Debian, Ubuntu : `sudo apt-get install -y shellcheck` ; macOS : `brew install shellcheck`), .ci/run le fait en CI.';

describe('les blocs shell des pages', () => {
  it('shellcheck est installé', () => {
    expect(hasShellcheck(), INSTALL).toBe(true);
  });

  it('la vérification par lots attribue chaque erreur à son bloc', async () => {
    const problems = await checkShellMany(['docker ps -a', 'docker diff <conteneur>', 'echo "ok"', 'kubectl describe pod <pod>'], { batch: 3 });
    expect(problems.map((p: string[]) => p.length)).toEqual([0, 2, 0, 2]);
    expect(problems[3].join()).toContain('bloc:1:');
  });

  it('la vérification repère une commande qui ne passerait pas (et laisse passer une correcte)', async () => {
    const checkOne = async (text: string) => (await checkShellMany([text]))[0];
    expect(await checkOne('docker diff <conteneur>')).toEqual([expect.stringContaining('bash -n'), expect.stringContaining('shellcheck')]);
    expect(await checkOne('if [ "$a" = 1 ]; then echo ok')).toEqual([expect.stringContaining('bash -n'), expect.stringContaining('shellcheck')]);
    expect(await checkOne('CONTENEUR=web\ndocker diff "$CONTENEUR"')).toEqual([]);
  });

  it(
    `passent bash -n et shellcheck -S error (${blocks.length} blocs)`,
    async () => {
      expect(blocks.length).toBeGreaterThan(300);
      expect(hasShellcheck(), INSTALL).toBe(true);
      // shellcheck reads the blocks in batches; two processes at a time on two busy cores.
      const problems: string[][] = await checkShellMany(blocks.map((b) => b.text));
      const failures = blocks
        .map((b, i) => ({ b, problems: problems[i] ?? [] }))
        .filter((r) => r.problems.length > 0)
        .map((r) => `${r.b.file}:${r.b.line}\n  ${r.problems.join('\n  ')}`);
      expect(failures, `${failures.length} bloc(s) en échec`).toEqual([]);
    },
    // 429 blocks: 24 s measured at a load of 15 on 2 cores, 106 s with stress-ng --cpu 2 at a
    // load of 40. Its own, generous, limit: only a hung shellcheck should reach it.
    300_000,
  );
});
