// The learner's flashcard settings (« Réglages ») and their defaults (Anki's). Validation is
// settings-check.ts's.

export interface Settings {
  /** New cards introduced per day (Anki: 20). */
  newPerDay: number;
  /** Review cards answered per day (Anki: 200). */
  reviewsPerDay: number;
  /** FSRS desired retention, 0.80–0.97 (Anki: 0.9). */
  retention: number;
  /**
   * Optional date of the exam, `YYYY-MM-DD` (local calendar date; the exam starts at 04:00, the
   * start of that study day). « Ma progression » plans toward it (src/quiz/progress/exam-plan.ts).
   */
  examDate?: string;
  /** « Suivre le plan »: today's new-card limit is the exam plan's number instead of `newPerDay`. */
  followPlan?: boolean;
  /**
   * FSRS parameters learned from the learner's own reviews (« Optimiser mes paramètres »,
   * optimizer-params.ts checks them); absent: ts-fsrs's defaults.
   */
  weights?: number[];
}

/** Apart, for the header badge (peek.ts), which does not load the whole default settings. */
export const DEFAULT_REVIEWS_PER_DAY = 200;
export const DEFAULT_SETTINGS: Settings = { newPerDay: 20, reviewsPerDay: DEFAULT_REVIEWS_PER_DAY, retention: 0.9 };
export const LIMIT_MAX = 9999;
export const RETENTION_MIN = 0.8;
export const RETENTION_MAX = 0.97;
