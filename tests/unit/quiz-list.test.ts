// The words of /revision/quiz/ (src/quiz/quiz-list.ts): rendered at build for a learner with no
// progress, rewritten in the browser from the store; both must say the same thing.
import { describe, expect, it } from 'vitest';
import { emptyProgress, type QuizProgress, type QuizRecord } from '../../src/quiz/quiz-progress';
import { quizCard, summaryText } from '../../src/quiz/quiz-list';
import type { SessionState } from '../../src/quiz/session';

const quizzes = [
  { page: '/docker/volumes/', title: 'Volumes', count: 8 },
  { page: '/docker/images/', title: 'Images', count: 5 },
];
const at = new Date(2026, 11, 6, 12).getTime();
const record = (r: Partial<QuizRecord>): QuizRecord => ({ best: null, last: null, session: null, deadline: null, updatedAt: at, ...r });
const progress = (quizzes: Record<string, QuizRecord>): QuizProgress => ({ ...emptyProgress(), quizzes });

describe('summaryText', () => {
  it('says nothing is started, with the number of questions', () => {
    expect(summaryText(quizzes, emptyProgress())).toBe('Aucun des 2 quiz n’est encore commencé (13 questions).');
    expect(summaryText(quizzes.slice(0, 1), emptyProgress())).toBe('Ce quiz n’est pas encore commencé (8 questions).');
  });

  it('adds up finished quizzes, those in progress and the best scores', () => {
    const session = { phase: 'question', order: ['a', 'b', 'c'], results: { a: true }, index: 1, round: 1 } as unknown as SessionState;
    const p = progress({
      '/docker/volumes/': record({ best: { correct: 6, total: 8, at }, last: { correct: 6, total: 8, at } }),
      '/docker/images/': record({ session }),
    });
    expect(summaryText(quizzes, p)).toBe('1 quiz terminé sur 2, 1 en cours ; meilleurs scores : 6 / 13 questions.');
  });
});

describe('quizCard', () => {
  it('shows dashes for a quiz never done', () => {
    expect(quizCard(undefined)).toEqual({ status: { kind: 'todo' }, answered: null, best: '—', last: '—' });
  });

  it('shows the best score and the last attempt with its date', () => {
    const view = quizCard(record({ best: { correct: 7, total: 8, at }, last: { correct: 5, total: 8, at } }));
    expect(view.status.kind).toBe('done');
    expect(view.best).toBe('7 / 8');
    expect(view.last).toBe('5 / 8, le 6 décembre');
  });

  it('counts the questions answered of a round in progress', () => {
    const session = { phase: 'question', order: ['a', 'b', 'c'], results: { a: true, b: false }, index: 2, round: 1 } as unknown as SessionState;
    const view = quizCard(record({ session }));
    expect(view.status.kind).toBe('in-progress');
    expect(view.answered).toBe('2 questions faites sur 3');
  });
});
