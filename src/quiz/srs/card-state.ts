// Building blocks of a card's progress: a never-studied card, the memory part of a state, the
// compaction of old log entries (rule in model.ts), and the repair of stamps a wrong clock put
// in the future.
import {
  CLOCK_SLACK_MS, COMPACT_AFTER_MS, COMPACT_QUANTUM_MS, NEW, UNDONE_KEEP_MS, UNDO_WINDOW_MS,
  type CardProgress, type LogEntry, type Memory,
} from './model.ts';

/** The state of a card never studied, created at `now`. */
export function newCard(now: number): CardProgress {
  return { st: NEW, due: now, s: 0, d: 0, sd: 0, ls: 0, lr: null, reps: 0, lapses: 0, susp: false, m: now, log: [] };
}

export function memoryOf(p: Memory): Memory {
  return { st: p.st, due: p.due, s: p.s, d: p.d, sd: p.sd, ls: p.ls, lr: p.lr };
}

/** The compacted form of an entry (model.ts, COMPACT_AFTER_MS). */
export function compactEntry(e: LogEntry): LogEntry {
  if (e.c) return e;
  return { t: Math.floor(e.t / COMPACT_QUANTUM_MS) * COMPACT_QUANTUM_MS, r: e.r, st: e.st, mat: e.mat, c: true };
}

/**
 * Drops what undo needs from entries older than the undo window, and compacts entries older than
 * COMPACT_AFTER_MS. The log is oldest first, so the compacted entries are always its beginning.
 */
export function compactLog(log: readonly LogEntry[], now: number): LogEntry[] {
  const undoLimit = now - UNDO_WINDOW_MS;
  const compactLimit = now - COMPACT_AFTER_MS;
  if (!log.some((e) => (e.prev && e.t < undoLimit) || (!e.c && e.t < compactLimit))) return log as LogEntry[];
  return log.map((e) => {
    if (e.t < compactLimit) return compactEntry(e);
    if (!e.prev || e.t >= undoLimit) return e;
    const { prev: _prev, ...rest } = e;
    return rest;
  });
}

/** The card with its log compacted and its forgotten undo marks dropped (the same object when nothing changes). */
export function compactCard(p: CardProgress, now: number): CardProgress {
  const log = compactLog(p.log, now);
  const u = p.u?.filter((t) => t >= now - UNDONE_KEEP_MS);
  const uChanged = !!p.u && u!.length !== p.u.length;
  if (log === p.log && !uChanged) return p;
  const next: CardProgress = { ...p, log };
  if (uChanged) {
    if (u!.length) next.u = u;
    else delete next.u;
  }
  return next;
}

/**
 * A card whose stamps lie more than a day ahead of `now` (a device clock set wrong, then put
 * right): its merge stamp and last review come back to `now` (so that it no longer wins every
 * merge) and the due date moves back by as much as the last review, so that the interval stays.
 * The log entries keep their times — another tab may hold the same entries, and merge.ts matches
 * entries by time; the counts of the day skip entries after the day's end, and a new answer is
 * stamped now (scheduler.ts). Null when nothing was wrong.
 */
export function clampFuture(p: CardProgress, now: number): CardProgress | null {
  const limit = now + CLOCK_SLACK_MS;
  if (p.m <= limit && (p.lr ?? -Infinity) <= limit) return null;
  const shift = Math.max(0, (p.lr ?? -Infinity) - now);
  return {
    ...p,
    m: Math.min(p.m, now),
    lr: p.lr === null ? null : Math.min(p.lr, now),
    due: p.st === NEW ? Math.min(p.due, now) : p.due - shift,
  };
}

/** The log with `entry` in time order (after the entries of the same instant). */
export function insertEntry(log: readonly LogEntry[], entry: LogEntry): LogEntry[] {
  let i = log.length;
  while (i > 0 && log[i - 1]!.t > entry.t) i--;
  return [...log.slice(0, i), entry, ...log.slice(i)];
}
