// The stateful side of the all-progress backup (backup.ts): reading the quiz progress to export
// it, and writing an imported one (read, merge, write through the quiz's storage slot, then the
// page's quiz atom, so that a quiz island of this page does not keep a stale copy).
import { emptyProgress, parseProgress, QUIZ_PROGRESS_VERSION, type QuizProgress } from './quiz-progress.ts';
import { $quizProgress, loadQuizProgress, QUIZ_PROGRESS_KEY } from './quiz-store.ts';
import { createSlot } from './storage.ts';
import { importedQuiz } from './backup.ts';

function quizSlot() {
  return createSlot<QuizProgress>({
    key: QUIZ_PROGRESS_KEY,
    version: QUIZ_PROGRESS_VERSION,
    parse: parseProgress,
    empty: emptyProgress,
    label: 'votre progression dans les quiz',
  });
}

/** The quiz progress as stored now. */
export function storedQuiz(): QuizProgress {
  return quizSlot().load();
}

/** Applies an imported quiz progress; returns whether it reached storage. */
export function applyQuizImport(imported: QuizProgress, mode: 'fusionner' | 'remplacer', now: number): boolean {
  loadQuizProgress();
  const { value, stored } = quizSlot().update((current) => importedQuiz(current, imported, mode, now));
  $quizProgress.set(value);
  return stored;
}
