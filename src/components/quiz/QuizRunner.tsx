// The screen of a chapter quiz round: « Question 3 / 10 », the question, the feedback after
// « Vérifier » with « Réessayer » after a wrong answer, then the results with « Revoir mes
// erreurs » and « Recommencer » first. Every decision is the session's (src/quiz/session.ts);
// this component renders it and moves the focus.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { gradeResponse } from '../../quiz/grading';
import type { ChoiceQuestion, Question, Response } from '../../quiz/questions';
import { canRetry, check, currentId, isRetrying, mistakes, next, restart, retry, reviewMistakes, score, type SessionState } from '../../quiz/session';
import { newSeed } from '../../quiz/random';
import { describeAnswer } from './answers';
import { Html } from './Html';
import { QuestionForm } from './QuestionForm';
import { Parts, ResultList, SectionLink } from './Results';
import { CopyLink } from '../share/CopyLink';

/** `checked` is a first answer (it counts and is recorded); `retried` an answer after « Réessayer ». */
export type RunnerEvent = { kind: 'checked' | 'retried'; questionId: string; ok: boolean } | { kind: 'finished' } | { kind: 'changed' };

interface Props {
  questions: Question[];
  state: SessionState;
  onState: (state: SessionState, event: RunnerEvent) => void;
  /** Shown under the score (best score). */
  resultsExtra?: ComponentChildren;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
}

function Feedback({ question, response, retried }: { question: Question; response: Response; retried: boolean }) {
  const grade = gradeResponse(question, response);
  return (
    <div class={`quiz-feedback ${grade.correct ? 'is-right' : 'is-wrong'}`}>
      <p class="quiz-verdict">
        <span aria-hidden="true">{grade.correct ? '✓ ' : '✗ '}</span>
        <strong>{grade.correct ? 'Bonne réponse' : 'Mauvaise réponse'}</strong>
        {retried && <span class="quiz-retry-note"> (nouvel essai, hors score)</span>}
      </p>
      {grade.messages.length > 0 && (
        <ul class="quiz-messages">{grade.messages.map((m) => <li key={m}>{m}</li>)}</ul>
      )}
      {grade.notes.map((n) => <p class="quiz-note" key={n}>{n}</p>)}
      {grade.options.length > 0 && (
        <ul class="quiz-option-feedback">
          {grade.options.map((o) => (
            <li key={o.index} class={o.correct ? 'is-right' : 'is-wrong'}>
              <p class="quiz-option-status">
                {o.chosen ? 'Vous avez choisi' : 'Vous n’avez pas choisi'} :{' '}
                <Html as="span" html={(question as ChoiceQuestion).options[o.index].html} />{' '}
                <em>({o.correct ? 'bonne réponse' : 'mauvaise réponse'})</em>
              </p>
              <Html html={o.feedbackHtml} />
            </li>
          ))}
        </ul>
      )}
      {grade.feedbackHtml && <Html html={grade.feedbackHtml} />}
      {!grade.correct && grade.options.length === 0 && (
        <div class="quiz-right-answer">
          <p>La bonne réponse :</p>
          <Parts parts={describeAnswer(question)} ordered={question.type === 'ordering'} />
        </div>
      )}
      <Html class="quiz-explanation" html={question.explanationHtml} />
      <SectionLink question={question} />
    </div>
  );
}

export function QuizRunner({ questions, state, onState, resultsExtra, idPrefix }: Props) {
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const progressRef = useRef<HTMLParagraphElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'progress' | 'feedback' | 'results' | null>(null);

  // A layout effect, in the commit that shows the element, and the request kept until it is
  // shown: a passive effect run early (another render before the next frame) lost it.
  useLayoutEffect(() => {
    const target = focusNext.current;
    const el = target === 'progress' ? progressRef.current : target === 'feedback' ? feedbackRef.current : target === 'results' ? resultsRef.current : null;
    if (el) {
      focusNext.current = null;
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'nearest' });
    }
  });

  const id = currentId(state);
  const question = id ? byId.get(id) : undefined;

  const onCheck = (response: Response) => {
    if (!question) return;
    const retrying = isRetrying(state);
    const checked = check(state, questions, response);
    const ok = (retrying ? checked.retries?.[question.id] : checked.results[question.id]) === true;
    focusNext.current = 'feedback';
    onState(checked, { kind: retrying ? 'retried' : 'checked', questionId: question.id, ok });
  };

  const onNext = () => {
    const moved = next(state);
    focusNext.current = moved.phase === 'results' ? 'results' : 'progress';
    onState(moved, moved.phase === 'results' ? { kind: 'finished' } : { kind: 'changed' });
  };

  if (state.phase === 'results') {
    const { correct, total } = score(state);
    const wrong = mistakes(state);
    return (
      <div class="quiz-runner" id={`${idPrefix}-runner`}>
        <h3 class="quiz-results-title" tabIndex={-1} ref={resultsRef}>Résultats</h3>
        <p class="quiz-score">
          Score : <strong>{correct} / {total}</strong>
          {state.round > 1 ? <span> (tour {state.round})</span> : null}
        </p>
        {resultsExtra}
        <div class="quiz-actions">
          {wrong.length > 0 && (
            <button type="button" class="quiz-button quiz-primary" onClick={() => {
              focusNext.current = 'progress';
              onState(reviewMistakes(state, questions), { kind: 'changed' });
            }}>
              Revoir mes erreurs
            </button>
          )}
          <button type="button" class={`quiz-button${wrong.length === 0 ? ' quiz-primary' : ''}`} onClick={() => {
            focusNext.current = 'progress';
            onState(restart(state, questions, newSeed()), { kind: 'changed' });
          }}>
            Recommencer
          </button>
        </div>
        <ResultList state={state} byId={byId} />
      </div>
    );
  }

  if (!question) return null;
  const checked = state.phase === 'checked' ? state.responses[question.id] : undefined;
  const retrying = isRetrying(state);
  const retried = state.retries?.[question.id] !== undefined;
  const last = state.index + 1 >= state.order.length;
  return (
    <div class="quiz-runner" id={`${idPrefix}-runner`}>
      <div class="quiz-progress-row">
        <p class="quiz-progress" tabIndex={-1} ref={progressRef}>
          Question {state.index + 1} / {state.order.length}
        </p>
        <CopyLink href={`#q-${question.id}`} />
      </div>
      {retrying && <p class="quiz-hint">Nouvel essai : seule votre première réponse compte pour le score.</p>}
      <QuestionForm key={`${state.round}-${question.id}`} question={question} layout={state.layouts[question.id] ?? []} checked={checked}
        initial={retrying ? state.responses[question.id] : undefined} onCheck={onCheck} idPrefix={idPrefix} />
      <div class="quiz-status" role="status" tabIndex={-1} ref={feedbackRef}>
        {checked && <Feedback question={question} response={checked} retried={retried} />}
      </div>
      {checked && (
        // Sticky at the bottom of the screen while the feedback is read: no need to scroll past it.
        <div class="quiz-actions quiz-next-actions">
          <button type="button" class="quiz-button quiz-primary" onClick={onNext}>
            {last ? 'Voir les résultats' : 'Question suivante'}
          </button>
          {canRetry(state) && (
            <button type="button" class="quiz-button" onClick={() => {
              focusNext.current = 'progress';
              onState(retry(state), { kind: 'changed' });
            }}>
              Réessayer
            </button>
          )}
        </div>
      )}
    </div>
  );
}
