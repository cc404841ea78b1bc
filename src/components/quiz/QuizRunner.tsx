// The screen of a quiz round: « Question 3 / 10 », the question, the feedback after « Vérifier »,
// then the results with « Revoir mes erreurs » and « Recommencer ». Every decision is the
// session's (src/quiz/session.ts); this component renders it and moves the focus.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { gradeResponse } from '../../quiz/grading';
import type { ChoiceQuestion, Question, Response } from '../../quiz/questions';
import { check, currentId, mistakes, next, restart, reviewMistakes, score, type SessionState } from '../../quiz/session';
import { newSeed } from '../../quiz/random';
import { describeAnswer, describeResponse, type Part } from './answers';
import { Html } from './Html';
import { QuestionForm } from './QuestionForm';
import { withBase } from '../../lib/url';
import { CopyLink } from '../share/CopyLink';

export type RunnerEvent = { kind: 'checked'; questionId: string; ok: boolean } | { kind: 'finished' } | { kind: 'changed' };

interface Props {
  questions: Question[];
  state: SessionState;
  onState: (state: SessionState, event: RunnerEvent) => void;
  /** Exam mode: no feedback between questions, « Valider » moves on. */
  exam?: boolean;
  /** Shown above the results list (best score, score by chapter). */
  resultsExtra?: ComponentChildren;
  /** Shown above the question (the exam's timer). */
  header?: ComponentChildren;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** Level of the headings the runner writes (3 under a « Testez-vous » h2). */
  level?: 2 | 3;
}

function Parts({ parts, ordered = false }: { parts: Part[]; ordered?: boolean }) {
  if (parts.length === 1) {
    const [p] = parts;
    return 'html' in p ? <Html as="span" html={p.html} /> : p.code ? <code class="quiz-typed">{p.text}</code> : <span>{p.text}</span>;
  }
  const items = parts.map((p, i) =>
    'html' in p ? <Html as="li" key={i} html={p.html} /> : <li key={i}>{p.code ? <code class="quiz-typed">{p.text}</code> : p.text}</li>,
  );
  return ordered ? <ol class="quiz-parts">{items}</ol> : <ul class="quiz-parts">{items}</ul>;
}

function SectionLink({ question }: { question: Question }) {
  return (
    <a class="quiz-section-link" href={withBase(question.section)}>
      Relire la section<span class="sr-only"> : {question.sectionTitle}</span>
      <span aria-hidden="true"> ({question.sectionTitle}) →</span>
    </a>
  );
}

function Feedback({ question, response }: { question: Question; response: Response }) {
  const grade = gradeResponse(question, response);
  return (
    <div class={`quiz-feedback ${grade.correct ? 'is-right' : 'is-wrong'}`}>
      <p class="quiz-verdict">
        <span aria-hidden="true">{grade.correct ? '✓ ' : '✗ '}</span>
        <strong>{grade.correct ? 'Bonne réponse' : 'Mauvaise réponse'}</strong>
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

export function QuizRunner({ questions, state, onState, exam = false, resultsExtra, header, idPrefix, level = 3 }: Props) {
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const progressRef = useRef<HTMLParagraphElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'progress' | 'feedback' | 'results' | null>(null);
  const H = `h${level}` as 'h3';

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    const el = target === 'progress' ? progressRef.current : target === 'feedback' ? feedbackRef.current : target === 'results' ? resultsRef.current : null;
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'nearest' });
    }
  });

  const id = currentId(state);
  const question = id ? byId.get(id) : undefined;

  const onCheck = (response: Response) => {
    if (!question) return;
    const checked = check(state, questions, response);
    const ok = checked.results[question.id] === true;
    if (exam) {
      const moved = next(checked);
      focusNext.current = moved.phase === 'results' ? 'results' : 'progress';
      onState(moved, { kind: 'checked', questionId: question.id, ok });
      if (moved.phase === 'results') onState(moved, { kind: 'finished' });
    } else {
      focusNext.current = 'feedback';
      onState(checked, { kind: 'checked', questionId: question.id, ok });
    }
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
        <H class="quiz-results-title" tabIndex={-1} ref={resultsRef}>Résultats</H>
        <p class="quiz-score">
          Score : <strong>{correct} / {total}</strong>
          {state.round > 1 && !exam ? <span> (tour {state.round})</span> : null}
        </p>
        {resultsExtra}
        <ol class="quiz-results">
          {state.order.map((qid, n) => {
            const q = byId.get(qid);
            if (!q) return null;
            const ok = state.results[qid] === true;
            return (
              <li key={qid} class={`quiz-result ${ok ? 'is-right' : 'is-wrong'}`}>
                <p class="quiz-result-status">
                  <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
                  <strong>Question {n + 1} : {ok ? 'bonne réponse' : state.responses[qid] ? 'mauvaise réponse' : 'sans réponse'}</strong>
                </p>
                <Html class="quiz-result-prompt" html={q.promptHtml} />
                <div class="quiz-result-row"><span class="quiz-result-label">Votre réponse :</span> <Parts parts={describeResponse(q, state.responses[qid])} ordered={q.type === 'ordering'} /></div>
                {!ok && (
                  <div class="quiz-result-row"><span class="quiz-result-label">La bonne réponse :</span> <Parts parts={describeAnswer(q)} ordered={q.type === 'ordering'} /></div>
                )}
                <Html class="quiz-explanation" html={q.explanationHtml} />
                <SectionLink question={q} />
              </li>
            );
          })}
        </ol>
        <div class="quiz-actions">
          {!exam && wrong.length > 0 && (
            <button type="button" class="quiz-button quiz-primary" onClick={() => {
              focusNext.current = 'progress';
              onState(reviewMistakes(state, questions), { kind: 'changed' });
            }}>
              Revoir mes erreurs
            </button>
          )}
          <button type="button" class="quiz-button" onClick={() => {
            focusNext.current = 'progress';
            onState(restart(state, questions, newSeed()), { kind: 'changed' });
          }}>
            Recommencer
          </button>
        </div>
      </div>
    );
  }

  if (!question) return null;
  const checked = state.phase === 'checked' ? state.responses[question.id] : undefined;
  const last = state.index + 1 >= state.order.length;
  return (
    <div class="quiz-runner" id={`${idPrefix}-runner`}>
      {header}
      <div class="quiz-progress-row">
        <p class="quiz-progress" tabIndex={-1} ref={progressRef}>
          Question {state.index + 1} / {state.order.length}
        </p>
        {!exam && <CopyLink href={`#q-${question.id}`} />}
      </div>
      <QuestionForm key={`${state.round}-${question.id}`} question={question} layout={state.layouts[question.id] ?? []} checked={checked}
        onCheck={onCheck} idPrefix={idPrefix} exam={exam} />
      <div class="quiz-status" role="status" tabIndex={-1} ref={feedbackRef}>
        {checked && !exam && <Feedback question={question} response={checked} />}
      </div>
      {checked && !exam && (
        <div class="quiz-actions">
          <button type="button" class="quiz-button quiz-primary" onClick={onNext}>
            {last ? 'Voir les résultats' : 'Question suivante'}
          </button>
        </div>
      )}
    </div>
  );
}
