import { describe, expect, test } from 'vitest';
import {
  emptyProgress, mergeProgress, parseProgress, recordAnswer, recordFinish, recordSession, type QuizProgress,
} from '../../src/quiz/quiz-progress';
import { startSession } from '../../src/quiz/session';
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
