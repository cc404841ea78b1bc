// Whether the learner has anything of their own yet. « Ma progression » shows its empty page
// without the course's outline or ts-fsrs until there is (src/components/progress/ProgressApp.tsx).
import type { QuizProgress } from '../quiz-progress';
import { QUIZ_PROGRESS_KEY } from '../quiz-store';
import { SETTINGS_KEY, SRS_KEY } from '../srs/live';

/** Something is stored for the learner, by the keys alone (the values are decoded in slices). */
export function somethingStored(getStorage: () => Pick<Storage, 'length' | 'key'> = () => localStorage): boolean {
  try {
    const storage = getStorage(); // may throw: storage refused by the browser
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === SRS_KEY || key === QUIZ_PROGRESS_KEY || key === SETTINGS_KEY) return true;
    }
  } catch {
    // No storage: nothing stored.
  }
  return false;
}

/** Cards studied, questions answered, exams taken or an exam date: the page has figures to show. */
export function hasLearnerData(cards: ReadonlyMap<string, unknown>, quiz: QuizProgress, examSet: boolean): boolean {
  return cards.size > 0 || Object.keys(quiz.questions).length > 0 || quiz.exams.length > 0 || examSet;
}
