// Runs of consecutive study days (forecast, heatmap, streak), built from dayOf only.
import { dayOf, type Day } from './day.ts';

/** `count` consecutive study days starting with the one of `now` (negative count: going back, oldest first). */
export function daysFrom(now: number, count: number): Day[] {
  const days: Day[] = [];
  if (count >= 0) {
    let day = dayOf(now);
    for (let i = 0; i < count; i++) {
      days.push(day);
      day = dayOf(day.end);
    }
  } else {
    let day = dayOf(now);
    for (let i = 0; i < -count; i++) {
      days.unshift(day);
      day = dayOf(day.start - 1);
    }
  }
  return days;
}

/** Index of the day of `days` (consecutive, oldest first) that contains `t`; -1 before, days.length after. */
export function dayIndex(days: readonly Day[], t: number): number {
  if (!days.length || t < days[0]!.start) return -1;
  let lo = 0;
  let hi = days.length - 1;
  if (t >= days[hi]!.end) return days.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (days[mid]!.start <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
