// The flashcard progress, as the engine holds it in memory (codec.ts stores it compactly).
// Dates are epoch milliseconds. States and ratings use ts-fsrs's numbers.

/** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
export type CardStateKind = 0 | 1 | 2 | 3;
export const NEW = 0;
export const LEARNING = 1;
export const REVIEW = 2;
export const RELEARNING = 3;

/** A grade (ts-fsrs `Rating`): 1 « À revoir », 2 « Difficile », 3 « Correct », 4 « Facile ». */
export type Grade = 1 | 2 | 3 | 4;
/** A log entry's rating: a grade, or 0 for a manual change (reset to new). */
export type LogRating = 0 | Grade;

/** A card counts as mature (Anki) once its interval reaches 21 days. */
export const MATURE_DAYS = 21;

/** The scheduling state of a card (ts-fsrs `Card`, minus its deprecated and derived fields). */
export interface Memory {
  st: CardStateKind;
  /** When the card is next due. */
  due: number;
  /** FSRS stability (days) and difficulty (1–10; 0 for a new card), rounded to 4 decimals. */
  s: number;
  d: number;
  /** Interval in days given at the last review (ts-fsrs `scheduled_days`). */
  sd: number;
  /** Current (re)learning step (ts-fsrs `learning_steps`). */
  ls: number;
  /** Last review, null before the first. */
  lr: number | null;
}

/** One line of the review log. */
export interface LogEntry {
  /** When it happened. */
  t: number;
  r: LogRating;
  /** The card's state before it. */
  st: CardStateKind;
  /** Whether the card was mature before it (review state, interval ≥ 21 days). */
  mat: boolean;
  /**
   * The scheduling state before it, kept while the entry can still be undone (UNDO_WINDOW_MS):
   * undo hands it to ts-fsrs `rollback` with the entry, and restores it exactly.
   */
  prev?: Memory;
  /**
   * Compacted (COMPACT_AFTER_MS after it happened): `t` rounded down to COMPACT_QUANTUM_MS, no
   * `prev`. Rating, state before and maturity stay, and the time keeps the study day.
   */
  c?: true;
}

/** Everything stored about one study card. */
export interface CardProgress extends Memory {
  reps: number;
  lapses: number;
  /** Suspended: never shown in reviews until unsuspended. */
  susp: boolean;
  /** Last change (grade, undo, suspension, reset, import): the newest wins when tabs are merged. */
  m: number;
  /** Oldest first. */
  log: LogEntry[];
  /**
   * Times of the log entries undone in the last UNDONE_KEEP_MS, so that a tab that still has one
   * of them does not bring it back when merging (absent: none).
   */
  u?: number[];
}

/** Progress of every study card touched so far, by card id. A card absent is new. */
export type Progress = ReadonlyMap<string, CardProgress>;

/** How long a log entry keeps what undo needs. */
export const UNDO_WINDOW_MS = 24 * 3_600_000;

/**
 * Compaction rule (design notes, « Persistence »): a log entry older than 30 days is kept with
 * its rating, its state before, its maturity and its time rounded down to 15 minutes, without
 * what undo needs. Every UTC offset is a multiple of 15 minutes, so the rounded time still falls
 * in the same 04:00 study day: true retention, the heatmap, the streak and the (day-based) FSRS
 * parameter optimisation read compacted entries exactly as they read the others.
 */
export const COMPACT_AFTER_MS = 30 * 86_400_000;
export const COMPACT_QUANTUM_MS = 15 * 60_000;
/**
 * How long an undone entry's time is remembered: ten years, in practice for good. A tab can hold
 * an answer for weeks without hearing that it was undone (frozen in the background, a storage
 * event missed) and would bring it back once the mark was gone; the marks are a few bytes each,
 * and undos are rare.
 */
export const UNDONE_KEEP_MS = 3650 * 86_400_000;
/** A stamp later than now + this is a clock error, not a change. */
export const CLOCK_SLACK_MS = 86_400_000;
/** ts-fsrs's ranges for a card already studied (FSRSValidationError outside). */
export const D_MIN = 1;
export const D_MAX = 10;
export const S_MIN = 0.001;
export const S_MAX = 36500;

/** Whether the memory state is one ts-fsrs accepts: any for a new card, ranged otherwise. */
export function memoryInRange(p: Pick<Memory, 'st' | 's' | 'd'>): boolean {
  return p.st === NEW || (p.d >= D_MIN && p.d <= D_MAX && p.s >= S_MIN && p.s <= S_MAX);
}
