// One question as a <fieldset> with its prompt in the <legend>, native inputs, and « Vérifier ».
// It keeps the response being composed; the session decides the rest.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question, Response } from '../../quiz/questions';
import { isAnswered } from '../../quiz/grading';
import { Html } from './Html';

interface Props {
  question: Question;
  /** Display order (options, items or right column) from the session. */
  layout: number[];
  /** The response already checked, shown read-only. */
  checked?: Response;
  /** A response to start from, editable (a retry, or an exam question answered before). */
  initial?: Response;
  onCheck: (response: Response) => void;
  idPrefix: string;
  /** Exam: « Valider » moves on without feedback. */
  exam?: boolean;
  /** More buttons after « Vérifier » / « Valider » (the exam's « Question précédente », « Passer »). */
  actions?: ComponentChildren;
}

function initialResponse(question: Question, layout: number[]): Response | undefined {
  switch (question.type) {
    case 'ordering':
      return { type: 'ordering', order: [...layout] };
    case 'matching':
      return { type: 'matching', matches: question.lefts.map(() => -1) };
    case 'command':
      return { type: 'command', text: '' };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    default:
      return undefined;
  }
}

/** Visible text of trusted HTML, for accessible names of move buttons. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, '’').trim();

export function QuestionForm({ question, layout, checked, initial, onCheck, idPrefix, exam = false, actions }: Props) {
  const [response, setResponse] = useState<Response | undefined>(checked ?? initial ?? initialResponse(question, layout));
  const [moved, setMoved] = useState('');
  const [missing, setMissing] = useState(false);
  const moveFocus = useRef<string | null>(null);
  const disabled = !!checked;
  const name = `${idPrefix}-${question.id}`;

  useEffect(() => {
    setResponse(checked ?? initial ?? initialResponse(question, layout));
    setMoved('');
    setMissing(false);
  }, [question.id, checked === undefined]);

  // In the commit that moved the option (a passive effect run early lost the focus).
  useLayoutEffect(() => {
    if (moveFocus.current) document.getElementById(moveFocus.current)?.focus();
    moveFocus.current = null;
  });

  const submit = (event: Event) => {
    event.preventDefault();
    if (disabled) return;
    if (isAnswered(question, response)) onCheck(response);
    else setMissing(true);
  };

  const move = (position: number, delta: number) => {
    if (response?.type !== 'ordering') return;
    const order = [...response.order];
    const target = position + delta;
    if (target < 0 || target >= order.length) return;
    [order[position], order[target]] = [order[target], order[position]];
    setResponse({ type: 'ordering', order });
    setMoved(`« ${textOf((question as { items: string[] }).items[order[target]])} » est maintenant en position ${target + 1} sur ${order.length}.`);
    // Keep the focus on the same button of the moved item, or the other one at the ends.
    const edge = target === 0 || target === order.length - 1;
    moveFocus.current = `${name}-${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}-${target}`;
  };

  const body = () => {
    switch (question.type) {
      case 'single':
      case 'multiple': {
        const multiple = question.type === 'multiple';
        const chosen = (i: number) =>
          response?.type === 'multiple' ? response.choices.includes(i) : response?.type === 'single' && response.choice === i;
        return (
          <div class="quiz-options">
            {multiple && <p class="quiz-hint">Plusieurs réponses possibles.</p>}
            {layout.map((i) => (
              <label class="quiz-option" key={i}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={String(i)}
                  checked={chosen(i)}
                  disabled={disabled}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    if (!multiple) setResponse({ type: 'single', choice: i });
                    else {
                      const current = response?.type === 'multiple' ? response.choices : [];
                      setResponse({ type: 'multiple', choices: on ? [...current, i] : current.filter((c) => c !== i) });
                    }
                  }}
                />
                <Html as="span" html={question.options[i].html} />
              </label>
            ))}
          </div>
        );
      }
      case 'truefalse':
        return (
          <div class="quiz-options">
            {[true, false].map((value) => (
              <label class="quiz-option" key={String(value)}>
                <input
                  type="radio"
                  name={name}
                  checked={response?.type === 'truefalse' && response.value === value}
                  disabled={disabled}
                  onChange={() => setResponse({ type: 'truefalse', value })}
                />
                <span>{value ? 'Vrai' : 'Faux'}</span>
              </label>
            ))}
          </div>
        );
      case 'ordering': {
        const order = response?.type === 'ordering' ? response.order : layout;
        return (
          <div>
            <p class="quiz-hint" id={`${name}-hint`}>Remettez les éléments dans l’ordre avec les boutons « Monter » et « Descendre ».</p>
            <ol class="quiz-ordering" aria-describedby={`${name}-hint`}>
              {order.map((item, position) => (
                <li key={item} class="quiz-ordering-item">
                  <span class="quiz-ordering-number" aria-hidden="true">{position + 1}</span>
                  <Html as="span" class="quiz-ordering-text" html={question.items[item]} />
                  {disabled && (
                    <span class={`quiz-mark ${item === position ? 'is-right' : 'is-wrong'}`}>
                      {item === position ? '✓ À sa place' : `✗ Position attendue : ${item + 1}`}
                    </span>
                  )}
                  {!disabled && (
                    <span class="quiz-ordering-buttons">
                      <button type="button" id={`${name}-up-${position}`} disabled={position === 0} onClick={() => move(position, -1)}
                        aria-label={`Monter « ${textOf(question.items[item])} »`}>
                        <span aria-hidden="true">↑</span> Monter
                      </button>
                      <button type="button" id={`${name}-down-${position}`} disabled={position === order.length - 1} onClick={() => move(position, 1)}
                        aria-label={`Descendre « ${textOf(question.items[item])} »`}>
                        <span aria-hidden="true">↓</span> Descendre
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ol>
            <p class="sr-only" role="status">{moved}</p>
          </div>
        );
      }
      case 'matching': {
        const matches = response?.type === 'matching' ? response.matches : question.lefts.map(() => -1);
        return (
          <div class="quiz-matching">
            {question.lefts.map((left, i) => (
              <div class="quiz-matching-row" key={i}>
                <Html as="span" id={`${name}-left-${i}`} class="quiz-matching-left" html={left} />
                <select
                  aria-labelledby={`${name}-left-${i}`}
                  disabled={disabled}
                  value={String(matches[i])}
                  onChange={(e) => {
                    const next = [...matches];
                    next[i] = Number((e.currentTarget as HTMLSelectElement).value);
                    setResponse({ type: 'matching', matches: next });
                  }}
                >
                  <option value="-1">— Choisir —</option>
                  {layout.map((r) => (
                    <option value={String(r)} key={r}>{textOf(question.rights[r])}</option>
                  ))}
                </select>
                {/* A phone's select shows only the start of a long answer: the whole of it, below
                    (the select itself already gives it to screen readers). */}
                {matches[i]! >= 0 && (
                  <span class="quiz-matching-choice" aria-hidden="true">
                    {textOf(question.rights[matches[i]!])}
                  </span>
                )}
                {disabled && (
                  <span class={`quiz-mark ${matches[i] === i ? 'is-right' : 'is-wrong'}`}>
                    {matches[i] === i ? '✓ Bonne association' : '✗ Mauvaise association'}
                  </span>
                )}
              </div>
            ))}
          </div>
        );
      }
      case 'command':
        return (
          <div class="quiz-command">
            <label for={`${name}-input`}>Votre commande</label>
            <input
              id={`${name}-input`}
              type="text"
              class="quiz-command-input"
              autocomplete="off"
              autocapitalize="off"
              spellcheck={false}
              placeholder="docker …"
              disabled={disabled}
              value={response?.type === 'command' ? response.text : ''}
              onInput={(e) => setResponse({ type: 'command', text: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
        );
    }
  };

  return (
    <form class="quiz-form" onSubmit={submit} noValidate>
      <fieldset class="quiz-fieldset">
        <legend class="quiz-legend">
          <Html html={question.promptHtml} class="quiz-prompt" />
        </legend>
        {body()}
      </fieldset>
      {!disabled && (
        <div class="quiz-actions">
          <button type="submit" class="quiz-button quiz-primary">{exam ? 'Valider' : 'Vérifier'}</button>
          {actions}
          <p class="quiz-missing" role="status">{missing && !isAnswered(question, response) ? 'Répondez d’abord à la question.' : ''}</p>
        </div>
      )}
    </form>
  );
}
