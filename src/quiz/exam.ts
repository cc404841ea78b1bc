// The mock exam: a draw of 10, 20 or 40 questions balanced across chapters and reproducible
// from a seed, an optional deadline, and the score by chapter.
import type { Question } from './questions';
import { createRandom, shuffle } from './random';

export const EXAM_SIZES = [10, 20, 40] as const;
/** Minutes; 0 means no time limit. */
export const EXAM_DURATIONS = [0, 15, 30, 60] as const;

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
