// What to study now, as Anki's v3 queue does it: learning cards due now first, then the
// reviews due today (most overdue first), then new cards, within the daily limits; a learning
// card due within 20 minutes is shown early when nothing else is left (Anki's "learn ahead
// limit"). Siblings (cards of the same note) of a card answered today wait until tomorrow, and
// two siblings are never both in today's queue. No ts-fsrs here: the header badge uses it too.
import { noteOf } from './ids.ts';
import { dayOf, type Day } from './day.ts';
import { LEARNING, NEW, RELEARNING, REVIEW, type CardStateKind, type LogRating } from './model.ts';
import type { Settings } from './settings.ts';

/** Anki's learn-ahead limit. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** What the queue needs to know of a card: its id, its note (sibling group) and its deck. */
export interface QueueCard {
  id: string;
  note: string;
  deck: string;
  /** The course section it asks about (`/docker/volumes/#…`), for a session limited to one section. */
  section?: string;
}

export type QueueKind = 'learning' | 'review' | 'new';

/** What the queue reads of a card's progress (a CardProgress has it all). */
export interface QueueState {
  st: CardStateKind;
  due: number;
  susp: boolean;
  log: readonly { t: number; r: LogRating; st: CardStateKind }[];
}
export type QueueProgress = ReadonlyMap<string, QueueState>;

export interface Queue {
  /** The card to show now, or null when the session is over. */
  next: { id: string; kind: QueueKind } | null;
  /**
   * « Nouvelles », « En cours », « À réviser »: the one definition every view uses (deck list,
   * review screen, header badge = learning + review): new cards within today's limit, (re)learning
   * cards due before the study day ends, reviews due today within the limit.
   */
  counts: { new: number; learning: number; review: number };
  /** Learning cards due at any time today (the badge's count adds the reviews). */
  learningToday: number;
  /** When a card becomes available after this session, or null if nothing is scheduled. */
  nextDue: number | null;
  /** Whether the daily limits hold back cards that would otherwise be studied today. */
  limited: { new: boolean; review: boolean };
  learning: string[];
  review: string[];
  fresh: string[];
}

export interface TodayUsage {
  /** New cards first answered today. */
  newDone: number;
  /** Answers given today to cards in review. */
  reviewsDone: number;
  /** For each note, the cards answered today. */
  answered: Map<string, Set<string>>;
}

/**
 * What was studied today, from the review log (the limits count it, the burying uses it). With
 * `cards`, only those count: progress kept for an id the course no longer has counts nowhere.
 */
export function todayUsage(progress: QueueProgress, day: Day, cards?: readonly QueueCard[]): TodayUsage {
  let newDone = 0;
  let reviewsDone = 0;
  const answered = new Map<string, Set<string>>();
  const entries: Iterable<[string, QueueState | undefined]> = cards ? cards.map((c) => [c.id, progress.get(c.id)]) : progress;
  for (const [id, p] of entries) {
    if (!p) continue;
    const log = p.log;
    let introduced = false;
    for (let i = log.length - 1; i >= 0; i--) {
      const e = log[i]!;
      if (e.t < day.start) break;
      // A stamp after today (a clock that was wrong) is not today's work.
      if (e.r === 0 || e.t >= day.end) continue;
      const note = noteOf(id);
      let set = answered.get(note);
      if (!set) answered.set(note, (set = new Set()));
      set.add(id);
      if (e.st === NEW) introduced = true;
      else if (e.st === REVIEW) reviewsDone += 1;
    }
    if (introduced) newDone += 1;
  }
  return { newDone, reviewsDone, answered };
}

/** Buried: another card of the same note was answered today. */
function buried(usage: TodayUsage, note: string, id: string): boolean {
  const set = usage.answered.get(note);
  return !!set && (set.size > 1 || !set.has(id));
}

export interface QueueOptions {
  /** Only this deck (null: « Tous les paquets »). */
  deck?: string | null;
  /** Only the cards of this section (`?section=`), null or absent: all. */
  section?: string | null;
  /**
   * « Les étudier quand même » (Anki's custom study), from this instant (epoch ms): every card of
   * the scope not answered since comes once, due or not, without daily limits or burying.
   */
  ahead?: number | null;
}

