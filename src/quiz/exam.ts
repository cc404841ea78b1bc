// The mock exam: a draw of 10, 20 or 40 questions balanced across chapters and reproducible
// from a seed, an optional deadline, and the score by chapter.
import type { Question, Response } from './questions';
import { createRandom, shuffle } from './random';
import { check, startSession, type SessionState } from './session';

export { EXAM_DURATIONS, EXAM_SIZES, formatDuration } from './exam-settings';

/**
 * `count` question ids: as even as possible across chapters (a chapter short of questions gives
 * its share to the others), the same for the same seed.
 */
export function drawExam(questions: readonly Pick<Question, 'id' | 'chapter'>[], count: number, seed: string): string[] {
  const random = createRandom(`examen:${seed}`);
  const byChapter = new Map<string, string[]>();
  for (const q of questions) byChapter.set(q.chapter, [...(byChapter.get(q.chapter) ?? []), q.id]);
  const pools = shuffle([...byChapter.keys()].sort(), random).map((chapter) => shuffle(byChapter.get(chapter)!, random));
  const drawn: string[] = [];
  // Round-robin over the chapters (in a seeded order) until the count is reached.
  for (let turn = 0; drawn.length < count && pools.some((p) => p.length > turn); turn++) {
    for (const pool of pools) {
      if (drawn.length >= count) break;
      if (pool[turn]) drawn.push(pool[turn]);
    }
  }
  return shuffle(drawn, random);
}

export interface ChapterScore {
  chapter: string;
  chapterLabel: string;
  correct: number;
  total: number;
  /** Sections of the questions missed, to re-read. */
  missedSections: string[];
}

/** Score per chapter, in the order chapters first appear in `questions`. */
export function scoreByChapter(questions: readonly Question[], order: readonly string[], results: Record<string, boolean>): ChapterScore[] {
  const scores = new Map<string, ChapterScore>();
  for (const q of questions) {
    if (!order.includes(q.id)) continue;
    const s = scores.get(q.chapter) ?? { chapter: q.chapter, chapterLabel: q.chapterLabel, correct: 0, total: 0, missedSections: [] };
    s.total++;
    if (results[q.id] === true) s.correct++;
    else if (!s.missedSections.includes(q.section)) s.missedSections.push(q.section);
    scores.set(q.chapter, s);
  }
  return [...scores.values()];
}

/** Milliseconds left before `deadline` (never negative); Infinity without a deadline. */
export function timeLeft(deadline: number | null, now: number): number {
  return deadline === null ? Infinity : Math.max(0, deadline - now);
}

/** « 14:05 » (minutes:secondes) for a countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

// ---- sitting the exam: Moodle-like navigation, pure transitions on the session ----
// In an exam, « Valider » records an answer without feedback and moves on; a question can be
// answered again until the end (the latest answer counts). « Passer » and « Question
// précédente » move without answering, the grid jumps anywhere, and a flag marks a question to
// come back to. The phase stays 'answering' until `finish` (session.ts).

/** A new exam over the drawn `ids`, asked in the order of the draw. */
export function startExam(questions: readonly Question[], ids: readonly string[], seed: string, now: number): SessionState {
  const session = startSession(questions, seed, ids);
  return { ...session, order: ids.filter((id) => session.order.includes(id)), flagged: [], startedAt: now };
}

export const isAnsweredIn = (state: SessionState, id: string): boolean => state.responses[id] !== undefined;

export const isFlagged = (state: SessionState, id: string): boolean => (state.flagged ?? []).includes(id);

/** Ids of the questions without an answer, in the exam's order. */
export function unanswered(state: SessionState): string[] {
  return state.order.filter((id) => !isAnsweredIn(state, id));
}

/** Goes to question `index` (0-based), ready to be answered (again). */
export function jumpTo(state: SessionState, index: number): SessionState {
  if (state.phase === 'results' || !Number.isInteger(index) || index < 0 || index >= state.order.length) return state;
  return { ...state, index, phase: 'answering' };
}

/** « Question précédente »: nothing before the first one. */
export const previous = (state: SessionState): SessionState => jumpTo(state, state.index - 1);

