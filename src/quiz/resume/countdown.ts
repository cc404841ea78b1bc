// The exam countdown of the header and the home page: « Examen dans 12 j », « Examen demain »,
// « Examen aujourd’hui ». The exam date (`examDate`, `YYYY-MM-DD` in the flashcard settings) is
// taken to start at 04:00 local time, the start of that study day, so the count is in study
// days (day.ts) and a change of summer time never moves it.
import { dayOf } from '../srs/day.ts';

/**
 * Study days from `now` to the exam date of the stored settings (`localStorage[SETTINGS_KEY]`):
 * 0 on its day, 1 the day before; null once it is past, without a valid date, or when the text
 * is unreadable. Never throws.
 */
export function examDaysLeft(settings: string | null, now: number): number | null {
  try {
    const date = (JSON.parse(settings!) as { srs?: { examDate?: unknown } }).srs?.examDate;
    // A date-only ISO string is read as UTC midnight, in days since 1970-01-01 a study day's key;
    // nothing else (2026-02-30, 15/06/2026, a number) reads back the same, and an invalid date
    // throws in toISOString.
    const t = Date.parse(date as string);
    const left = new Date(t).toISOString().slice(0, 10) === date ? t / 86_400_000 - dayOf(now).key : -1;
    return left >= 0 ? left : null;
  } catch {
    return null;
  }
}

/** The words of the countdown. */
export function countdownLabel(days: number): string {
  return days === 0 ? 'Examen aujourd’hui' : days === 1 ? 'Examen demain' : `Examen dans ${days}\u00a0j`;
}
