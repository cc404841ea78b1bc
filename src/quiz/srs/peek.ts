// A quick read of the stored progress for the header badge, on pages without the flashcard
// islands: only what counting the cards due today needs (state, due date, suspension, today's
// log), with no validation beyond not failing. The full, validating read is codec.ts's
// (state.ts), which also sets unreadable data aside; here an unreadable value just counts nothing.
import type { CardStateKind, LogRating } from './model.ts';
import { DEFAULT_REVIEWS_PER_DAY } from './settings.ts';

/** The cards' states from the stored text (`localStorage[SRS_KEY]`), log entries since `since` only. */
export interface PeekedState {
  st: CardStateKind;
  due: number;
  susp: boolean;
  log: { t: number; r: LogRating; st: CardStateKind }[];
}

/** One stored record's state, log entries since `since` only; null when unreadable. */
function peekRecord(record: unknown, since: number): PeekedState | null {
  if (typeof record !== 'string') return null;
  const [head = '', ...entries] = record.split(/(?=[~_])/);
  const f = head.split(',');
  if (f.length < 11) return null;
  const log: PeekedState['log'] = [];
  let t = 0;
  for (const e of entries) {
    const main = e.slice(1).split(':')[0]!;
    const code = parseInt(main[0]!, 36);
    const d = parseInt(main.slice(1), 36);
    // "_": a compacted entry, counted in 15-minute steps (codec.ts).
    t = e[0] === '_' ? (Math.floor(t / 900_000) + d) * 900_000 : t + d;
    if (t >= since) log.push({ t, r: ((code / 5) | 0) as LogRating, st: (code % 5 === 4 ? 2 : code % 5) as CardStateKind });
  }
  const due = parseInt(f[1]!, 36);
  // NaN (unreadable) is not >= 0: the card is left out.
  return due >= 0 ? { st: +f[0]! as CardStateKind, due, susp: f[9] === 's', log } : null;
}

/** The stored cards (`c`), or null when the text is absent or not an object. */
function storedCards(text: string | null): Record<string, unknown> | null {
  try {
    const c = (JSON.parse(text!) as { c?: unknown }).c ?? {};
    return c && typeof c === 'object' ? (c as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function peekProgress(text: string | null, since: number): Map<string, PeekedState> {
  const out = new Map<string, PeekedState>();
  const c = storedCards(text);
  for (const id in c) {
    const p = peekRecord(c[id], since);
    if (p) out.set(id, p);
  }
  return out;
}

/**
 * peekProgress a few milliseconds at a time, each stretch in a task of its own: years of study
 * are hundreds of records and thousands of log entries, a long task on a phone when read at once.
 * `yieldTask` resolves in a later task (lib/idle.ts nextTask in a browser).
 */
export async function peekProgressInSlices(text: string | null, since: number, yieldTask: () => Promise<void>, sliceMs = 8): Promise<Map<string, PeekedState>> {
  const out = new Map<string, PeekedState>();
  const c = storedCards(text);
  let start = performance.now();
  for (const id in c) {
    const p = peekRecord(c[id], since);
    if (p) out.set(id, p);
    if (performance.now() - start > sliceMs) {
      await yieldTask();
      start = performance.now();
    }
  }
  return out;
}

/** The daily review limit from the stored settings, or the default. */
export function peekReviewLimit(text: string | null, fallback = DEFAULT_REVIEWS_PER_DAY): number {
  try {
    const n = (JSON.parse(text ?? '') as { srs?: { reviewsPerDay?: unknown } }).srs?.reviewsPerDay;
    return typeof n === 'number' && n >= 0 ? n : fallback;
  } catch {
    return fallback;
  }
}
