// Describes a response and the right answer as display parts for the results list: trusted HTML
// from the build, or plain text for what the learner typed (rendered as text, never as HTML).
import type { ChoiceQuestion, Question, Response } from '../../quiz/questions';

/** Trusted HTML, or plain text (shown as code when `code` is set: a typed command). */
export type Part = { html: string } | { text: string; code?: boolean };

const yesNo = (v: boolean) => ({ text: v ? 'Vrai' : 'Faux' });

export function describeResponse(question: Question, response: Response | undefined): Part[] {
  if (!response || response.type !== question.type) return [{ text: 'Pas de réponse' }];
  switch (response.type) {
    case 'single':
      return [{ html: (question as ChoiceQuestion).options[response.choice]?.html ?? '' }];
    case 'multiple':
      return [...response.choices].sort((a, b) => a - b).map((i) => ({ html: (question as ChoiceQuestion).options[i]?.html ?? '' }));
    case 'truefalse':
      return [yesNo(response.value)];
    case 'ordering':
      return response.order.map((i) => ({ html: (question as Extract<Question, { type: 'ordering' }>).items[i] ?? '' }));
    case 'matching': {
      const q = question as Extract<Question, { type: 'matching' }>;
      return q.lefts.map((left, i) => ({ html: `${left} → ${response.matches[i] >= 0 ? q.rights[response.matches[i]] : '—'}` }));
    }
    case 'command':
      return [{ text: response.text, code: true }];
  }
}

export function describeAnswer(question: Question): Part[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.filter((o) => o.correct).map((o) => ({ html: o.html }));
    case 'truefalse':
      return [yesNo(question.answer)];
    case 'ordering':
      return question.items.map((html) => ({ html }));
    case 'matching':
      return question.lefts.map((left, i) => ({ html: `${left} → ${question.rights[i]}` }));
    case 'command':
      return [{ text: question.answers[0], code: true }];
  }
}
