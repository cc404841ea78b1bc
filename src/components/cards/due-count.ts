// The header badge's count from the stored text, for a learner who has studied (due-badge.ts loads
// this chunk only when progress is stored, and a flashcard island has not published its own count):
// years of study are read a few milliseconds at a time, so that the count never is a long task
// of the page; a first visit downloads none of it.
import { nextTask } from '../../lib/idle';
import { dayOf } from '../../quiz/srs/day';
import { dueToday } from '../../quiz/srs/due';
import { peekProgressInSlices, peekReviewLimit } from '../../quiz/srs/peek';

/** Cards due today at `now` (due.ts), from the stored progress and settings texts; `known`: the course's cards, null: all. */
export async function countDue(progress: string, settings: string | null, now: number, known: ReadonlySet<string> | null): Promise<number> {
  const peeked = await peekProgressInSlices(progress, dayOf(now).start, nextTask);
  return dueToday(peeked, peekReviewLimit(settings), now, known);
}
