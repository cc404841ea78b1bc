// Building blocks of a card's progress: a never-studied card, the memory part of a state, and
// the trimming of what undo keeps once entries are too old to be undone.
import { NEW, UNDO_WINDOW_MS, type CardProgress, type LogEntry, type Memory } from './model.ts';

/** The state of a card never studied, created at `now`. */
export function newCard(now: number): CardProgress {
  return { st: NEW, due: now, s: 0, d: 0, sd: 0, ls: 0, lr: null, reps: 0, lapses: 0, susp: false, m: now, log: [] };
}

export function memoryOf(p: Memory): Memory {
  return { st: p.st, due: p.due, s: p.s, d: p.d, sd: p.sd, ls: p.ls, lr: p.lr };
}

/** Drops what undo needs from entries older than the undo window. */
export function compactLog(log: readonly LogEntry[], now: number): LogEntry[] {
  const limit = now - UNDO_WINDOW_MS;
  if (!log.some((e) => e.prev && e.t < limit)) return log as LogEntry[];
  return log.map((e) => {
    if (!e.prev || e.t >= limit) return e;
    const { prev: _prev, ...rest } = e;
    return rest;
  });
}
