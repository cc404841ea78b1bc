// What the exam's start screen and history need, apart from the engine (./exam.ts): the start
// screen is shown at load, the engine (sessions, grader and CLI tables) only once an exam starts.
// ./exam.ts re-exports all of it.

export const EXAM_SIZES = [10, 20, 40] as const;
/** Minutes; 0 means no time limit. */
export const EXAM_DURATIONS = [0, 15, 30, 60] as const;

/** « 12 min 05 s » for a duration. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  // No-break spaces between a number and its unit (French typography, as on the pages).
  if (minutes === 0) return `${seconds}\u00a0s`;
  return `${minutes}\u00a0min ${String(seconds).padStart(2, '0')}\u00a0s`;
}
