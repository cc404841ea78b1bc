import { describe, expect, test } from 'vitest';
import {
  EXAM_HISTORY_LIMIT, emptyProgress, examHistory, mergeProgress, parseProgress, quizStatus, recordAnswer, recordExam, recordFinish, recordSession,
  type QuizProgress,
} from '../../src/quiz/quiz-progress';
import type { ExamResult } from '../../src/quiz/exam';
import { check, next, retry, startSession } from '../../src/quiz/session';
import { createSlot, storageNotices, type StorageLike } from '../../src/quiz/storage';

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}
import type { Question } from '../../src/quiz/questions';

const question: Question = {
  id: 'q1', chapter: 'docker', chapterLabel: 'Docker', section: '/docker/volumes/', sectionTitle: 'Volumes',
  promptHtml: '', explanationHtml: '', type: 'truefalse', answer: true, feedbackTrueHtml: '', feedbackFalseHtml: '',
};

function slotOn(storage: StorageLike | null) {
  return createSlot<QuizProgress>({ key: 'cours-conteneurs:v1:quiz', version: 1, parse: parseProgress, empty: emptyProgress, storage, events: null, label: 'votre progression dans les quiz' });
}

describe('quiz progress', () => {
  test('best score, last attempt and each question’s last result with its date', () => {
    let p = recordAnswer(emptyProgress(), 'q1', false, 1000);
    p = recordFinish(p, '/docker/volumes/', { correct: 3, total: 7 }, true, 2000);
    p = recordFinish(p, '/docker/volumes/', { correct: 6, total: 7 }, true, 3000);
    p = recordFinish(p, '/docker/volumes/', { correct: 4, total: 7 }, true, 4000);
    // A « Revoir mes erreurs » round (not complete) does not change the best score.
    p = recordFinish(p, '/docker/volumes/', { correct: 3, total: 3 }, false, 5000);
    expect(p.quizzes['/docker/volumes/']).toMatchObject({ best: { correct: 6, total: 7, at: 3000 }, last: { correct: 4, total: 7, at: 4000 } });
    expect(p.questions.q1).toEqual({ ok: false, at: 1000 });
  });

  test('two tabs merge per quiz and per question, the newest wins, the best of both is kept', () => {
    const mine = recordFinish(recordAnswer(emptyProgress(), 'a', true, 10), 'quiz-1', { correct: 5, total: 5 }, true, 10);
    let theirs = recordAnswer(recordAnswer(emptyProgress(), 'a', false, 20), 'b', true, 5);
    theirs = recordFinish(theirs, 'quiz-1', { correct: 2, total: 5 }, true, 30);
    theirs = recordFinish(theirs, 'quiz-2', { correct: 1, total: 2 }, true, 30);
    const merged = mergeProgress(mine, theirs);
    expect(merged.questions).toEqual({ a: { ok: false, at: 20 }, b: { ok: true, at: 5 } });
    expect(merged.quizzes['quiz-1']).toMatchObject({ best: { correct: 5 }, last: { correct: 2 }, updatedAt: 30 });
    expect(merged.quizzes['quiz-2'].best).toMatchObject({ correct: 1, total: 2 });
    // An older copy changes nothing.
    expect(mergeProgress(merged, mine)).toEqual(merged);
  });

  test('validation accepts what the app writes and refuses the rest', () => {
    const session = startSession([question], 'seed');
    const good = recordSession(recordFinish(emptyProgress(), 'x', { correct: 1, total: 1 }, true, 1), 'x', session, 2, null);
    expect(parseProgress(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(parseProgress(null)).toBeNull();
    expect(parseProgress({ quizzes: [], questions: {} })).toBeNull();
    expect(parseProgress({ quizzes: {}, questions: { q: { ok: 'oui', at: 1 } } })).toBeNull();
    expect(parseProgress({ ...good, quizzes: { x: { ...good.quizzes.x, best: { correct: 3, total: 1, at: 1 } } } })).toBeNull();
    expect(parseProgress({ ...good, quizzes: { x: { ...good.quizzes.x, session: { ...session, phase: 'fini' } } } })).toBeNull();
  });
});

const exam = (id: string, at: number, correct = 3): ExamResult => ({
  id, at, seed: id.split('@')[0], count: 10, correct, durationMs: 600_000, limitMinutes: 15, timedOut: false,
  chapters: [{ chapter: 'docker', label: 'Docker', correct, total: 10 }],
});

describe('exam history', () => {
  test('a value stored before the history existed still loads, with an empty history', () => {
    // Exactly what the site wrote before: no `exams`, sessions without retries/flags/start.
    const old = {
      quizzes: {
        '/docker/volumes/': {
          best: { correct: 4, total: 7, at: 1000 }, last: { correct: 4, total: 7, at: 1000 }, deadline: null, updatedAt: 1000,
          session: { seed: '/docker/volumes/', round: 1, order: ['q1'], index: 0, phase: 'results', responses: { q1: { type: 'truefalse', value: true } }, results: { q1: true }, layouts: { q1: [] } },
        },
        examen: { best: null, last: null, session: null, deadline: null, updatedAt: 900 },
      },
      questions: { q1: { ok: true, at: 1000 } },
    };
    const parsed = parseProgress(JSON.parse(JSON.stringify(old)));
    expect(parsed).toEqual({ ...old, exams: [] });
    expect(examHistory(parsed!)).toEqual([]);
    // …and through the storage slot, as a page reads it.
    const storage = memoryStorage();
    storage.setItem('cours-conteneurs:v1:quiz', JSON.stringify(old));
    const loaded = slotOn(storage).load();
    expect(loaded.quizzes['/docker/volumes/'].best).toEqual({ correct: 4, total: 7, at: 1000 });
    expect(recordExam(loaded, exam('a@1', 5)).exams).toHaveLength(1);
  });

  test('recorded once per sitting, returned oldest first, capped to the newest', () => {
    let p = recordExam(recordExam(emptyProgress(), exam('b@2', 200)), exam('a@1', 100));
    p = recordExam(p, exam('b@2', 200)); // the same sitting again (reload, second tab)
    expect(examHistory(p).map((e) => e.id)).toEqual(['a@1', 'b@2']);
    for (let i = 0; i < EXAM_HISTORY_LIMIT + 5; i++) p = recordExam(p, exam(`x@${i}`, 1000 + i));
    expect(p.exams).toHaveLength(EXAM_HISTORY_LIMIT);
    expect(p.exams[0].id).toBe('x@5');
    expect(p.exams.at(-1)!.id).toBe(`x@${EXAM_HISTORY_LIMIT + 4}`);
  });

  test('two tabs: the histories are united by id, whatever the order of the merge', () => {
    const mine = recordExam(recordExam(emptyProgress(), exam('a@1', 100)), exam('c@3', 300));
    const theirs = recordExam(recordExam(emptyProgress(), exam('b@2', 200)), exam('a@1', 100));
    expect(mergeProgress(mine, theirs).exams.map((e) => e.id)).toEqual(['a@1', 'b@2', 'c@3']);
    expect(mergeProgress(theirs, mine)).toEqual(mergeProgress(mine, theirs));
  });

  test('an invalid history is refused (the store sets the value aside, an import is refused)', () => {
    const good = recordExam(emptyProgress(), exam('a@1', 100));
    expect(parseProgress(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(parseProgress({ ...good, exams: {} })).toBeNull();
    expect(parseProgress({ ...good, exams: [{ ...exam('a@1', 1), correct: 11 }] })).toBeNull();
    expect(parseProgress({ ...good, exams: [{ ...exam('a@1', 1), chapters: [{ chapter: 'docker' }] }] })).toBeNull();
    expect(parseProgress({ ...good, exams: [{ ...exam('', 1) }] })).toBeNull();
  });

  test('an exam session with flags and a chapter session with retries are stored and read back', () => {
    const session = { ...retry(check(startSession([question], 'seed'), [question], { type: 'truefalse', value: false })), flagged: ['q1'], startedAt: 5 };
    const p = recordSession(emptyProgress(), 'x', session, 6, null);
    expect(parseProgress(JSON.parse(JSON.stringify(p)))).toEqual(p);
    expect(parseProgress({ ...p, quizzes: { x: { ...p.quizzes.x, session: { ...session, flagged: 'q1' } } } })).toBeNull();
    expect(parseProgress({ ...p, quizzes: { x: { ...p.quizzes.x, session: { ...session, retries: { q1: 'oui' } } } } })).toBeNull();
  });
});

describe('status of a chapter quiz in the list', () => {
  const q2: Question = { ...question, id: 'q2' };
  test('never started, half done (« En cours »), finished', () => {
    expect(quizStatus(undefined)).toEqual({ kind: 'todo' });
    const started = startSession([question, q2], 'seed');
    expect(quizStatus(recordSession(emptyProgress(), 'x', started, 1).quizzes.x)).toEqual({ kind: 'todo' });
    const half = next(check(started, [question, q2], { type: 'truefalse', value: true }));
    expect(quizStatus(recordSession(emptyProgress(), 'x', half, 1).quizzes.x)).toEqual({ kind: 'in-progress', index: 1, total: 2, answered: 1 });
    const done = recordFinish(emptyProgress(), 'x', { correct: 1, total: 2 }, true, 2);
    expect(quizStatus(done.quizzes.x)).toEqual({ kind: 'done' });
    // A new round started after a finished one is in progress again.
    expect(quizStatus(recordSession(done, 'x', half, 3).quizzes.x).kind).toBe('in-progress');
  });
});

describe('quiz progress in storage', () => {
  test('a reload reads back what was saved', () => {
    const storage = memoryStorage();
    const p = recordAnswer(emptyProgress(), 'q1', true, 42);
    expect(slotOn(storage).save(p)).toBe(true);
    expect(slotOn(storage).load()).toEqual(p);
  });

  test('corrupt data is set aside with a French notice and a clean start', () => {
    storageNotices.set([]);
    const storage = memoryStorage();
    storage.setItem('cours-conteneurs:v1:quiz', '{"quizzes": 12');
    expect(slotOn(storage).load()).toEqual(emptyProgress());
    expect(storage.getItem('cours-conteneurs:v1:quiz:copie')).toBe('{"quizzes": 12');
    const [notice] = storageNotices.get();
    expect(notice.message).toMatch(/^Impossible de lire votre progression dans les quiz dans ce navigateur/);
    expect(notice.download?.content).toBe('{"quizzes": 12');
  });

  test('a storage that throws on write: the progress stays in memory, with a notice', () => {
    storageNotices.set([]);
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); },
      removeItem: () => {},
    };
    const slot = slotOn(full);
    const p = recordAnswer(emptyProgress(), 'q1', true, 1);
    expect(slot.save(p)).toBe(false);
    expect(slot.load()).toEqual(p);
    expect(storageNotices.get()[0].message).toMatch(/plein/);
  });

  test('an older version is migrated', () => {
    const storage = memoryStorage();
    storage.setItem('cours-conteneurs:v0:quiz', JSON.stringify({ scores: { 'quiz-1': 3 } }));
    const slot = createSlot<QuizProgress>({
      key: 'cours-conteneurs:v1:quiz', version: 1, parse: parseProgress, empty: emptyProgress, storage, events: null,
      migrations: { 0: () => ({ quizzes: {}, questions: { migrated: { ok: true, at: 1 } } }) },
    });
    expect(slot.load().questions.migrated).toEqual({ ok: true, at: 1 });
  });
});
