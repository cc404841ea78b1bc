// What « Ma progression » says the learner knows, per section of the course and per chapter:
// - quiz mastery: the share of the section's questions whose last answer was right (a question
//   never answered counts as not right), with the time of the latest answer;
// - card memory: the mean retrievability today of the section's cards already studied, as FSRS
//   predicts it (ts-fsrs forgetting curve, the card's stability, elapsed 04:00 study days), and
//   how many of its cards were never studied.
// The five weakest sections are the ones with the lowest of these figures among those with at
// least one. Pure: the page's island hands it the stored progress and the course lists.
import { forgetting_curve } from 'ts-fsrs';
import { dayOf } from '../srs/day.ts';
import { NEW, type Memory } from '../srs/model.ts';

/** The course as the page gets it at build (compact: ids point to sections by index). */
export interface CourseData {
  chapters: { id: string; label: string }[];
  /** In course order. `chapter` indexes `chapters`; `deck` is the deck of the section's cards (null: none). */
  sections: { path: string; title: string; page: string; chapter: number; deck: string | null }[];
  /** [question id, section index]. */
  questions: [string, number][];
  /** [card id, section index], in the course's card order. */
  cards: [string, number][];
}

/** What mastery reads of a card's progress (a CardProgress has it). */
export type MemoryState = Pick<Memory, 'st' | 's' | 'lr'>;

export interface Figures {
  questions: number;
  /** Questions answered at least once, and those whose last answer was right. */
  answered: number;
  right: number;
  /** Latest answer to one of the questions (epoch ms), null if none. */
  lastAnswer: number | null;
  cards: number;
  studied: number;
  /** Sum of the studied cards' retrievability today (mean = recallSum / studied). */
  recallSum: number;
}

export interface SectionMastery extends Figures {
  index: number;
}

export interface ChapterMastery extends Figures {
  index: number;
  sections: SectionMastery[];
}

const emptyFigures = (): Figures => ({ questions: 0, answered: 0, right: 0, lastAnswer: null, cards: 0, studied: 0, recallSum: 0 });

/** Share of the questions whose last answer was right, null without questions. */
export const quizMastery = (f: Figures): number | null => (f.questions ? f.right / f.questions : null);
/** Mean retrievability today of the studied cards, null when none is studied. */
export const cardMemory = (f: Figures): number | null => (f.studied ? f.recallSum / f.studied : null);

/** Whether a card has a memory state (studied at least once and not reset to new). */
export const isStudied = (p: MemoryState | undefined): p is MemoryState & { lr: number } => !!p && p.st !== NEW && p.lr !== null;

/**
 * Probability of recalling the card today: the FSRS forgetting curve at the number of study days
 * (04:00 to 04:00) since its last review, as ts-fsrs counts them when it schedules.
 */
export function recallToday(p: MemoryState & { lr: number }, w: readonly number[], now: number): number {
  const elapsed = Math.max(0, dayOf(now).key - dayOf(p.lr).key);
  return forgetting_curve(w, elapsed, p.s);
}

function add(into: Figures, from: Figures): void {
  into.questions += from.questions;
  into.answered += from.answered;
  into.right += from.right;
  into.cards += from.cards;
  into.studied += from.studied;
  into.recallSum += from.recallSum;
  if (from.lastAnswer !== null && (into.lastAnswer === null || from.lastAnswer > into.lastAnswer)) into.lastAnswer = from.lastAnswer;
}

/** Every chapter (those with questions or cards) with its sections, in course order. */
export function computeMastery(
  course: CourseData,
  answers: Readonly<Record<string, { ok: boolean; at: number }>>,
  cards: ReadonlyMap<string, MemoryState>,
  w: readonly number[],
  now: number,
): ChapterMastery[] {
  const sections: SectionMastery[] = course.sections.map((_, index) => ({ index, ...emptyFigures() }));
  for (const [id, s] of course.questions) {
    const f = sections[s];
    if (!f) continue;
    f.questions += 1;
    const a = answers[id];
    if (!a) continue;
    f.answered += 1;
    if (a.ok) f.right += 1;
    if (f.lastAnswer === null || a.at > f.lastAnswer) f.lastAnswer = a.at;
  }
  for (const [id, s] of course.cards) {
    const f = sections[s];
    if (!f) continue;
    f.cards += 1;
    const p = cards.get(id);
    if (!isStudied(p)) continue;
    f.studied += 1;
    f.recallSum += recallToday(p, w, now);
  }
  const chapters: ChapterMastery[] = course.chapters.map((_, index) => ({ index, ...emptyFigures(), sections: [] }));
  for (const section of sections) {
    if (!section.questions && !section.cards) continue;
    const chapter = chapters[course.sections[section.index]!.chapter]!;
    chapter.sections.push(section);
    add(chapter, section);
  }
  return chapters.filter((c) => c.sections.length > 0);
}

/** The lowest of a section's figures, null when it has none yet (nothing answered or studied). */
export function weakness(f: Figures): number | null {
  const figures = [f.answered ? quizMastery(f) : null, cardMemory(f)].filter((x): x is number => x !== null);
  return figures.length ? Math.min(...figures) : null;
}

/**
 * « À revoir en priorité »: the `count` sections with the lowest figure among those started; ties
 * go to the one left longest (oldest latest answer), then to course order.
 */
export function weakestSections(chapters: readonly ChapterMastery[], count = 5): SectionMastery[] {
  const started = chapters.flatMap((c) => c.sections).filter((s) => weakness(s) !== null);
  return started
    .sort((a, b) => weakness(a)! - weakness(b)! || (a.lastAnswer ?? 0) - (b.lastAnswer ?? 0) || a.index - b.index)
    .slice(0, count);
}

/** Whether the learner has done anything the page can show. */
export const hasAnyData = (chapters: readonly ChapterMastery[]): boolean => chapters.some((c) => c.answered > 0 || c.studied > 0);

/** « à l’instant », « il y a 5 min », « il y a 3 h », « il y a 3 j » (days: 04:00 study days). */
export function timeAgo(at: number, now: number): string {
  const ms = Math.max(0, now - at);
  if (ms < 60_000) return 'à l’instant';
  if (ms < 3_600_000) return `il y a ${Math.floor(ms / 60_000)}\u00a0min`;
  if (ms < 86_400_000) return `il y a ${Math.floor(ms / 3_600_000)}\u00a0h`;
  return `il y a ${Math.max(1, dayOf(now).key - dayOf(at).key)}\u00a0j`;
}

/** A share as a French percentage: « 83 % » (narrow no-break space, as the site's typography does). */
export const percent = (x: number): string => `${Math.round(x * 100)}\u202f%`;
