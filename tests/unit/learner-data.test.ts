// « Ma progression » fetches its outline and ts-fsrs only when the learner has something.
import { describe, expect, it } from 'vitest';
import { hasLearnerData, somethingStored } from '../../src/quiz/progress/learner-data';

const storage = (keys: string[]) => ({ length: keys.length, key: (i: number) => keys[i] ?? null });
const noQuiz = { quizzes: {}, questions: {}, exams: [] };

describe('données de l’apprenant', () => {
  it('somethingStored regarde les clés du cours, pas les autres ; un stockage refusé ne contient rien', () => {
    expect(somethingStored(() => storage(['starlight-theme']))).toBe(false);
    expect(somethingStored(() => storage(['starlight-theme', 'cours-conteneurs:v1:quiz']))).toBe(true);
    expect(somethingStored(() => storage(['cours-conteneurs:v1:srs']))).toBe(true);
    expect(
      somethingStored(() => {
        throw new DOMException('refusé', 'SecurityError');
      }),
    ).toBe(false);
  });

  it('hasLearnerData : une carte, une réponse, un examen ou une date d’examen suffit', () => {
    expect(hasLearnerData(new Map(), noQuiz, false)).toBe(false);
    expect(hasLearnerData(new Map([['c1', {}]]), noQuiz, false)).toBe(true);
    expect(hasLearnerData(new Map(), { ...noQuiz, questions: { q1: { ok: true, at: 1 } } }, false)).toBe(true);
    expect(hasLearnerData(new Map(), noQuiz, true)).toBe(true);
  });
});
