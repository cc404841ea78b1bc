// A quiz session as a small state machine: answering → checked → (next question) → … → results.
// After a wrong answer, « Réessayer » lets the learner answer again at once: the first answer
// counts for the score (and is the question's recorded result), the retries are for learning.
// From the results, « Revoir mes erreurs » starts a round of the wrong ones only, « Recommencer »
// a round of everything with options reshuffled from a new seed. Pure data in, data out.
// The exam moves through the same state with the functions of ./exam.ts.
import { gradeResponse, isAnswered } from './grading';
import type { Question, Response } from './questions';
import { createRandom, shuffle } from './random';

export type Phase = 'answering' | 'checked' | 'results';

export interface SessionState {
  /** Seed of this round's shuffles. */
  seed: string;
  /** 1 for the first round, then +1 for each « Revoir mes erreurs » or « Recommencer ». */
  round: number;
  /** Question ids of this round, in the order they are asked. */
  order: string[];
  index: number;
  phase: Phase;
  /** Responses and results of this round, by question id. */
  responses: Record<string, Response>;
  results: Record<string, boolean>;
  /**
   * Display order per question: options (choice), items (ordering) or right column (matching),
   * as indices into the question's own lists.
   */
  layouts: Record<string, number[]>;
  /**
   * Chapter quiz: questions answered again after « Réessayer », with the result of the latest
   * retry. Absent from sessions stored before retries existed.
   */
  retries?: Record<string, boolean>;
  /** Exam: questions « Marquées pour plus tard », in the order they were flagged. */
  flagged?: string[];
  /** Exam: when it started (epoch ms), the stable part of its id in the history. */
  startedAt?: number;
}

function layoutOf(question: Question, random: () => number): number[] {
  const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return shuffle(indices(question.options.length), random);
    case 'ordering': {
      // Never hand out the items already in order.
      const n = question.items.length;
      let order = shuffle(indices(n), random);
      for (let tries = 0; n > 1 && order.every((v, i) => v === i) && tries < 10; tries++) order = shuffle(indices(n), random);
      return order;
    }
    case 'matching':
      return shuffle(indices(question.rights.length), random);
    default:
      return [];
  }
}

/** A new round over `ids` (default: every question), shuffled from `seed`. */
export function startSession(questions: readonly Question[], seed: string, ids?: readonly string[], round = 1): SessionState {
  const chosen = ids ? questions.filter((q) => ids.includes(q.id)) : [...questions];
  const random = createRandom(`${seed}:${round}`);
  const layouts: Record<string, number[]> = {};
  for (const q of chosen) layouts[q.id] = layoutOf(q, random);
  return { seed, round, order: chosen.map((q) => q.id), index: 0, phase: 'answering', responses: {}, results: {}, layouts };
}

export function currentId(state: SessionState): string | undefined {
  return state.order[state.index];
}

/**
 * « Vérifier »: grades the current question. Ignored unless answering with a usable response.
 * During a retry, the result of the first answer stays the one that counts.
 */
export function check(state: SessionState, questions: readonly Question[], response: Response): SessionState {
  const id = currentId(state);
  const question = questions.find((q) => q.id === id);
  if (state.phase !== 'answering' || !question || !isAnswered(question, response)) return state;
  const { correct } = gradeResponse(question, response);
  const responses = { ...state.responses, [question.id]: response };
  if (isRetrying(state)) return { ...state, phase: 'checked', responses, retries: { ...state.retries, [question.id]: correct } };
  return { ...state, phase: 'checked', responses, results: { ...state.results, [question.id]: correct } };
}

/** True while the current question is being answered again after « Réessayer ». */
export function isRetrying(state: SessionState): boolean {
  const id = currentId(state);
  return state.phase === 'answering' && id !== undefined && state.retries?.[id] !== undefined;
}

/** The latest answer to the current question was wrong: « Réessayer » is offered. */
export function canRetry(state: SessionState): boolean {
  const id = currentId(state);
  if (state.phase !== 'checked' || id === undefined) return false;
  return (state.retries?.[id] ?? state.results[id]) === false;
}

/** « Réessayer »: the same question again, its first result kept for the score. */
export function retry(state: SessionState): SessionState {
  const id = currentId(state);
  if (!canRetry(state) || id === undefined) return state;
  return { ...state, phase: 'answering', retries: { ...state.retries, [id]: false } };
}

/** « Question suivante » or, after the last one, « Voir les résultats ». */
export function next(state: SessionState): SessionState {
  if (state.phase !== 'checked') return state;
  return state.index + 1 < state.order.length
    ? { ...state, index: state.index + 1, phase: 'answering' }
    : { ...state, phase: 'results' };
}

/** Goes to a question of the round (a `#q-<id>` link), ready to be answered. */
export function goTo(state: SessionState, id: string): SessionState {
  const index = state.order.indexOf(id);
  if (index < 0) return state;
  const { [id]: _r, ...responses } = state.responses;
  const { [id]: _g, ...results } = state.results;
  const { [id]: _t, ...retries } = state.retries ?? {};
  return { ...state, index, phase: 'answering', responses, results, retries };
}

/** Ends the round now: unanswered questions count as wrong (an exam whose time is up). */
export function finish(state: SessionState): SessionState {
  const results = { ...state.results };
  for (const id of state.order) results[id] ??= false;
  return { ...state, phase: 'results', results };
}

export function score(state: SessionState): { correct: number; total: number } {
  return { correct: state.order.filter((id) => state.results[id] === true).length, total: state.order.length };
}

export function mistakes(state: SessionState): string[] {
  return state.order.filter((id) => state.results[id] !== true);
}

/** « Revoir mes erreurs »: a new round with the wrong ones only. */
export function reviewMistakes(state: SessionState, questions: readonly Question[]): SessionState {
  const wrong = mistakes(state);
  if (state.phase !== 'results' || wrong.length === 0) return state;
  return startSession(questions, state.seed, wrong, state.round + 1);
}

/** « Recommencer »: every question again, reshuffled from a new seed. */
export function restart(state: SessionState, questions: readonly Question[], seed: string): SessionState {
  return startSession(questions, seed, undefined, state.round + 1);
}

/**
 * True when a stored session still fits the questions (a bank edited since may have removed a
 * question or changed its options): otherwise the quiz starts afresh.
 */
export function fitsQuestions(state: SessionState, questions: readonly Question[]): boolean {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return state.order.length > 0 && state.order.every((id) => {
    const q = byId.get(id);
    if (!q) return false;
    const size = q.type === 'single' || q.type === 'multiple' ? q.options.length : q.type === 'ordering' ? q.items.length : q.type === 'matching' ? q.rights.length : 0;
    const layout = state.layouts[id] ?? [];
    return layout.length === size && [...layout].sort((a, b) => a - b).every((v, i) => v === i);
  });
}

/** The session opened on the question a `#q-<id>` hash names, or null if it is not in this quiz. */
export function openFromHash(state: SessionState, questions: readonly Question[], hash: string): SessionState | null {
  if (!hash.startsWith('#q-')) return null;
  // A hash typed or cut short by hand (`#q-%E0%A4%A`) is not a question: it must not throw.
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(3));
  } catch {
    return null;
  }
  if (!questions.some((q) => q.id === id)) return null;
  const base = state.order.includes(id) ? state : startSession(questions, state.seed, undefined, state.round + 1);
  return goTo(base, id);
}
