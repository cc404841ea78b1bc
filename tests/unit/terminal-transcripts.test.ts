// Replays the transcripts of tests/unit/terminal-transcripts/*.txt on a fresh simulated host
// (seed 1, clock at 2026-12-06 16:00:00 UTC, two seconds more before each command) and compares
// every output and exit code. Formats in these files were checked against the docker/cli and
// moby sources named in the engine's headers. After a deliberate change of output, rewrite
// them with `UPDATE_TRANSCRIPTS=1 npx vitest run tests/unit/terminal-transcripts.test.ts`
// and review the diff line by line.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Sim } from '../../src/quiz/terminal';
// The on-demand parts (Sim.prepare in the browser) are loaded eagerly here.
import '../../src/quiz/terminal/eager';

const DIR = join(__dirname, 'terminal-transcripts');
const START = Date.UTC(2026, 11, 6, 16, 0, 0);

interface Step {
  input: string;
  output: string[];
  code: number | null;
}
interface Case {
  title: string;
  steps: Step[];
}

/** `## title`, then `$ command` (here-document lines as `> line`), its output, then `? code`. */
export function parseTranscripts(text: string): Case[] {
  const cases: Case[] = [];
  let current: Case | null = null;
  let step: Step | null = null;
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('## ')) {
      current = { title: line.slice(3), steps: [] };
      cases.push(current);
      step = null;
    } else if (line.startsWith('$ ')) {
      step = { input: line.slice(2), output: [], code: null };
      current!.steps.push(step);
    } else if (line.startsWith('> ') && step && step.output.length === 0 && step.code === null) {
      step.input += `\n${line.slice(2)}`;
    } else if (/^\? -?\d+$/.test(line) && step) {
      step.code = Number(line.slice(2));
    } else if (step && step.code === null) {
      step.output.push(line);
    }
  }
  return cases;
}

function replay(c: Case): { output: string; code: number }[] {
  let t = START;
  const sim = new Sim({ now: () => t, seed: 1 });
  return c.steps.map((s) => {
    t += 2000;
    const r = sim.run(s.input);
    return { output: r.output, code: r.exitCode };
  });
}

function write(cases: Case[], results: { output: string; code: number }[][]): string {
  return cases
    .map((c, i) =>
      [`## ${c.title}`, ...c.steps.flatMap((s, k) => [`$ ${s.input.split('\n').join('\n> ')}`, ...(results[i][k].output ? [results[i][k].output] : []), `? ${results[i][k].code}`])].join('\n'),
    )
    .join('\n\n') + '\n';
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const all = files.map((f) => ({ file: f, cases: parseTranscripts(readFileSync(join(DIR, f), 'utf8')) }));

if (process.env.UPDATE_TRANSCRIPTS) {
  for (const { file, cases } of all) writeFileSync(join(DIR, file), write(cases, cases.map(replay)));
}

describe('transcripts du terminal simulé', () => {
  test('au moins 80 transcripts, chacun avec au moins une commande', () => {
    const count = all.reduce((n, f) => n + f.cases.length, 0);
    expect(count).toBeGreaterThanOrEqual(80);
    for (const f of all) for (const c of f.cases) expect(c.steps.length, `${f.file} : ${c.title}`).toBeGreaterThan(0);
  });
  for (const { file, cases } of all) {
    describe(file, () => {
      for (const c of cases) {
        test(c.title, () => {
          const results = replay(c);
          c.steps.forEach((s, k) => {
            expect(results[k].output, `$ ${s.input}`).toBe(s.output.join('\n'));
            expect(results[k].code, `code de sortie de $ ${s.input}`).toBe(s.code);
          });
        });
      }
    });
  }
});
