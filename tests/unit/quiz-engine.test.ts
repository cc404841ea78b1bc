import { describe, expect, test } from 'vitest';
import { gradeResponse, isAnswered } from '../../src/quiz/grading';
import type { Question } from '../../src/quiz/questions';
import { canRetry, check, finish, goTo, isRetrying, mistakes, next, openFromHash, restart, retry, reviewMistakes, score, startSession } from '../../src/quiz/session';
import {
  answer, confirmMessage, drawExam, examId, examResult, formatCountdown, formatDuration, isFlagged, jumpTo, previous, scoreByChapter, skip,
  startExam, timeLeft, timerAnnouncement, timerLevel, toggleFlag, unanswered,
} from '../../src/quiz/exam';

const base = (id: string, chapter = 'docker') => ({
  id, chapter, chapterLabel: chapter, section: `/${chapter}/page/`, sectionTitle: 'Page', promptHtml: '<p>?</p>', explanationHtml: '<p>!</p>',
});
const opt = (html: string, correct: boolean) => ({ html, correct, feedbackHtml: `<p>${html}</p>` });

const single: Question = { ...base('q-single'), type: 'single', options: [opt('a', false), opt('b', true), opt('c', false)] };
const multiple: Question = { ...base('q-multiple'), type: 'multiple', options: [opt('a', true), opt('b', false), opt('c', true), opt('d', false)] };
const truefalse: Question = { ...base('q-vf'), type: 'truefalse', answer: false, feedbackTrueHtml: '<p>non</p>', feedbackFalseHtml: '<p>oui</p>' };
const ordering: Question = { ...base('q-ordre'), type: 'ordering', items: ['Dockerfile', 'build', 'image', 'run'] };
const matching: Question = { ...base('q-assoc'), type: 'matching', lefts: ['FROM', 'RUN', 'CMD'], rights: ['base', 'build', 'start'] };
const command: Question = { ...base('q-cmd'), type: 'command', answers: ['docker ps -a'] };
const ALL = [single, multiple, truefalse, ordering, matching, command];

describe('grading each type', () => {
  test('single choice: the right option, with the feedback of the chosen and the right one', () => {
    expect(gradeResponse(single, { type: 'single', choice: 1 }).correct).toBe(true);
    const wrong = gradeResponse(single, { type: 'single', choice: 0 });
    expect(wrong.correct).toBe(false);
    expect(wrong.options.map((o) => [o.index, o.chosen, o.correct])).toEqual([[0, true, false], [1, false, true]]);
  });
  test('multiple choice is all-or-nothing, with feedback on each option chosen or missed', () => {
    expect(gradeResponse(multiple, { type: 'multiple', choices: [2, 0] }).correct).toBe(true);
    const partial = gradeResponse(multiple, { type: 'multiple', choices: [0, 1] });
    expect(partial.correct).toBe(false);
    expect(partial.options.map((o) => o.index)).toEqual([0, 1, 2]);
    expect(gradeResponse(multiple, { type: 'multiple', choices: [0, 1, 2, 3] }).correct).toBe(false);
  });
  test('true/false gives the feedback for the answer given', () => {
    expect(gradeResponse(truefalse, { type: 'truefalse', value: false })).toMatchObject({ correct: true, feedbackHtml: '<p>oui</p>' });
    expect(gradeResponse(truefalse, { type: 'truefalse', value: true })).toMatchObject({ correct: false, feedbackHtml: '<p>non</p>' });
  });
  test('ordering counts the items in place', () => {
    expect(gradeResponse(ordering, { type: 'ordering', order: [0, 1, 2, 3] }).correct).toBe(true);
    expect(gradeResponse(ordering, { type: 'ordering', order: [1, 0, 2, 3] })).toMatchObject({ correct: false, messages: ['2 éléments sur 4 à la bonne place.'] });
  });
  test('matching counts the right pairs', () => {
    expect(gradeResponse(matching, { type: 'matching', matches: [0, 1, 2] }).correct).toBe(true);
    expect(gradeResponse(matching, { type: 'matching', matches: [1, 0, 2] })).toMatchObject({ correct: false, messages: ['1 association correcte sur 3.'] });
  });
  test('command uses the CLI grader', () => {
    expect(gradeResponse(command, { type: 'command', text: 'docker container ls --all' }).correct).toBe(true);
    expect(gradeResponse(command, { type: 'command', text: 'docker ps' }).messages).toEqual(['Il manque l’option -a (--all).']);
  });
  test('an incomplete answer cannot be checked', () => {
    expect(isAnswered(multiple, { type: 'multiple', choices: [] })).toBe(false);
    expect(isAnswered(matching, { type: 'matching', matches: [0, -1, 2] })).toBe(false);
    expect(isAnswered(command, { type: 'command', text: '  ' })).toBe(false);
    expect(isAnswered(single, { type: 'truefalse', value: true })).toBe(false);
  });
});

