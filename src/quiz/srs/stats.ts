// « Statistiques », from the cards' states and the review log: the due forecast, reviews per
// day over a year (heatmap), true retention, the streak, and counts per deck and state.
import { dayOf, type Day } from './day.ts';
import { dayIndex, daysFrom } from './days.ts';
import { LEARNING, NEW, RELEARNING, REVIEW, type Progress } from './model.ts';
import type { QueueCard } from './queue.ts';

export interface ForecastDay {
  day: Day;
  /** Cards (learning or review, not suspended) due that day; the first day includes the overdue ones. */
  count: number;
}

/** Cards due on each of the next `days` study days, today first. */
export function dueForecast(progress: Progress, now: number, days = 30): ForecastDay[] {
  const window = daysFrom(now, days);
  const counts = new Array<number>(days).fill(0);
  for (const p of progress.values()) {
    if (p.susp || p.st === NEW) continue;
    const i = p.due < window[0]!.start ? 0 : dayIndex(window, p.due);
    if (i >= 0 && i < days) counts[i]! += 1;
  }
  return window.map((day, i) => ({ day, count: counts[i]! }));
}

export interface ActivityDay {
  day: Day;
  /** Answers (grades) given that day. */
  reviews: number;
}

/** Answers per study day over the last `days` days (oldest first, today last). */
export function reviewsPerDay(progress: Progress, now: number, days = 365): ActivityDay[] {
  const window = daysFrom(now, -days);
  const counts = new Array<number>(days).fill(0);
  const start = window[0]!.start;
  for (const p of progress.values()) {
    for (let i = p.log.length - 1; i >= 0; i--) {
      const e = p.log[i]!;
      if (e.t < start) break;
      if (e.r === 0) continue;
      const k = dayIndex(window, e.t);
      if (k >= 0 && k < days) counts[k]! += 1;
    }
  }
  return window.map((day, i) => ({ day, reviews: counts[i]! }));
}

export interface Retention {
  /** Answers « Difficile », « Correct » or « Facile » to mature cards. */
  passed: number;
  /** Every answer to a mature card. */
  total: number;
  /** passed / total, null without any. */
  rate: number | null;
}

/** Anki's true retention: the share of reviews of mature cards (interval ≥ 21 days) passed, over the last `days` days. */
export function trueRetention(progress: Progress, now: number, days = 30): Retention {
  const start = daysFrom(now, -days)[0]!.start;
  let passed = 0;
  let total = 0;
  for (const p of progress.values()) {
    for (let i = p.log.length - 1; i >= 0; i--) {
      const e = p.log[i]!;
      if (e.t < start) break;
      if (e.r === 0 || e.st !== REVIEW || !e.mat) continue;
      total += 1;
      if (e.r >= 2) passed += 1;
    }
  }
  return { passed, total, rate: total ? passed / total : null };
}

/** Consecutive study days with at least one answer, ending today (or yesterday, if today has none yet). */
export function streak(progress: Progress, now: number): number {
  const keys = new Set<number>();
  for (const p of progress.values()) for (const e of p.log) if (e.r !== 0) keys.add(dayIndexKey(e.t));
  let key = dayIndexKey(now);
  if (!keys.has(key)) key -= 1;
  let n = 0;
  while (keys.has(key)) {
    n += 1;
    key -= 1;
  }
  return n;
}

function dayIndexKey(t: number): number {
  return dayOf(t).key;
}

export interface StateCounts {
  /** « Nouvelles »: never studied (or reset). */
  new: number;
  /** « En cours »: learning or relearning. */
  learning: number;
  /** In review. */
  review: number;
  /** Suspended (whatever their state). */
  suspended: number;
  total: number;
}

/** Cards per state, per deck (in the order of `cards`) and for all decks together. */
export function countsByDeck(cards: readonly QueueCard[], progress: Progress): { decks: Map<string, StateCounts>; all: StateCounts } {
  const empty = (): StateCounts => ({ new: 0, learning: 0, review: 0, suspended: 0, total: 0 });
  const decks = new Map<string, StateCounts>();
  const all = empty();
  for (const card of cards) {
    let c = decks.get(card.deck);
    if (!c) decks.set(card.deck, (c = empty()));
    const p = progress.get(card.id);
    for (const target of [c, all]) {
      target.total += 1;
      if (p?.susp) target.suspended += 1;
      else if (!p || p.st === NEW) target.new += 1;
      else if (p.st === LEARNING || p.st === RELEARNING) target.learning += 1;
      else target.review += 1;
    }
  }
  return { decks, all };
}
