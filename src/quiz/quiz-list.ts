// The words of /revision/quiz/ (the list of chapter quizzes), as pure functions: the page renders
// them at build for a learner with no progress (QuizList.astro), and the page's script
// (src/components/quiz/quiz-list.ts) puts the learner's own in place. No DOM.
import { quizStatus, type QuizProgress, type QuizRecord, type QuizStatus } from './quiz-progress';

export interface QuizListEntry {
  page: string;
  title: string;
  count: number;
}

export interface QuizListChapter {
  label: string;
  quizzes: QuizListEntry[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** « Aucun des 3 quiz n’est encore commencé (24 questions). » or the totals of what is done. */
export function summaryText(quizzes: QuizListEntry[], progress: QuizProgress): string {
  let done = 0;
  let started = 0;
  let right = 0;
  let questions = 0;
  for (const q of quizzes) {
    const record = progress.quizzes[q.page];
    if (quizStatus(record).kind === 'in-progress') started++;
    if (record?.best) {
      done++;
      right += record.best.correct;
    }
    questions += q.count;
  }
  const total = quizzes.length;
  return done === 0 && started === 0
    ? `${total === 1 ? 'Ce quiz n’est pas' : `Aucun des ${total} quiz n’est`} encore commencé (${plural(questions, 'question', 'questions')}).`
    : `${plural(done, 'quiz terminé', 'quiz terminés')} sur ${total}` +
        (started > 0 ? `, ${started} en cours` : '') +
        ` ; meilleurs scores : ${right} / ${questions} questions.`;
}

/** What one quiz's card says. */
export interface QuizCardView {
  status: QuizStatus;
  /** « En cours » only: « 1 question faite sur 8 ». */
  answered: string | null;
  best: string;
  last: string;
}

export function quizCard(record: QuizRecord | undefined): QuizCardView {
  const status = quizStatus(record);
  const date = record?.last ? new Date(record.last.at).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long' }) : null;
  return {
    status,
    answered: status.kind === 'in-progress' ? `${plural(status.answered, 'question faite', 'questions faites')} sur ${status.total}` : null,
    best: record?.best ? `${record.best.correct} / ${record.best.total}` : '—',
    last: record?.last && date ? `${record.last.correct} / ${record.last.total}, le ${date}` : '—',
  };
}
