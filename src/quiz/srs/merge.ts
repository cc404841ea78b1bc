// Several tabs: each holds the progress in memory and writes it whole; when another tab's copy
// arrives (the `storage` event), the two are merged card by card, the most recent change (`m`)
// winning (on a tie, the same side for both tabs: the greater stored record). A card one side
// does not have is taken from the other. Nothing is ever deleted.
import { encodeCard } from './codec.ts';
import type { CardProgress, Progress } from './model.ts';

export interface Merged {
  progress: Map<string, CardProgress>;
  /** Whether the result differs from `theirs` (then it must be saved, so that both tabs converge). */
  differsFromTheirs: boolean;
  /** Whether the result differs from `mine`. */
  differsFromMine: boolean;
}

/** Which of two versions of a card wins. */
export function newest(a: CardProgress, b: CardProgress): CardProgress {
  if (a === b || a.m > b.m) return a;
  if (b.m > a.m) return b;
  return encodeCard(b) > encodeCard(a) ? b : a;
}

export function mergeProgress(mine: Progress, theirs: Progress): Merged {
  const progress = new Map(mine);
  let differsFromMine = false;
  let differsFromTheirs = false;
  for (const [id, t] of theirs) {
    const m = mine.get(id);
    const w = m ? newest(m, t) : t;
    if (w !== m) {
      progress.set(id, w);
      differsFromMine = true;
    }
    if (w !== t && encodeCard(w) !== encodeCard(t)) differsFromTheirs = true;
  }
  if (!differsFromTheirs) for (const id of mine.keys()) if (!theirs.has(id)) differsFromTheirs = true;
  return { progress, differsFromMine, differsFromTheirs };
}
