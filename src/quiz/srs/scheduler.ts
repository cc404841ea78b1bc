// Scheduling with ts-fsrs (Anki's FSRS): the site's parameters, and every change a card can
// go through — grade, undo, suspend, unsuspend, reset — as pure functions from one
// CardProgress to the next.
// Time, the way Anki counts it: ts-fsrs sees every date on the study-day clock (day.ts), so its
// elapsed days are 04:00 study days, not UTC dates. A result n days ahead becomes the start
// (04:00) of study day key(now) + n: a DST week never moves a card a day early or late; a result
// in minutes (learning steps) stays now + those minutes.
import { StrategyMode, fsrs, generatorParameters, type AbstractScheduler, type Card, type FSRS, type FSRSParameters, type ReviewLog, type Grade as FsrsGrade } from 'ts-fsrs';
import { compactLog, insertEntry, memoryOf, newCard } from './card-state.ts';
import { dayOf } from './day.ts';
import { startOfKey, studyClock } from './study-clock.ts';
import { CLOCK_SLACK_MS, MATURE_DAYS, NEW, REVIEW, type CardProgress, type CardStateKind, type Grade, type LogEntry, type Memory } from './model.ts';

/** Anki's defaults with FSRS: learning steps 1 min and 10 min, relearning 10 min. */
export const LEARNING_STEPS = ['1m', '10m'] as const;
export const RELEARNING_STEPS = ['10m'] as const;
/** Anki's maximum interval (days). */
export const MAXIMUM_INTERVAL = 36500;

type SeededCard = Card & { cid: string };

/**
 * Fuzz seeded by the card and its review count, not the clock (Anki does the same): the
 * interval shown on a button is the one that grading gives, whenever the button is pressed.
 */
function seedStrategy(this: AbstractScheduler): string {
  const current = (this as unknown as { current: SeededCard }).current;
  return `${current.cid}#${current.reps}`;
}

/**
 * The learner's effective FSRS parameters: the site's, the desired retention of the settings, and
 * the parameters learned from their reviews (`weights`, « Optimiser mes paramètres ») when they
 * have applied some, ts-fsrs's defaults otherwise. Every scheduler and every prediction uses it.
 */
export function fsrsParams(settings: { retention: number; weights?: readonly number[] | undefined }): FSRSParameters {
  return generatorParameters({
    request_retention: settings.retention,
    maximum_interval: MAXIMUM_INTERVAL,
    enable_fuzz: true,
    enable_short_term: true,
    learning_steps: [...LEARNING_STEPS],
    relearning_steps: [...RELEARNING_STEPS],
    ...(settings.weights ? { w: [...settings.weights] } : {}),
  });
}

