// The « Testez-vous » island of a course page: takes the page's questions from the questions
// data file (hashed, precached, shared with the exam: not repeated in every page's HTML),
// restores the learner's session from the store, opens a `#q-<id>` link, and saves every step.
// The runner renders; the session decides.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Question } from '../../quiz/questions';
import { $quizProgress, loadQuizProgress, saveAnswer, saveFinish, saveQuizSession } from '../../quiz/quiz-store';
import { fitsQuestions, openFromHash, score, startSession, type SessionState } from '../../quiz/session';
import StorageNotice from '../StorageNotice';
import { DataFileStatus, useDataFile } from '../DataFileStatus';
import { QuizRunner, type RunnerEvent } from './QuizRunner';

/**
 * `quizId`: the page path (or a section's quiz id), which is also the quiz's id in the store.
 * The questions are either given (a section's session, already loaded) or taken from the
 * questions data file at `src` (base included): the course page's own questions.
 */
type Props = { quizId: string; questions: Question[] } | { quizId: string; src: string };

/** Scrolls the quiz into view and puts the focus on « Question n / N ». */
function focusQuestion(prefix: string) {
  requestAnimationFrame(() => {
    const runner = document.getElementById(`${prefix}-runner`);
    runner?.scrollIntoView({ block: 'start' });
    runner?.querySelector<HTMLElement>('.quiz-progress')?.focus({ preventScroll: true });
  });
}

export default function ChapterQuiz(props: Props) {
  if ('questions' in props) return <ChapterQuizSession quizId={props.quizId} questions={props.questions} />;
  return <PageQuiz quizId={props.quizId} src={props.src} />;
}

/** The questions of the page `quizId` out of the data file, once it has arrived. */
function PageQuiz({ quizId, src }: { quizId: string; src: string }) {
  const [data, retry] = useDataFile(src, 'questions');
  const questions = useMemo(
    () => (data.status === 'ready' ? data.items.filter((q) => q.section.split('#')[0] === quizId) : []),
    [data, quizId],
  );
  if (data.status !== 'ready') return <DataFileStatus state={data} retry={retry} what="des questions" />;
  if (questions.length === 0) {
    return (
      <p class="data-file-status data-file-error" role="alert">
        Les questions de cette page sont introuvables : le site a peut-être été mis à jour, rechargez la page.
      </p>
    );
  }
  return <ChapterQuizSession quizId={quizId} questions={questions} />;
}

function ChapterQuizSession({ quizId, questions }: { quizId: string; questions: Question[] }) {
  const prefix = `quiz${quizId.replace(/[^a-z0-9]+/g, '-')}`.replace(/-$/, '');
  // A new session at first render; the stored one is restored once mounted.
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
