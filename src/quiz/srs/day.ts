// Anki's day: it ends at 04:00 local time, not at midnight, so that a late evening's reviews
// count for the evening's day. `dayOf` is the only place that knows it; the queue, the counts,
// the badge, the forecast, the heatmap and the streak all ask it.

/** Hour (local time) at which a new study day starts. */
export const DAY_START_HOUR = 4;

export interface Day {
  /** Epoch ms of the day's start (04:00 local). */
  start: number;
  /** Epoch ms of the next day's start: "due today" means due before `end`. */
  end: number;
  /** Days since 1970-01-01 of the local calendar date of `start`: consecutive days differ by 1, DST or not. */
  key: number;
}

const DAY_MS = 86_400_000;

/** The study day that contains the instant `now` (epoch ms). */
export function dayOf(now: number): Day {
  const d = new Date(now);
  let start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), DAY_START_HOUR).getTime();
  if (start > now) start = new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1, DAY_START_HOUR).getTime();
  const s = new Date(start);
  const end = new Date(s.getFullYear(), s.getMonth(), s.getDate() + 1, DAY_START_HOUR).getTime();
  return { start, end, key: Math.round(Date.UTC(s.getFullYear(), s.getMonth(), s.getDate()) / DAY_MS) };
}