/** A ts-fsrs scheduler with the site's settings, the given desired retention (0.80–0.97) and parameters (default: ts-fsrs's). */
export function createScheduler(retention: number, weights?: readonly number[]): FSRS {
  return fsrs(fsrsParams({ retention, weights })).useStrategy(StrategyMode.SEED, seedStrategy);
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

const DAY_MS = 86_400_000;

function toFsrs(id: string, p: Memory & { reps: number; lapses: number }, now?: number): SeededCard {
  // A last review after now (a clock set back) would be a negative elapsed time: ts-fsrs throws.
  if (now !== undefined && p.lr !== null && p.lr > now) p = { ...p, lr: now };
  return {
    cid: id,
    due: new Date(studyClock(p.due)),
    stability: p.s,
    difficulty: p.d,
    elapsed_days: 0,
    scheduled_days: p.sd,
    learning_steps: p.ls,
    reps: p.reps,
    lapses: p.lapses,
    state: p.st,
    ...(p.lr === null ? {} : { last_review: new Date(studyClock(p.lr)) }),
  };
}

/** The real due date of a ts-fsrs result computed at `now` (see the top of this file). */
function realDue(card: Card, now: number): number {
  if (card.scheduled_days > 0) return startOfKey(dayOf(now).key + card.scheduled_days);
  return now + (card.due.getTime() - studyClock(now));
}

/** The stored form of a ts-fsrs card computed at `now`: numbers rounded once, here, so memory and storage agree. */
function fromFsrs(card: Card, now: number, beforeLr: number | null): Memory & { reps: number; lapses: number } {
  return {
    st: card.state as number as CardStateKind,
    due: realDue(card, now),
    s: round4(card.stability),
    d: round4(card.difficulty),
    sd: card.scheduled_days,
    ls: card.learning_steps,
    // ts-fsrs sets the last review to the review time (on its clock), or leaves the card's.
    lr: !card.last_review ? null : card.last_review.getTime() === studyClock(now) ? now : beforeLr,
    reps: card.reps,
    lapses: card.lapses,
  };
}

/**
 * Time of a change: after the card's last log entry (a clock set back does not reorder the log),
 * and never the same instant (two answers are two entries, also when tabs merge their logs).
 */
function changeTime(p: CardProgress | undefined, now: number): number {
  // Entries more than a day ahead are a clock error (card-state.ts clampFuture): not followed.
  const limit = now + CLOCK_SLACK_MS;
  const times = (p?.log ?? []).map((e) => e.t).filter((t) => t <= limit);
  const last = times.length ? Math.max(...times) : -Infinity;
  // Nor the instant of an undone entry, or of any entry (merge.ts would take one for the other).
  const undone = (p?.u ?? []).filter((t) => t <= limit);
  let t = Math.max(now, last + 1, undone.length ? Math.max(...undone) + 1 : -Infinity);
  while (p?.log.some((e) => e.t === t) || p?.u?.includes(t)) t += 1;
  return t;
}

/** Time until the card would be due after each grade (ms), as the four buttons show it. */
export function previewIntervals(f: FSRS, id: string, p: CardProgress | undefined, now: number): Record<Grade, number> {
  const t = changeTime(p, now);
  const preview = f.repeat(toFsrs(id, p ?? newCard(t), t), studyClock(t));
  const out = {} as Record<Grade, number>;
  for (const g of [1, 2, 3, 4] as const) {
    const card = preview[g as FsrsGrade].card;
    // Whole study days as days (« 3 j » whatever the hour), minutes as minutes.
    out[g] = card.scheduled_days > 0 ? card.scheduled_days * DAY_MS : card.due.getTime() - studyClock(t);
  }
  return out;
}

function logEntry(before: CardProgress, r: LogEntry['r'], t: number): LogEntry {
  return { t, r, st: before.st, mat: before.st === REVIEW && before.sd >= MATURE_DAYS, prev: memoryOf(before) };
}

/** The card after a grade, with its log entry. */
export function gradeCard(f: FSRS, id: string, p: CardProgress | undefined, grade: Grade, now: number): CardProgress {
  const t = changeTime(p, now);
  const before = p ?? newCard(t);
  const next = fromFsrs(f.next(toFsrs(id, before, t), studyClock(t), grade as FsrsGrade).card, t, before.lr);
  return { ...next, susp: before.susp, m: t, log: compactLog(insertEntry(before.log, logEntry(before, grade, t)), t), ...(before.u ? { u: before.u } : {}) };
}

/**
 * The card before its last grade: ts-fsrs `rollback` with the log entry gives back the memory
 * state and the counts; the dates rollback cannot know (it sets `due` to the review time) come
 * from the entry's `prev`. Null when the last entry is not a grade that can be undone.
 */
export function undoGrade(f: FSRS, id: string, p: CardProgress, now: number): CardProgress | null {
  const last = p.log[p.log.length - 1];
  if (!last || last.r === 0 || !last.prev) return null;
  const prev = last.prev;
  const log: ReviewLog = {
    rating: last.r as number as ReviewLog['rating'],
    state: prev.st as number as ReviewLog['state'],
    due: new Date(studyClock(prev.lr ?? prev.due)),
    stability: prev.s,
    difficulty: prev.d,
    elapsed_days: 0,
    last_elapsed_days: 0,
    scheduled_days: prev.sd,
    learning_steps: prev.ls,
    review: new Date(studyClock(last.t)),
  };
  const back = fromFsrs(f.rollback(toFsrs(id, p), log), last.t, prev.lr);
  return {
    ...back,
    due: prev.due,
    lr: prev.lr,
    susp: p.susp,
    m: Math.max(now, p.m),
    log: p.log.slice(0, -1),
    // Remembered, so that a tab still holding the entry does not bring it back (merge.ts).
    u: [...(p.u ?? []), last.t],
  };
}

/** Suspends or unsuspends a card (no log entry, as in Anki). */
export function setSuspended(p: CardProgress | undefined, suspended: boolean, now: number): CardProgress {
  const base = p ?? newCard(now);
  return { ...base, susp: suspended, m: Math.max(now, base.m) };
}

/** Back to new (ts-fsrs `forget`), the review log kept, with a manual entry. Counts are kept, as Anki does by default. */
export function resetCard(f: FSRS, id: string, p: CardProgress | undefined, now: number): CardProgress {
  const t = changeTime(p, now);
  const before = p ?? newCard(t);
  if (before.st === NEW && !before.log.length) return { ...before, m: Math.max(t, before.m) };
  const next = fromFsrs(f.forget(toFsrs(id, before, t), studyClock(t), false).card, t, before.lr);
  return { ...next, susp: before.susp, m: t, log: compactLog(insertEntry(before.log, logEntry(before, 0, t)), t), ...(before.u ? { u: before.u } : {}) };
}
