// Grades a response to any question type. Multiple choice is all-or-nothing, with feedback on
// every option the learner chose or missed, as in Moodle.
import { gradeCommand } from './command';
import type { Question, Response } from './questions';

export interface OptionFeedback {
  index: number;
  chosen: boolean;
  correct: boolean;
  feedbackHtml: string;
}

export interface Grade {
  correct: boolean;
  /** Choice questions: the options to comment on, in the question's order. */
  options: OptionFeedback[];
  /** Trusted HTML from the content (true/false feedback). */
  feedbackHtml?: string;
  /** Plain French sentences (command differences, ordering and matching counts). */
  messages: string[];
  /** Plain French remarks shown even when right (old `docker-compose` syntax). */
  notes: string[];
}

const grade = (correct: boolean, extra: Partial<Grade> = {}): Grade => ({ correct, options: [], messages: [], notes: [], ...extra });

/** True when the response has something to grade (« Vérifier » stays disabled otherwise). */
export function isAnswered(question: Question, response: Response | undefined): response is Response {
  if (!response || response.type !== question.type) return false;
  switch (response.type) {
    case 'single':
      return response.choice >= 0;
    case 'multiple':
      return response.choices.length > 0;
    case 'truefalse':
      return true;
    case 'ordering':
      return response.order.length === (question as { items: string[] }).items.length;
    case 'matching':
      return response.matches.every((m) => m >= 0);
    case 'command':
      return response.text.trim().length > 0;
  }
}

export function gradeResponse(question: Question, response: Response | undefined): Grade {
  if (!response || response.type !== question.type) return grade(false, { messages: ['Pas de réponse.'] });
  switch (question.type) {
    case 'single': {
      const choice = (response as { choice: number }).choice;
      const options = question.options
        .map((o, index) => ({ index, chosen: index === choice, correct: o.correct, feedbackHtml: o.feedbackHtml }))
        .filter((o) => o.chosen || o.correct);
      return grade(question.options[choice]?.correct === true, { options });
    }
    case 'multiple': {
      const chosen = new Set((response as { choices: number[] }).choices);
      const options = question.options
        .map((o, index) => ({ index, chosen: chosen.has(index), correct: o.correct, feedbackHtml: o.feedbackHtml }))
        .filter((o) => o.chosen || o.correct);
      return grade(question.options.every((o, i) => o.correct === chosen.has(i)), { options });
    }
    case 'truefalse': {
      const value = (response as { value: boolean }).value;
      return grade(value === question.answer, { feedbackHtml: value ? question.feedbackTrueHtml : question.feedbackFalseHtml });
    }
    case 'ordering': {
      const order = (response as { order: number[] }).order;
      const placed = order.filter((item, position) => item === position).length;
      const total = question.items.length;
      const correct = placed === total && order.length === total;
      return grade(correct, { messages: correct ? [] : [`${placed} élément${placed > 1 ? 's' : ''} sur ${total} à la bonne place.`] });
    }
    case 'matching': {
      const matches = (response as { matches: number[] }).matches;
      const right = question.lefts.filter((_, i) => matches[i] === i).length;
      const total = question.lefts.length;
      return grade(right === total, {
        messages: right === total ? [] : [`${right} association${right > 1 ? 's' : ''} correcte${right > 1 ? 's' : ''} sur ${total}.`],
      });
    }
    case 'command': {
      const result = gradeCommand((response as { text: string }).text, question.answers);
      return grade(result.correct, { messages: result.differences, notes: result.notes });
    }
  }
}
