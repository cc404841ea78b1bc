// What the learner's quiz progress holds, how it changes, how two copies merge (several tabs),
// and how a stored value is validated. Pure functions; src/quiz/quiz-store.ts persists them.
// `parseProgress` and `mergeProgress` are the only ways to validate and merge a stored value
// (the progress backup uses them too).
//
// Format history (same key, `cours-conteneurs:v1:quiz`; each change only adds, and
// `parseProgress` upgrades what it reads):
// - first format: { quizzes, questions };
// - then `exams`, the history of finished exams (absent before: read as an empty history),
//   and in a stored session the optional `retries`, `flagged` and `startedAt`.
import type { ExamChapterResult, ExamResult } from './exam';
import type { Response } from './questions';
import type { SessionState } from './session';

export const QUIZ_PROGRESS_VERSION = 1;

export interface Score {
  correct: number;
  total: number;
  /** Epoch milliseconds. */
  at: number;
}

export interface QuizRecord {
  /** Best finished round over all the quiz's questions. */
  best: Score | null;
  /** Last finished round. */
  last: Score | null;
  /** The session as the learner left it (a reload resumes it, results included). */
  session: SessionState | null;
  /** Exam only: when time is up (epoch ms), null without a limit. */
  deadline: number | null;
  /** Epoch ms of the last change: the newest copy wins when tabs disagree. */
  updatedAt: number;
}

export interface QuizProgress {
  quizzes: Record<string, QuizRecord>;
  /** Last result of each question, whichever quiz asked it. */
  questions: Record<string, { ok: boolean; at: number }>;
  /** Finished exams, oldest first, at most EXAM_HISTORY_LIMIT. */
  exams: ExamResult[];
}

/**
 * The history keeps the newest 100 exams: years of weekly mock exams, charted on « Ma
 * progression », in about 80 kB at most (11 chapters each).
 */
export const EXAM_HISTORY_LIMIT = 100;

export const emptyProgress = (): QuizProgress => ({ quizzes: {}, questions: {}, exams: [] });

export const emptyRecord = (): QuizRecord => ({ best: null, last: null, session: null, deadline: null, updatedAt: 0 });

/** A question was checked: keep its result and date. */
export function recordAnswer(progress: QuizProgress, questionId: string, ok: boolean, now: number): QuizProgress {
  return { ...progress, questions: { ...progress.questions, [questionId]: { ok, at: now } } };
}

/** Saves the session (and the deadline of an exam) as it is now. */
export function recordSession(progress: QuizProgress, quizId: string, session: SessionState | null, now: number, deadline?: number | null): QuizProgress {
  const previous = progress.quizzes[quizId] ?? emptyRecord();
  return {
    ...progress,
    quizzes: { ...progress.quizzes, [quizId]: { ...previous, session, deadline: deadline === undefined ? previous.deadline : deadline, updatedAt: now } },
  };
}

/**
 * A round ended. It becomes the last attempt; it counts for the best score only when it asked
 * every question of the quiz (a « Revoir mes erreurs » round does not).
 */
export function recordFinish(progress: QuizProgress, quizId: string, score: { correct: number; total: number }, complete: boolean, now: number): QuizProgress {
  const previous = progress.quizzes[quizId] ?? emptyRecord();
  const last = { ...score, at: now };
  const better = complete && (!previous.best || score.correct / score.total > previous.best.correct / previous.best.total);
  return {
    ...progress,
    quizzes: { ...progress.quizzes, [quizId]: { ...previous, last: complete ? last : previous.last ?? last, best: better ? last : previous.best, updatedAt: now } },
  };
}

/** Oldest first; ties by id, so every tab sorts the same way. */
const byDate = (a: ExamResult, b: ExamResult) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Union by id (the first copy of an id wins), sorted oldest first, capped to the newest ones. */
function unionExams(mine: readonly ExamResult[], theirs: readonly ExamResult[]): ExamResult[] {
  const byId = new Map<string, ExamResult>();
  for (const exam of [...mine, ...theirs]) if (!byId.has(exam.id)) byId.set(exam.id, exam);
  return [...byId.values()].sort(byDate).slice(-EXAM_HISTORY_LIMIT);
}

/** A finished exam joins the history (once: the same sitting recorded twice is kept once). */
export function recordExam(progress: QuizProgress, exam: ExamResult): QuizProgress {
  return { ...progress, exams: unionExams(progress.exams, [exam]) };
}

/** The history of finished exams, oldest first (for the chart of « Ma progression »). */
export function examHistory(progress: QuizProgress): ExamResult[] {
  return [...progress.exams].sort(byDate);
}

export type QuizStatus =
  | { kind: 'todo' }
  /** A round started and left unfinished: question `index + 1` of `total` is next. */
  | { kind: 'in-progress'; index: number; total: number; answered: number }
  | { kind: 'done' };