describe('session state machine', () => {
  const answerAll = (state: ReturnType<typeof startSession>, rightIds: string[]) => {
    const right: Record<string, Parameters<typeof check>[2]> = {
      'q-single': { type: 'single', choice: 1 }, 'q-multiple': { type: 'multiple', choices: [0, 2] }, 'q-vf': { type: 'truefalse', value: false },
      'q-ordre': { type: 'ordering', order: [0, 1, 2, 3] }, 'q-assoc': { type: 'matching', matches: [0, 1, 2] }, 'q-cmd': { type: 'command', text: 'docker ps -a' },
    };
    const wrong: typeof right = {
      'q-single': { type: 'single', choice: 0 }, 'q-multiple': { type: 'multiple', choices: [1] }, 'q-vf': { type: 'truefalse', value: true },
      'q-ordre': { type: 'ordering', order: [3, 2, 1, 0] }, 'q-assoc': { type: 'matching', matches: [2, 1, 0] }, 'q-cmd': { type: 'command', text: 'docker ps' },
    };
    let s = state;
    while (s.phase !== 'results') {
      const id = s.order[s.index];
      s = check(s, ALL, (rightIds.includes(id) ? right : wrong)[id]);
      expect(s.phase).toBe('checked');
      s = next(s);
    }
    return s;
  };

  test('answering → checked → next → results, with the score', () => {
    let s = startSession(ALL, 'abc');
    expect(s).toMatchObject({ phase: 'answering', index: 0, order: ALL.map((q) => q.id) });
    expect(next(s)).toBe(s); // « Question suivante » needs a checked question
    s = answerAll(s, ['q-single', 'q-vf', 'q-cmd']);
    expect(score(s)).toEqual({ correct: 3, total: 6 });
    expect(mistakes(s)).toEqual(['q-multiple', 'q-ordre', 'q-assoc']);
  });

  test('an unusable response is not checked', () => {
    const s = startSession(ALL, 'abc');
    expect(check(s, ALL, { type: 'single', choice: -1 })).toBe(s);
  });

  test('« Revoir mes erreurs » asks the wrong ones only, then « Recommencer » everything', () => {
    const done = answerAll(startSession(ALL, 'abc'), ['q-single', 'q-vf', 'q-cmd']);
    const review = reviewMistakes(done, ALL);
    expect(review).toMatchObject({ phase: 'answering', round: 2, order: ['q-multiple', 'q-ordre', 'q-assoc'], results: {} });
    const again = restart(answerAll(review, ['q-multiple']), ALL, 'xyz');
    expect(again).toMatchObject({ round: 3, seed: 'xyz', order: ALL.map((q) => q.id), phase: 'answering' });
  });

  test('the same seed gives the same shuffles; ordering never starts solved', () => {
    const a = startSession(ALL, 'graine');
    expect(startSession(ALL, 'graine').layouts).toEqual(a.layouts);
    expect(a.layouts['q-single'].slice().sort()).toEqual([0, 1, 2]);
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      expect(startSession(ALL, seed).layouts['q-ordre']).not.toEqual([0, 1, 2, 3]);
    }
    const seeds = ['1', '2', '3', '4', '5', '6'].map((seed) => JSON.stringify(startSession(ALL, seed).layouts));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  test('a #q- link opens that question; time up counts the rest as wrong', () => {
    let s = goTo(startSession(ALL, 'abc'), 'q-assoc');
    expect(s.index).toBe(4);
    s = finish(check(s, ALL, { type: 'matching', matches: [0, 1, 2] }));
    expect(s.phase).toBe('results');
    expect(score(s)).toEqual({ correct: 1, total: 6 });
  });
});

describe('« Réessayer » after a wrong answer', () => {
  test('the first answer counts for the score, the retry is shown and remembered', () => {
    let s = check(startSession([single, truefalse], 'abc'), ALL, { type: 'single', choice: 0 });
    expect(canRetry(s)).toBe(true);
    s = retry(s);
    expect(s).toMatchObject({ phase: 'answering', index: 0 });
    expect(isRetrying(s)).toBe(true);
    s = check(s, ALL, { type: 'single', choice: 2 }); // wrong again: may retry again
    expect(canRetry(s)).toBe(true);
    s = check(retry(s), ALL, { type: 'single', choice: 1 });
    expect(s).toMatchObject({ phase: 'checked', results: { 'q-single': false }, retries: { 'q-single': true }, responses: { 'q-single': { choice: 1 } } });
    expect(canRetry(s)).toBe(false);
    expect(retry(s)).toBe(s);
    s = next(s);
    expect(isRetrying(s)).toBe(false);
    s = next(check(s, ALL, { type: 'truefalse', value: false }));
    expect(score(s)).toEqual({ correct: 1, total: 2 });
    expect(mistakes(s)).toEqual(['q-single']); // « Revoir mes erreurs » still asks it
  });
  test('no retry after a right answer, nor before checking', () => {
    const fresh = startSession([truefalse], 'abc');
    expect(retry(fresh)).toBe(fresh);
    const right = check(fresh, ALL, { type: 'truefalse', value: false });
    expect(canRetry(right)).toBe(false);
  });
  test('a #q- link to a retried question asks it afresh', () => {
    const s = retry(check(startSession([single, truefalse], 'abc'), ALL, { type: 'single', choice: 0 }));
    const opened = goTo(next(check(s, ALL, { type: 'single', choice: 1 })), 'q-single');
    expect(isRetrying(opened)).toBe(false);
    expect(check(opened, ALL, { type: 'single', choice: 1 }).results['q-single']).toBe(true);
  });
});

describe('sitting the exam', () => {
  const ids = ['q-single', 'q-vf', 'q-cmd', 'q-assoc'];
  const fresh = () => startExam(ALL, ids, 'graine', 1_000);

  test('starts on the first question of the draw, in the draw’s order, nothing flagged', () => {
    expect(fresh()).toMatchObject({ order: ids, index: 0, phase: 'answering', flagged: [], startedAt: 1_000 });
    expect(unanswered(fresh())).toEqual(ids);
  });
  test('« Passer », « Question précédente » and the grid move without answering', () => {
    let s = skip(fresh());
    expect(s.index).toBe(1);
    expect(previous(previous(s)).index).toBe(0); // nothing before the first
    s = jumpTo(s, 3);
    expect(s.index).toBe(3);
    expect(skip(s).index).toBe(0); // after the last, back to the first
    expect(jumpTo(s, 9)).toBe(s);
    expect(unanswered(s)).toEqual(ids);
  });
  test('« Valider » goes to the next question without an answer, and an answer can be changed', () => {
    let s = answer(skip(fresh()), ALL, { type: 'truefalse', value: true }); // q-vf, wrong
    expect(s.index).toBe(2);
    s = answer(jumpTo(s, 3), ALL, { type: 'matching', matches: [0, 1, 2] });
    expect(s.index).toBe(0); // wraps to the first unanswered
    s = answer(s, ALL, { type: 'single', choice: 1 });
    expect(s.index).toBe(2);
    expect(unanswered(s)).toEqual(['q-cmd']);
    s = answer(s, ALL, { type: 'command', text: 'docker ps' });
    expect(unanswered(s)).toEqual([]);
    expect(s).toMatchObject({ index: 2, phase: 'answering' }); // stays: the island offers to end
    s = answer(jumpTo(s, 1), ALL, { type: 'truefalse', value: false }); // changed: now right
    expect(s.results['q-vf']).toBe(true);
    expect(score(finish(s))).toEqual({ correct: 3, total: 4 });
  });
  test('flags, and the question asked before ending', () => {
    let s = toggleFlag(fresh(), 'q-vf');
    expect(isFlagged(s, 'q-vf')).toBe(true);
    expect(confirmMessage(s)).toBe('4 questions sans réponse. 1 question marquée pour plus tard. Terminer quand même ?');
    s = toggleFlag(toggleFlag(s, 'q-cmd'), 'q-vf');
    expect(s.flagged).toEqual(['q-cmd']);
    expect(toggleFlag(s, 'inconnue')).toBe(s);
    s = answer(answer(answer(s, ALL, { type: 'single', choice: 1 }), ALL, { type: 'truefalse', value: false }), ALL, { type: 'command', text: 'x' });
    expect(confirmMessage(toggleFlag(s, 'q-cmd'))).toBe('1 question sans réponse. Terminer quand même ?');
    s = answer(toggleFlag(s, 'q-cmd'), ALL, { type: 'matching', matches: [0, 1, 2] });
    expect(confirmMessage(s)).toBe('Toutes les questions ont une réponse. Terminer l’examen ?');
    expect(toggleFlag(finish(s), 'q-vf').flagged).toEqual([]); // no flag after the end
  });
  test('timer: look changes under 5 min and 1 min; only two announcements', () => {
    expect([timerLevel(5 * 60_000 + 1), timerLevel(5 * 60_000), timerLevel(60_001), timerLevel(60_000), timerLevel(0)])
      .toEqual(['normal', 'low', 'low', 'critical', 'critical']);
    const said = new Set(Array.from({ length: 15 * 60 + 1 }, (_, s) => timerAnnouncement(s * 1000)));
    expect([...said].sort()).toEqual(['', 'Il reste 1 minute.', 'Il reste 5 minutes.']);
  });
  test('the history entry of a finished exam: score, per chapter, duration, time out', () => {
    const qs = ALL.map((q, i) => ({ ...q, chapter: i % 2 ? 'docker' : 'compose', chapterLabel: i % 2 ? 'Docker' : 'Compose' })) as Question[];
    const s = finish(answer(startExam(qs, ids, 'graine', 1_000), qs, { type: 'single', choice: 1 }));
    const deadline = 1_000 + 15 * 60_000;
    const entry = examResult(qs, s, { now: deadline + 3_000, deadline, timedOut: true });
    expect(entry).toEqual({
      id: examId(s), at: deadline, seed: 'graine', count: 4, correct: 1, durationMs: 15 * 60_000, limitMinutes: 15, timedOut: true,
      chapters: [{ chapter: 'compose', label: 'Compose', correct: 1, total: 3 }, { chapter: 'docker', label: 'Docker', correct: 0, total: 1 }],
    });
    expect(examId(s)).toBe('graine@1000');
    expect(examResult(qs, s, { now: 61_000, deadline: null, timedOut: false })).toMatchObject({ durationMs: 60_000, limitMinutes: 0, timedOut: false });
    expect(formatDuration(12 * 60_000 + 5_000)).toBe('12\u00a0min 05\u00a0s');
    expect(formatDuration(42_000)).toBe('42\u00a0s');
  });
});

describe('exam draw', () => {
  const bank = ['introduction', 'fondations', 'docker', 'kubernetes'].flatMap((chapter, c) =>
    Array.from({ length: c === 0 ? 3 : 12 }, (_, i) => ({ id: `${chapter}-${i}`, chapter })),
  );
  test('the same seed gives the same exam, another seed another one', () => {
    expect(drawExam(bank, 20, 'prof')).toEqual(drawExam(bank, 20, 'prof'));
    expect(drawExam(bank, 20, 'prof')).not.toEqual(drawExam(bank, 20, 'autre'));
  });
  test('balanced across chapters; a short chapter gives its share to the others', () => {
    const exam = drawExam(bank, 20, 'prof');
    expect(new Set(exam).size).toBe(20);
    const count = (c: string) => exam.filter((id) => id.startsWith(`${c}-`)).length;
    expect(count('introduction')).toBe(3);
    for (const c of ['fondations', 'docker', 'kubernetes']) expect(count(c)).toBeGreaterThanOrEqual(5);
    expect(drawExam(bank, 10, 's').filter((id) => id.startsWith('docker-')).length).toBeGreaterThanOrEqual(2);
    expect(drawExam(bank, 100, 's')).toHaveLength(bank.length);
  });
  test('score by chapter with the sections to re-read', () => {
    const qs = [
      { ...single, id: 'a', chapter: 'docker', chapterLabel: 'Docker', section: '/docker/images/' },
      { ...single, id: 'b', chapter: 'docker', chapterLabel: 'Docker', section: '/docker/volumes/' },
      { ...single, id: 'c', chapter: 'compose', chapterLabel: 'Compose', section: '/compose/commandes/' },
    ] as Question[];
    expect(scoreByChapter(qs, ['a', 'b', 'c'], { a: true, b: false })).toEqual([
      { chapter: 'docker', chapterLabel: 'Docker', correct: 1, total: 2, missedSections: ['/docker/volumes/'] },
      { chapter: 'compose', chapterLabel: 'Compose', correct: 0, total: 1, missedSections: ['/compose/commandes/'] },
    ]);
  });
  test('countdown', () => {
    expect(timeLeft(null, 5)).toBe(Infinity);
    expect(timeLeft(1000, 5000)).toBe(0);
    expect(formatCountdown(14 * 60_000 + 5_000)).toBe('14:05');
  });
});

describe('#q-<id> links', () => {
  test('open the named question, and a malformed or foreign hash opens nothing without throwing', () => {
    const s = startSession(ALL, 'graine');
    expect(openFromHash(s, ALL, '#q-q-cmd')?.order[openFromHash(s, ALL, '#q-q-cmd')!.index]).toBe('q-cmd');
    expect(openFromHash(s, ALL, '#q-%E0%A4%A')).toBeNull();
    expect(openFromHash(s, ALL, '#q-inconnue')).toBeNull();
    expect(openFromHash(s, ALL, '#les-volumes')).toBeNull();
  });
});
