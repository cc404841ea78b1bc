// The real question banks, read as the build reads them: every command answer is understood by
// the grader (no option it does not know), and no two accepted answers are the same command.
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseCommand, sameCommand } from '../../src/quiz/command';

const DIR = 'src/content/quiz';
const questions = readdirSync(DIR).flatMap((f) =>
  (yaml.load(readFileSync(`${DIR}/${f}`, 'utf8')) as { questions: { id: string; type: string; answers?: string[] }[] }).questions,
);
const commands = questions.filter((q) => q.type === 'command');

describe('les banques de questions', () => {
  test('au moins 150 questions, 25 commandes et 10 remises en ordre ou associations', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(commands.length).toBeGreaterThanOrEqual(25);
    expect(questions.filter((q) => q.type === 'ordering' || q.type === 'matching').length).toBeGreaterThanOrEqual(10);
  });

  test.each(commands.map((q) => [q.id, q.answers!] as const))('%s : réponses comprises par le correcteur', (_id, answers) => {
    for (const answer of answers) {
      const parsed = parseCommand(answer);
      expect(parsed.errors.map((e) => e.message), answer).toEqual([]);
      expect(parsed.hints, answer).toEqual([]);
    }
    for (let i = 0; i < answers.length; i++)
      for (let j = i + 1; j < answers.length; j++) {
        const pair = `${answers[i]} ≡ ${answers[j]}`;
        expect(sameCommand(answers[i], answers[j]), pair).toBe(false);
      }
  });
});