/** Where the learner is with a chapter quiz, for the list of quizzes. */
export function quizStatus(record: QuizRecord | undefined): QuizStatus {
  const session = record?.session;
  if (session && session.phase !== 'results') {
    const answered = session.order.filter((id) => session.results[id] !== undefined).length;
    if (answered > 0 || session.index > 0 || session.round > 1) {
      return { kind: 'in-progress', index: session.index, total: session.order.length, answered };
    }
  }
  return record?.best || record?.last ? { kind: 'done' } : { kind: 'todo' };
}

/** Two copies (this tab's and another tab's): per quiz and per question, the newest wins; exams are united. */
export function mergeProgress(mine: QuizProgress, theirs: QuizProgress): QuizProgress {
  const quizzes = { ...mine.quizzes };
  for (const [id, record] of Object.entries(theirs.quizzes)) {
    const own = quizzes[id];
    if (!own || record.updatedAt > own.updatedAt) {
      // The best score is the best of both, whoever changed last.
      const best = [own?.best, record.best].filter((s): s is Score => !!s).sort((a, b) => b.correct / b.total - a.correct / a.total)[0] ?? null;
      quizzes[id] = { ...record, best };
    }
  }
  const questions = { ...mine.questions };
  for (const [id, result] of Object.entries(theirs.questions)) {
    if (!questions[id] || result.at > questions[id].at) questions[id] = result;
  }
  return { quizzes, questions, exams: unionExams(mine.exams, theirs.exams) };
}

// ---- validation of what storage holds ----

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isIntArray = (v: unknown, min = 0): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= min);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isFlags = (v: unknown): v is Record<string, boolean> => isObject(v) && Object.values(v).every((b) => typeof b === 'boolean');

function isScore(v: unknown): v is Score {
  return isObject(v) && isInt(v.correct) && isInt(v.total) && v.total > 0 && v.correct <= v.total && isTime(v.at);
}

function isResponse(v: unknown): v is Response {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'single':
      return Number.isInteger(v.choice);
    case 'multiple':
      return isIntArray(v.choices);
    case 'truefalse':
      return typeof v.value === 'boolean';
    case 'ordering':
      return isIntArray(v.order);
    case 'matching':
      return isIntArray(v.matches, -1);
    case 'command':
      return typeof v.text === 'string' && v.text.length <= 2000;
    default:
      return false;
  }
}

function isSession(v: unknown): v is SessionState {
  if (!isObject(v)) return false;
  const { seed, round, order, index, phase, responses, results, layouts } = v;
  return (
    typeof seed === 'string' && isInt(round) && isStrings(order) &&
    isInt(index) && (order.length === 0 || index < order.length) &&
    (phase === 'answering' || phase === 'checked' || phase === 'results') &&
    isObject(responses) && Object.values(responses).every(isResponse) &&
    isFlags(results) && isObject(layouts) && Object.values(layouts).every((l) => isIntArray(l)) &&
    // Added later, absent from older sessions.
    (v.retries === undefined || isFlags(v.retries)) && (v.flagged === undefined || isStrings(v.flagged)) &&
    (v.startedAt === undefined || isTime(v.startedAt))
  );
}

function isChapterResult(v: unknown): v is ExamChapterResult {
  return isObject(v) && typeof v.chapter === 'string' && typeof v.label === 'string' && isInt(v.correct) && isInt(v.total) && v.correct <= v.total;
}

function isExam(v: unknown): v is ExamResult {
  return (
    isObject(v) && typeof v.id === 'string' && v.id.length > 0 && isTime(v.at) && typeof v.seed === 'string' &&
    isInt(v.count) && v.count > 0 && isInt(v.correct) && v.correct <= v.count && isTime(v.durationMs) && isInt(v.limitMinutes) &&
    typeof v.timedOut === 'boolean' && Array.isArray(v.chapters) && v.chapters.every(isChapterResult)
  );
}

function isRecord(v: unknown): v is QuizRecord {
  return (
    isObject(v) && (v.best === null || isScore(v.best)) && (v.last === null || isScore(v.last)) &&
    (v.session === null || isSession(v.session)) && (v.deadline === null || isTime(v.deadline)) && isTime(v.updatedAt)
  );
}

/**
 * The stored (or imported) value if it is a valid progress, upgraded to the current format
 * (a value without `exams` gets an empty history), else null (the store then sets it aside).
 */
export function parseProgress(raw: unknown): QuizProgress | null {
  if (!isObject(raw) || !isObject(raw.quizzes) || !isObject(raw.questions)) return null;
  if (!Object.values(raw.quizzes).every(isRecord)) return null;
  if (!Object.values(raw.questions).every((q) => isObject(q) && typeof q.ok === 'boolean' && isTime(q.at))) return null;
  const exams = raw.exams === undefined ? [] : raw.exams;
  if (!Array.isArray(exams) || !exams.every(isExam)) return null;
  return {
    quizzes: raw.quizzes as QuizProgress['quizzes'],
    questions: raw.questions as QuizProgress['questions'],
    exams: unionExams(exams, []),
  };
}
