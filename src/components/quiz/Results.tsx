// The parts shared by a chapter quiz and the exam: a response or an answer as display parts,
// the « Relire la section » link, and the list of results with each explanation.
import type { Question } from '../../quiz/questions';
import type { SessionState } from '../../quiz/session';
import { withBase } from '../../lib/url';
import { describeAnswer, describeResponse, type Part } from './answers';
import { Html } from './Html';

export function Parts({ parts, ordered = false }: { parts: Part[]; ordered?: boolean }) {
  if (parts.length === 1) {
    const [p] = parts;
    return 'html' in p ? <Html as="span" html={p.html} /> : p.code ? <code class="quiz-typed">{p.text}</code> : <span>{p.text}</span>;
  }
  const items = parts.map((p, i) =>
    'html' in p ? <Html as="li" key={i} html={p.html} /> : <li key={i}>{p.code ? <code class="quiz-typed">{p.text}</code> : p.text}</li>,
  );
  return ordered ? <ol class="quiz-parts">{items}</ol> : <ul class="quiz-parts">{items}</ul>;
}

export function SectionLink({ question }: { question: Question }) {
  return (
    <a class="quiz-section-link" href={withBase(question.section)}>
      Relire la section<span class="sr-only"> : {question.sectionTitle}</span>
      <span aria-hidden="true"> ({question.sectionTitle}) →</span>
    </a>
  );
}

/** How a question ended, in words: the first answer is the one that counts. */
function verdict(state: SessionState, id: string): string {
  if (state.results[id] === true) return 'bonne réponse';
  if (!state.responses[id]) return 'sans réponse';
  if (state.retries?.[id] === true) return 'mauvaise réponse, puis réussie en réessayant';
  return 'mauvaise réponse';
}

/** Every question of the round with the learner's (latest) answer, the right one and the explanation. */
export function ResultList({ state, byId }: { state: SessionState; byId: Map<string, Question> }) {
  return (
    <ol class="quiz-results">
      {state.order.map((qid, n) => {
        const q = byId.get(qid);
        if (!q) return null;
        const ok = state.results[qid] === true;
        return (
          <li key={qid} class={`quiz-result ${ok ? 'is-right' : 'is-wrong'}`}>
            <p class="quiz-result-status">
              <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
              <strong>Question {n + 1} : {verdict(state, qid)}</strong>
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
  );
}
