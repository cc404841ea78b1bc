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

export function peekProgress(text: string | null, since: number): Map<string, PeekedState> {
  const out = new Map<string, PeekedState>();
  // Nothing stored (null, or a text that is not an object) throws here, and counts nothing.
  try {
    const c = (JSON.parse(text!) as { c?: Record<string, unknown> }).c ?? {};
    for (const id in c) {
      const record = c[id];
      if (typeof record !== 'string') continue;
      const [head = '', ...entries] = record.split(/(?=[~_])/);
      const f = head.split(',');
      if (f.length < 11) continue;
      const log: { t: number; r: LogRating; st: CardStateKind }[] = [];
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
      if (due >= 0) out.set(id, { st: +f[0]! as CardStateKind, due, susp: f[9] === 's', log });
    }
  } catch {
    out.clear();
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
