// The study-day clock ts-fsrs is given (scheduler.ts), apart from day.ts so that the header
// badge, which loads day.ts, does not carry it.
import { DAY_START_HOUR, dayOf } from './day.ts';

const DAY_MS = 86_400_000;

/** Epoch ms of the start (04:00 local) of the study day whose key is `key`. */
export function startOfKey(key: number): number {
  const d = new Date(key * DAY_MS);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), DAY_START_HOUR).getTime();
}

/**
 * The study-day clock given to ts-fsrs: an instant whose UTC calendar date is the study day's
 * key and whose time of day is the time since 04:00 (capped below 24 h on a 25-hour day). ts-fsrs
 * counts elapsed days on UTC dates: on this clock they are study days, in any time zone.
 */
export function studyClock(t: number): number {
  const day = dayOf(t);
  return day.key * DAY_MS + Math.min(t - day.start, DAY_MS - 1);
}
