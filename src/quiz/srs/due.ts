// The header badge's count: cards due today across every deck — learning cards due before the
// day ends, plus the reviews today's queue would show (siblings of a card answered today wait,
// two siblings count once, within the daily review limit). Written apart from queue.ts so the
// badge loads only this; the unit tests check it always agrees with buildQueue.
import { dayOf } from './day.ts';
import { noteOf } from './ids.ts';
import type { CardStateKind, LogRating } from './model.ts';

interface DueState {
  st: CardStateKind;
  due: number;
  susp: boolean;
  log: readonly { t: number; r: LogRating; st: CardStateKind }[];
}

/** `known`: the study cards of the course (others count nowhere); null: all. */
export function dueToday(progress: ReadonlyMap<string, DueState>, reviewsPerDay: number, now: number, known: ReadonlySet<string> | null = null): number {
  const day = dayOf(now);
  // What was answered today: reviews (against the limit) and, per note, the cards answered.
  let reviewsDone = 0;
  const answered = new Map<string, Set<string>>();
  for (const [id, p] of progress) {
    if (known && !known.has(id)) continue;
    for (let i = p.log.length - 1; i >= 0 && p.log[i]!.t >= day.start; i--) {
      const e = p.log[i]!;
      if (e.r === 0 || e.t >= day.end) continue;
      const note = noteOf(id);
      answered.set(note, (answered.get(note) ?? new Set()).add(id));
      if (e.st === 2) reviewsDone += 1;
    }
  }
  let learning = 0;
  // Review cards due today, by note: a note counts once, whichever sibling is due.
  const reviewNotes = new Set<string>();
  for (const [id, p] of progress) {
    if (p.susp || (known && !known.has(id))) continue;
    if (p.st === 1 || p.st === 3) {
      if (p.due < day.end) learning += 1;
    } else if (p.st === 2 && p.due < day.end) {
      const note = noteOf(id);
      const set = answered.get(note);
      if (!set || (set.size === 1 && set.has(id))) reviewNotes.add(note);
    }
  }
  // Within today's review limit; which notes (the most overdue, as the queue takes them) does not change the count.
  return learning + Math.min(reviewNotes.size, Math.max(0, reviewsPerDay - reviewsDone));
}
