// Toward the exam date (« Réglages » › « Date de l’examen »): how much of each chapter FSRS
// predicts the learner will recall on that day at the current pace, and how many new cards a day
// would have every card studied at least PLAN_MARGIN_DAYS before it (exam-date.ts: countdown and
// that number, without ts-fsrs). An exam « in 1 day » is tomorrow's 04:00 study day.
//
// « The current pace », in this model (the page says the same):
// - reviews: every card is reviewed on the study day it falls due and answered « Correct » (the
//   answer FSRS expects, since it schedules a review when recall has dropped to the desired
//   retention); learning steps are done as soon as they are due;
// - new cards: as many a day as the learner introduced over the last 7 study days (today
//   included; fewer days if they started more recently), taken in the course's order, from today
//   on (today's count minus those already introduced today); suspended cards are not studied.
// Recall on the exam day is ts-fsrs's forgetting curve at the study days elapsed since each
// card's last simulated review. Cards still never seen by then are counted apart.
import type { FSRS } from 'ts-fsrs';
import { forgetting_curve } from 'ts-fsrs';
import { dayOf } from '../srs/day.ts';
import { NEW, type CardProgress } from '../srs/model.ts';
import { createScheduler, gradeCard } from '../srs/scheduler.ts';
import type { Settings } from '../srs/settings.ts';
import { startOfKey } from '../srs/study-clock.ts';
import { countdown, introductions, planDays, toLearnToday, type Countdown } from './exam-date.ts';
import type { CourseData } from './mastery.ts';

export { countdown, countdownLabel, newCardLimit, planNewPerDay, PLAN_MARGIN_DAYS, withPlan, type Countdown } from './exam-date.ts';

/** Study days over which the current pace of new cards is measured. */
export const PACE_DAYS = 7;

/**
 * The scheduler the predictions use: the learner's own (desired retention today; the learner's
 * FSRS parameters once settings carry them: the scheduler is the one place that knows them).
 */
export const plannerScheduler = (settings: Pick<Settings, 'retention' | 'weights'>): FSRS => createScheduler(settings.retention, settings.weights);

export interface Pace {
  /** New cards a day (may be fractional). */
  perDay: number;
  /** Cards introduced over the measured days, and how many days were measured. */
  introduced: number;
  days: number;
  /** Cards introduced today (the plan counts them in today's number). */
  today: number;
}

/** The learner's current pace of new cards (see the top of this file). */
export function currentPace(cardIds: readonly string[], progress: ReadonlyMap<string, CardProgress>, now: number): Pace {
  const today = dayOf(now);
  const from = startOfKey(today.key - (PACE_DAYS - 1));
  let first = Infinity;
  let introduced = 0;
  let todayCount = 0;
  for (const id of cardIds) {
    const p = progress.get(id);
    if (!p) continue;
    for (const e of p.log) if (e.r !== 0 && e.t < today.end) first = Math.min(first, e.t);
    const intro = introductions(p).filter((t) => t < today.end);
    if (intro.some((t) => t >= from)) introduced += 1;
    if (intro.some((t) => t >= today.start)) todayCount += 1;
  }
  const days = Number.isFinite(first) ? Math.min(PACE_DAYS, today.key - dayOf(first).key + 1) : PACE_DAYS;
  return { perDay: introduced / Math.max(1, days), introduced, days, today: todayCount };
}

/** A card's state after every review due before `until`, each answered « Correct », from `from` on. */
function reviewUntil(f: FSRS, id: string, p: CardProgress, from: number, until: number): CardProgress {
  let card: CardProgress = { ...p, log: [] };
  // A bounded loop: reviews only grow intervals, a few dozen at most even for years.
  for (let i = 0; i < 500; i++) {
    const t = Math.max(card.due, from);
    if (t >= until) break;
    card = gradeCard(f, id, { ...card, log: [] }, 3, t);
  }
  return card;
}

export interface Prediction {
  cards: number;
  /** Cards studied by the exam (at the current pace), and the sum of their predicted recall. */
  studied: number;
  recallSum: number;
  /** Cards still never seen on the exam day at this pace. */
  neverSeen: number;
}