/** « Passer »: the next question without answering this one, back to the first after the last. */
export const skip = (state: SessionState): SessionState =>
  state.order.length > 1 ? jumpTo(state, (state.index + 1) % state.order.length) : state;

/**
 * « Valider »: records the answer (graded now, shown at the end), then goes to the next question
 * without an answer, looking after this one first, then from the start. When every question has
 * an answer it stays here: the island then offers to end the exam.
 */
export function answer(state: SessionState, questions: readonly Question[], response: Response): SessionState {
  const checked = check(state, questions, response);
  if (checked === state) return state;
  const n = checked.order.length;
  for (let step = 1; step < n; step++) {
    const index = (checked.index + step) % n;
    if (!isAnsweredIn(checked, checked.order[index])) return { ...checked, index, phase: 'answering' };
  }
  return { ...checked, phase: 'answering' };
}

/** « Marquer pour plus tard », or remove the mark. */
export function toggleFlag(state: SessionState, id: string): SessionState {
  if (!state.order.includes(id) || state.phase === 'results') return state;
  const flagged = state.flagged ?? [];
  return { ...state, flagged: flagged.includes(id) ? flagged.filter((f) => f !== id) : [...flagged, id] };
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The question asked by « Terminer l’examen » before it ends the exam. */
export function confirmMessage(state: SessionState): string {
  const missing = unanswered(state).length;
  const flagged = (state.flagged ?? []).filter((id) => state.order.includes(id)).length;
  const parts = [missing === 0 ? 'Toutes les questions ont une réponse.' : `${plural(missing, 'question sans réponse', 'questions sans réponse')}.`];
  if (flagged > 0) parts.push(`${plural(flagged, 'question marquée', 'questions marquées')} pour plus tard.`);
  parts.push(missing === 0 && flagged === 0 ? 'Terminer l’examen ?' : 'Terminer quand même ?');
  return parts.join(' ');
}

// ---- the timer ----

export type TimerLevel = 'normal' | 'low' | 'critical';

/** Under 5 minutes the timer changes look; under 1 minute again. */
export function timerLevel(left: number): TimerLevel {
  if (left <= 60_000) return 'critical';
  if (left <= 5 * 60_000) return 'low';
  return 'normal';
}

/**
 * What the polite live region says: only « Il reste 5 minutes. » and « Il reste 1 minute. »,
 * each once, when the countdown crosses it (the text changes twice in the whole exam).
 */
export function timerAnnouncement(left: number): string {
  const level = timerLevel(left);
  return level === 'critical' ? 'Il reste 1 minute.' : level === 'low' ? 'Il reste 5 minutes.' : '';
}

// ---- the history of finished exams ----

export interface ExamChapterResult {
  chapter: string;
  label: string;
  correct: number;
  total: number;
}

export interface ExamResult {
  /** Stable across tabs: the seed and the start time of the sitting. */
  id: string;
  /** Epoch ms of the end. */
  at: number;
  seed: string;
  /** Number of questions asked. */
  count: number;
  correct: number;
  /** Milliseconds from start to end (at most the time limit when time ran out). */
  durationMs: number;
  /** Minutes allowed; 0 without a limit. */
  limitMinutes: number;
  timedOut: boolean;
  chapters: ExamChapterResult[];
}

export const examId = (state: SessionState): string => `${state.seed}@${state.startedAt ?? 0}`;

/** The history entry of a finished exam. */
export function examResult(
  questions: readonly Question[], state: SessionState, opts: { now: number; deadline: number | null; timedOut: boolean },
): ExamResult {
  const started = state.startedAt ?? opts.now;
  const end = opts.timedOut && opts.deadline !== null ? Math.min(opts.now, opts.deadline) : opts.now;
  return {
    id: examId(state),
    at: end,
    seed: state.seed,
    count: state.order.length,
    correct: state.order.filter((id) => state.results[id] === true).length,
    durationMs: Math.max(0, end - started),
    limitMinutes: opts.deadline === null ? 0 : Math.max(0, Math.round((opts.deadline - started) / 60_000)),
    timedOut: opts.timedOut,
    chapters: scoreByChapter(questions, state.order, state.results).map(({ chapter, chapterLabel, correct, total }) => ({
      chapter, label: chapterLabel, correct, total,
    })),
  };
}
