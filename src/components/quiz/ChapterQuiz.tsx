// The « Testez-vous » island of a course page: restores the learner's session from the store,
// opens a `#q-<id>` link, and saves every step. The runner renders; the session decides.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Question } from '../../quiz/questions';
import { $quizProgress, loadQuizProgress, saveAnswer, saveFinish, saveQuizSession } from '../../quiz/quiz-store';
import { fitsQuestions, openFromHash, score, startSession, type SessionState } from '../../quiz/session';
import StorageNotice from '../StorageNotice';
import { QuizRunner, type RunnerEvent } from './QuizRunner';

interface Props {
  /** The page path, which is also the quiz's id in the store. */
  quizId: string;
  questions: Question[];
}

/** Scrolls the quiz into view and puts the focus on « Question n / N ». */
function focusQuestion(prefix: string) {
  requestAnimationFrame(() => {
    const runner = document.getElementById(`${prefix}-runner`);
    runner?.scrollIntoView({ block: 'start' });
    runner?.querySelector<HTMLElement>('.quiz-progress')?.focus({ preventScroll: true });
  });
}

export default function ChapterQuiz({ quizId, questions }: Props) {
  const prefix = `quiz${quizId.replace(/[^a-z0-9]+/g, '-')}`.replace(/-$/, '');
  // The first render matches the server's HTML; the stored session is restored once hydrated.
  const [state, setState] = useState<SessionState>(() => startSession(questions, quizId));
  const progress = useStore($quizProgress);
  const record = progress.quizzes[quizId];

  useEffect(() => {
    loadQuizProgress();
    const stored = $quizProgress.get().quizzes[quizId]?.session;
    const restored = stored && fitsQuestions(stored, questions) ? stored : startSession(questions, quizId);
    setState(restored);
    const openHash = () => {
      const opened = openFromHash(restored, questions, location.hash);
      if (!opened) return;
      setState((current) => openFromHash(current, questions, location.hash) ?? current);
      focusQuestion(prefix);
    };
    openHash();
    addEventListener('hashchange', openHash);
    return () => removeEventListener('hashchange', openHash);
  }, []);

  const onState = (next: SessionState, event: RunnerEvent) => {
    setState(next);
    // Only a first answer is the question's recorded result, as it is the one the score counts.
    if (event.kind === 'checked') saveAnswer(event.questionId, event.ok);
    if (event.kind === 'finished') saveFinish(quizId, score(next), next.order.length === questions.length);
    saveQuizSession(quizId, next);
  };

  const best = record?.best;
  return (
    <>
      <StorageNotice />
      <QuizRunner
        questions={questions}
        state={state}
        onState={onState}
        idPrefix={prefix}
        resultsExtra={best ? <p class="quiz-best">Meilleur score sur ce quiz : {best.correct} / {best.total}</p> : null}
      />
    </>
  );
}