export interface ChapterPlan {
  index: number;
  prediction: Prediction;
  /** Cards not yet studied at the start of today (suspended ones aside). */
  toLearn: number;
  /** New cards a day for this chapter alone, null when no plan (exam today or past). */
  newPerDay: number | null;
}

export interface ExamPlan {
  countdown: Countdown;
  pace: Pace;
  /** Study days on which new cards are planned (today included); `late` when fewer than PLAN_MARGIN_DAYS remain. */
  days: number;
  late: boolean;
  /** New cards a day for the whole course (the number « Suivre le plan » uses), null without plan. */
  newPerDay: number | null;
  chapters: ChapterPlan[];
  total: ChapterPlan;
}

const emptyPrediction = (): Prediction => ({ cards: 0, studied: 0, recallSum: 0, neverSeen: 0 });

/** The whole plan for the page; null without a valid exam date. */
export function examPlan(course: CourseData, progress: ReadonlyMap<string, CardProgress>, settings: Settings, f: FSRS, now: number): ExamPlan | null {
  const c = countdown(settings.examDate, now);
  if (!c) return null;
  const w = f.parameters.w;
  const today = dayOf(now);
  const ids = course.cards.map(([id]) => id);
  const pace = currentPace(ids, progress, now);
  const chapterOf = (section: number) => course.sections[section]?.chapter ?? -1;
  const plans = new Map<number, ChapterPlan>();
  const planOf = (chapter: number) => {
    let p = plans.get(chapter);
    if (!p) plans.set(chapter, (p = { index: chapter, prediction: emptyPrediction(), toLearn: 0, newPerDay: null }));
    return p;
  };
  const recallAtExam = (p: CardProgress) => forgetting_curve(w, Math.max(0, c.key - dayOf(p.lr ?? p.due).key), p.s);

  // New cards in course order, introduced at the current pace: day i (0 = today) brings the
  // count to floor(pace × (i + 1)), today's already introduced ones deducted.
  const quota: number[] = [];
  for (let i = 0; i < Math.max(0, c.daysLeft); i++) {
    const n = Math.floor(pace.perDay * (i + 1) + 1e-9) - Math.floor(pace.perDay * i + 1e-9);
    quota.push(i === 0 ? Math.max(0, n - pace.today) : n);
  }
  let day = 0;
  for (const [id, section] of course.cards) {
    const plan = planOf(chapterOf(section));
    const pred = plan.prediction;
    pred.cards += 1;
    const p = progress.get(id);
    if (toLearnToday(p, today.start)) plan.toLearn += 1;
    if (p && p.st !== NEW) {
      const after = p.susp ? p : reviewUntil(f, id, p, now, c.start);
      pred.studied += 1;
      pred.recallSum += recallAtExam(after);
      continue;
    }
    if (p?.susp) {
      pred.neverSeen += 1;
      continue;
    }
    while (day < quota.length && quota[day] === 0) day += 1;
    if (day >= quota.length) {
      pred.neverSeen += 1;
      continue;
    }
    quota[day]! -= 1;
    const at = day === 0 ? now : startOfKey(today.key + day);
    const after = reviewUntil(f, id, gradeCard(f, id, undefined, 3, at), at, c.start);
    pred.studied += 1;
    pred.recallSum += recallAtExam(after);
  }

  const d = planDays(c.daysLeft);
  const perDay = (n: number) => (d ? Math.ceil(n / d.days) : null);
  const chapters = [...plans.values()].filter((p) => p.index >= 0).sort((a, b) => a.index - b.index);
  for (const p of chapters) p.newPerDay = perDay(p.toLearn);
  const total: ChapterPlan = { index: -1, prediction: emptyPrediction(), toLearn: 0, newPerDay: null };
  for (const p of plans.values()) {
    total.toLearn += p.toLearn;
    for (const k of ['cards', 'studied', 'recallSum', 'neverSeen'] as const) total.prediction[k] += p.prediction[k];
  }
  total.newPerDay = perDay(total.toLearn);
  return { countdown: c, pace, days: d?.days ?? 0, late: d?.late ?? false, newPerDay: total.newPerDay, chapters, total };
}
