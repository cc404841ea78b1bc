// The exam countdown of the header and the home page: « Examen dans 12 j », « Examen demain »,
// « Examen aujourd’hui ». The exam date (`examDate`, `YYYY-MM-DD` in the flashcard settings) is
// taken to start at 04:00 local time, the start of that study day, so the count is in study
// days (day.ts) and a change of summer time never moves it.
import { dayOf } from '../srs/day.ts';

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, else null (2026-02-30 is not a date). */
function dateKey(date: string): number | null {
  // A date-only ISO string is read as UTC midnight; a day past the month's end does not read back.
  const t = /^\d{4}-\d\d-\d\d$/.test(date) ? Date.parse(date) : NaN;
  return !isNaN(t) && new Date(t).toISOString().startsWith(date) ? t / 86_400_000 : null;
}

/** The exam date of the stored settings (`localStorage[SETTINGS_KEY]`), or null; never throws. */
export function peekExamDate(text: string | null): string | null {
  try {
    const d = (JSON.parse(text ?? '') as { srs?: { examDate?: unknown } }).srs?.examDate;
    return typeof d === 'string' && dateKey(d) !== null ? d : null;
  } catch {
    return null;
  }
}

/** Study days from now to the exam: 0 on its day, 1 the day before; null once it is past or without a valid date. */
export function examDaysLeft(date: string | null, now: number): number | null {
  const key = date === null ? null : dateKey(date);
  if (key === null) return null;
  const left = key - dayOf(now).key;
  return left >= 0 ? left : null;
}

/** The words of the countdown. */
export function countdownLabel(days: number): string {
  return days === 0 ? 'Examen aujourd’hui' : days === 1 ? 'Examen demain' : `Examen dans ${days} j`;
}
