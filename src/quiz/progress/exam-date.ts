// The exam date without the scheduler (no ts-fsrs): countdown on 04:00 study days and the plan's
// number of new cards a day, which the card session uses with « Suivre le plan » and the page
// shows. exam-plan.ts adds the FSRS predictions. Time is Anki's: study days run from 04:00 to
// 04:00 local time (day.ts); the exam starts at 04:00 of its date, the start of that study day.
import { dayOf } from '../srs/day.ts';
import { NEW, type CardProgress } from '../srs/model.ts';
import type { Settings } from '../srs/settings.ts';
import { isExamDate } from '../srs/settings-check.ts';
import { startOfKey } from '../srs/study-clock.ts';

const DAY_MS = 86_400_000;

/**
 * Every card studied at least 7 days before the exam: on the day it is introduced it goes
 * through the learning steps (1 min, 10 min) and graduates with an interval of 2 days (ts-fsrs
 * defaults, « Correct »); its first review two days later raises its stability to about 11 days;
 * the days left cover one lapse (« À revoir »: relearning, then back a day or two later) and
 * leave recall on the exam day around 95 %.
 */
export const PLAN_MARGIN_DAYS = 7;

/** Study-day key (as dayOf gives) of a `YYYY-MM-DD` date, null when it is not a valid date. */
export function examKey(date: string | undefined): number | null {
  if (!isExamDate(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export interface Countdown {
  key: number;
  /** Epoch ms of the exam's start: 04:00 local on its date. */
  start: number;
  /** Study days from today to the exam day: 0 on the day itself, negative once it is past. */
  daysLeft: number;
}

export function countdown(date: string | undefined, now: number): Countdown | null {
  const key = examKey(date);
  if (key === null) return null;
  return { key, start: startOfKey(key), daysLeft: key - dayOf(now).key };
}

/** « Examen aujourd’hui », « Examen demain », « Examen dans 12 j », « Examen passé ». */
export function countdownLabel(c: Countdown): string {
  if (c.daysLeft < 0) return 'Examen passé';
  if (c.daysLeft === 0) return 'Examen aujourd’hui';
  if (c.daysLeft === 1) return 'Examen demain';
  return `Examen dans ${c.daysLeft}\u00a0j`;
}

/** When a card was introduced (its first grade as a new card), in order of the log; none: []. */
export function introductions(p: CardProgress): number[] {
  return p.log.filter((e) => e.st === NEW && e.r !== 0).map((e) => e.t);
}

/** Days for new cards and whether the margin holds; null once the exam has started or is past. */
export function planDays(daysLeft: number): { days: number; late: boolean } | null {
  if (daysLeft <= 0) return null;
  const days = daysLeft - PLAN_MARGIN_DAYS + 1;
  return days >= 1 ? { days, late: false } : { days: daysLeft, late: true };
}

/** The new cards a day that would have studied every card of the course in time (plan only, no simulation). */
export function planNewPerDay(cardIds: readonly string[], progress: ReadonlyMap<string, CardProgress>, examDate: string | undefined, now: number): number | null {
  const c = countdown(examDate, now);
  const d = c && planDays(c.daysLeft);
  if (!d) return null;
  const today = dayOf(now);
  let toLearn = 0;
  for (const id of cardIds) if (toLearnToday(progress.get(id), today.start)) toLearn += 1;
  return Math.ceil(toLearn / d.days);
}

/** Still to learn as of the start of today: never studied (or reset), or introduced today; suspended cards aside. */
export function toLearnToday(p: CardProgress | undefined, todayStart: number): boolean {
  if (!p) return true;
  if (p.susp) return false;
  return p.st === NEW || introductions(p).some((t) => t >= todayStart);
}

/** Today's new-card limit of the card session: the plan's number with « Suivre le plan », else « Nouvelles cartes par jour ». */
export function newCardLimit(settings: Settings, cardIds: readonly string[], progress: ReadonlyMap<string, CardProgress>, now: number): number {
  if (!settings.followPlan) return settings.newPerDay;
  return planNewPerDay(cardIds, progress, settings.examDate, now) ?? settings.newPerDay;
}

/** The settings the card session uses today: « Nouvelles cartes par jour » replaced by the plan's number with « Suivre le plan ». */
export function withPlan<T extends Settings>(settings: T, cardIds: readonly string[], progress: ReadonlyMap<string, CardProgress>, now: number): T {
  const n = newCardLimit(settings, cardIds, progress, now);
  return n === settings.newPerDay ? settings : { ...settings, newPerDay: n };
}