export function buildQueue(
  cards: readonly QueueCard[],
  progress: QueueProgress,
  settings: Pick<Settings, 'newPerDay' | 'reviewsPerDay'>,
  now: number,
  options: QueueOptions = {},
): Queue {
  const day = dayOf(now);
  const usage = todayUsage(progress, day, cards);
  const deck = options.deck ?? null;
  const section = options.section ?? null;
  const ahead = options.ahead ?? null;
  const learning: { id: string; due: number }[] = [];
  const reviews: { id: string; note: string; due: number; order: number }[] = [];
  const fresh: { id: string; note: string }[] = [];
  let learningToday = 0;
  let nextDue = Infinity;
  let heldBack = false;

  cards.forEach((card, order) => {
    if ((deck !== null && card.deck !== deck) || (section !== null && card.section !== section)) return;
    const p: QueueState | undefined = progress.get(card.id);
    if (p?.susp) return;
    const st = p?.st ?? NEW;
    if (st === LEARNING || st === RELEARNING) {
      const due = p!.due;
      if (due < day.end) learningToday += 1;
      if (due <= now + LEARN_AHEAD_MS) learning.push({ id: card.id, due });
      else nextDue = Math.min(nextDue, due);
      return;
    }
    if (st === REVIEW && p!.due >= day.end && (ahead === null || (p!.log.at(-1)?.t ?? -1) >= ahead)) {
      nextDue = Math.min(nextDue, p!.due);
      return;
    }
    if (ahead === null && buried(usage, card.note, card.id)) {
      heldBack = true;
      return;
    }
    if (st === REVIEW) reviews.push({ id: card.id, note: card.note, due: p!.due, order });
    else fresh.push({ id: card.id, note: card.note });
  });

  learning.sort((a, b) => a.due - b.due);
  reviews.sort((a, b) => a.due - b.due || a.order - b.order);
  const notes = new Set<string>();
  const reviewLimit = ahead !== null ? Infinity : Math.max(0, settings.reviewsPerDay - usage.reviewsDone);
  const review: string[] = [];
  let reviewHeld = false;
  for (const r of reviews) {
    if (ahead === null && notes.has(r.note)) {
      heldBack = true;
      continue;
    }
    if (review.length >= reviewLimit) {
      reviewHeld = true;
      continue;
    }
    notes.add(r.note);
    review.push(r.id);
  }
  const newLimit = ahead !== null ? Infinity : Math.max(0, settings.newPerDay - usage.newDone);
  const newIds: string[] = [];
  let newHeld = false;
  for (const c of fresh) {
    if (ahead === null && notes.has(c.note)) {
      heldBack = true;
      continue;
    }
    if (newIds.length >= newLimit) {
      newHeld = true;
      continue;
    }
    notes.add(c.note);
    newIds.push(c.id);
  }
  // Cards held back today (limits, siblings) come back tomorrow.
  if (heldBack || reviewHeld || newHeld) nextDue = Math.min(nextDue, day.end);

  const dueNow = learning.find((l) => l.due <= now);
  const next: Queue['next'] = dueNow
    ? { id: dueNow.id, kind: 'learning' }
    : review[0]
      ? { id: review[0], kind: 'review' }
      : newIds[0]
        ? { id: newIds[0], kind: 'new' }
        : learning[0]
          ? { id: learning[0].id, kind: 'learning' }
          : null;

  return {
    next,
    counts: { new: newIds.length, learning: learningToday, review: review.length },
    learningToday,
    nextDue: Number.isFinite(nextDue) ? nextDue : null,
    limited: { new: newHeld, review: reviewHeld },
    learning: learning.map((l) => l.id),
    review,
    fresh: newIds,
  };
}

export type DeckCounts = Queue['counts'];

/**
 * The counts of buildQueue for « Tous les paquets » (key null) and for each deck, in one pass over
 * the cards (the deck list; buildQueue once per deck was 11 passes).
 */
export function deckCounts(
  cards: readonly QueueCard[],
  progress: QueueProgress,
  settings: Pick<Settings, 'newPerDay' | 'reviewsPerDay'>,
  now: number,
): Map<string | null, DeckCounts> {
  const day = dayOf(now);
  const usage = todayUsage(progress, day, cards);
  const counts = new Map<string | null, DeckCounts>([[null, { new: 0, learning: 0, review: 0 }]]);
  const notes = new Map<string | null, Set<string>>([[null, new Set()]]);
  const reviews: { deck: string; note: string; due: number; order: number }[] = [];
  const fresh: { deck: string; note: string }[] = [];
  cards.forEach((card, order) => {
    if (!counts.has(card.deck)) {
      counts.set(card.deck, { new: 0, learning: 0, review: 0 });
      notes.set(card.deck, new Set());
    }
    const p = progress.get(card.id);
    if (p?.susp) return;
    const st = p?.st ?? NEW;
    if (st === LEARNING || st === RELEARNING) {
      if (p!.due < day.end) {
        counts.get(null)!.learning += 1;
        counts.get(card.deck)!.learning += 1;
      }
      return;
    }
    if (st === REVIEW && p!.due >= day.end) return;
    if (buried(usage, card.note, card.id)) return;
    if (st === REVIEW) reviews.push({ deck: card.deck, note: card.note, due: p!.due, order });
    else fresh.push({ deck: card.deck, note: card.note });
  });
  reviews.sort((a, b) => a.due - b.due || a.order - b.order);
  const reviewLimit = Math.max(0, settings.reviewsPerDay - usage.reviewsDone);
  const newLimit = Math.max(0, settings.newPerDay - usage.newDone);
  // Each scope (all decks, the card's deck) fills its own queue, as buildQueue does for it.
  const take = (list: readonly { deck: string; note: string }[], kind: 'review' | 'new', limit: number) => {
    for (const item of list) {
      for (const scope of [null, item.deck]) {
        const seen = notes.get(scope)!;
        const c = counts.get(scope)!;
        if (seen.has(item.note) || c[kind] >= limit) continue;
        seen.add(item.note);
        c[kind] += 1;
      }
    }
  };
  take(reviews, 'review', reviewLimit);
  take(fresh, 'new', newLimit);
  return counts;
}
