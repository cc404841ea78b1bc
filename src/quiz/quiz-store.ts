// The learner's quiz progress, persisted under `cours-conteneurs:v1:quiz` through the generic
// storage slot (validated reads, corrupt data set aside, write failures survived) and shared
// with every island of the page through one nanostores atom. Other tabs are merged per quiz
// and per question, the newest change winning.
import { atom } from 'nanostores';
import {
  QUIZ_PROGRESS_VERSION, emptyProgress, mergeProgress, parseProgress, recordAnswer, recordExam, recordFinish, recordSession, type QuizProgress,
} from './quiz-progress';
import type { ExamResult } from './exam';
import type { SessionState } from './session';
import { createSlot } from './storage';

export const $quizProgress = atom<QuizProgress>(emptyProgress());

/** Its storage key. */
export const QUIZ_PROGRESS_KEY = 'cours-conteneurs:v1:quiz';

/** The quiz progress's storage slot (also read and written by the backup, backup-store.ts). */
export function quizProgressSlot() {
  return createSlot<QuizProgress>({
    key: QUIZ_PROGRESS_KEY,
    version: QUIZ_PROGRESS_VERSION,
    parse: parseProgress,
    empty: emptyProgress,
    label: 'votre progression dans les quiz',
  });
}

let slot: ReturnType<typeof quizProgressSlot> | null = null;

/** Reads the stored progress once per page (islands call it when they mount). */
export function loadQuizProgress(): void {
  if (slot || typeof window === 'undefined') return;
  slot = quizProgressSlot();
  $quizProgress.set(slot.load());
  slot.onExternalChange((theirs) => $quizProgress.set(mergeProgress($quizProgress.get(), theirs)));
}

/** Read → merge → write: a tab back from the back/forward cache may have missed other tabs' writes. */
function update(change: (progress: QuizProgress) => QuizProgress): void {
  loadQuizProgress();
  const stored = slot?.load();
  const next = change(stored ? mergeProgress($quizProgress.get(), stored) : $quizProgress.get());
  $quizProgress.set(next);
  slot?.save(next);
}

export const saveAnswer = (questionId: string, ok: boolean) => update((p) => recordAnswer(p, questionId, ok, Date.now()));

export const saveQuizSession = (quizId: string, session: SessionState | null, deadline?: number | null) =>
  update((p) => recordSession(p, quizId, session, Date.now(), deadline));

export const saveFinish = (quizId: string, score: { correct: number; total: number }, complete: boolean) =>
  update((p) => recordFinish(p, quizId, score, complete, Date.now()));

/** A finished exam joins the history (recording the same sitting twice keeps it once). */
export const saveExamResult = (exam: ExamResult) => update((p) => recordExam(p, exam));
