// The stateful side of the all-progress backup (backup.ts): reading the quiz progress to export
// it, and writing an imported one (read, merge, write through the quiz's storage slot, then the
// page's quiz atom, so that a quiz island of this page does not keep a stale copy).
import type { QuizProgress } from './quiz-progress.ts';
import { $quizProgress, loadQuizProgress, quizProgressSlot } from './quiz-store.ts';
import { importedQuiz } from './backup.ts';

/** The quiz progress as stored now. */
export function storedQuiz(): QuizProgress {
  return quizProgressSlot().load();
}

/** Applies an imported quiz progress; returns whether it reached storage. */
export function applyQuizImport(imported: QuizProgress, mode: 'fusionner' | 'remplacer', now: number): boolean {
  loadQuizProgress();
  const { value, stored } = quizProgressSlot().update((current) => importedQuiz(current, imported, mode, now));
  $quizProgress.set(value);
  return stored;
}
