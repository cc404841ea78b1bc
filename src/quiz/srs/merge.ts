// Several tabs, several devices. The stored value is the meeting point: every commit reads it,
// merges, then writes (state.ts), and another tab's write is merged in when it is heard.
// Merge rule, card by card:
// - the card's scheduling state, counts and suspension come from its most recent change (`m`;
//   on a tie, the same side for both tabs: the greater stored record);
// - its log is the union of both logs (an answer given in each tab is kept twice: both count),
//   minus the entries one side undid (`u`); `reps` grows by the answers the winner did not have;
// - a card one side does not have is taken from the other. Nothing is ever deleted, except by a
//   « Remplacer » import: its generation `gen` (its time) is newer, and a newer generation is
//   adopted whole, the other side keeping only its changes made after it.
// The result does not depend on the order of the merges: every tab converges to the same value.
import { compactEntry } from './card-state.ts';
import { encodeCard } from './codec.ts';
import { COMPACT_QUANTUM_MS, type CardProgress, type LogEntry, type Progress } from './model.ts';

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

const entryKey = (e: LogEntry) => `${Math.floor(e.t / COMPACT_QUANTUM_MS)}|${e.r}|${e.st}|${e.mat ? 1 : 0}`;

function sameLog(a: readonly LogEntry[], b: readonly LogEntry[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.t !== y.t || x.r !== y.r || x.st !== y.st || x.mat !== y.mat || !x.c !== !y.c) return false;
  }
  return true;
}

/**
 * The union of two logs. Entries are matched by 15-minute step, rating, state and maturity: where
 * both sides hold only exact entries, by exact time (two answers are two entries); where one side
 * holds a compacted one, by count (the larger count wins, compacted).
 */
export function mergeLogs(a: readonly LogEntry[], b: readonly LogEntry[], undone: ReadonlySet<number>): LogEntry[] {
  const groups = new Map<string, [LogEntry[], LogEntry[]]>();
  for (const [side, log] of [[0, a], [1, b]] as const) {
    for (const e of log) {
      if (!e.c && undone.has(e.t)) continue;
      const k = entryKey(e);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = [[], []]));
      g[side].push(e);
    }
  }
  const out: LogEntry[] = [];
  for (const [x, y] of groups.values()) {
    if (!x.some((e) => e.c) && !y.some((e) => e.c)) {
      const byTime = new Map<number, LogEntry>();
      for (const e of [...x, ...y]) {
        const other = byTime.get(e.t);
        // The same entry on both sides: the one that still has what undo needs.
        if (!other || (!other.prev && e.prev)) byTime.set(e.t, e);
      }
      out.push(...byTime.values());
    } else {
      const n = Math.max(x.length, y.length);
      const model = compactEntry((x.find((e) => e.c) ?? y.find((e) => e.c))!);
      for (let i = 0; i < n; i++) out.push(model);
    }
  }
  return out.sort((p, q) => p.t - q.t || (p.c ? 0 : 1) - (q.c ? 0 : 1) || p.r - q.r || p.st - q.st);
}

const answers = (log: readonly LogEntry[]) => log.reduce((n, e) => n + (e.r === 0 ? 0 : 1), 0);

/** Two versions of one card merged (the rule above). */
export function mergeCard(a: CardProgress, b: CardProgress): CardProgress {
  if (a === b) return a;
  const w = newest(a, b);
  const undoneList = [...new Set([...(a.u ?? []), ...(b.u ?? [])])].sort((x, y) => x - y);
  const undone = new Set(undoneList);
  const log = sameLog(a.log, b.log) && !undone.size ? w.log : mergeLogs(a.log, b.log, undone);
  const sameU = (w.u?.length ?? 0) === undoneList.length;
  if (sameLog(log, w.log) && sameU) return w;
  const next: CardProgress = { ...w, reps: w.reps + Math.max(0, answers(log) - answers(w.log)), log };
  if (undoneList.length) next.u = undoneList;
  return next;
}

/** Merges two progress maps of the same generation. */
export function mergeProgress(mine: Progress, theirs: Progress): Merged {
  const progress = new Map(mine);
  let differsFromMine = false;
  let differsFromTheirs = false;
  for (const [id, t] of theirs) {
    const m = mine.get(id);
    const w = m ? mergeCard(m, t) : t;
    if (w !== m) {
      progress.set(id, w);
      if (!m || encodeCard(w) !== encodeCard(m)) differsFromMine = true;
    }
    if (w !== t && encodeCard(w) !== encodeCard(t)) differsFromTheirs = true;
  }
  if (!differsFromTheirs) for (const id of mine.keys()) if (!theirs.has(id)) differsFromTheirs = true;
  return { progress, differsFromMine, differsFromTheirs };
}

export interface Generational {
  progress: Progress;
  gen: number;
}

/**
 * Merges two values that may come from different generations: the newer generation is kept
 * whole, with the other side's cards changed after it merged in.
 */
export function mergeGenerations(mine: Generational, theirs: Generational): Merged & { gen: number } {
  if (mine.gen === theirs.gen) return { ...mergeProgress(mine.progress, theirs.progress), gen: mine.gen };
  const newer = mine.gen > theirs.gen ? mine : theirs;
  const older = newer === mine ? theirs : mine;
  const later = new Map([...older.progress].filter(([, p]) => p.m > newer.gen));
  const merged = mergeProgress(newer.progress, later);
  const progress = merged.progress;
  if (newer === theirs) return { progress, gen: theirs.gen, differsFromMine: true, differsFromTheirs: merged.differsFromMine };
  return { progress, gen: mine.gen, differsFromMine: merged.differsFromMine, differsFromTheirs: true };
}
