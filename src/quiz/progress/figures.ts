// The figures of « Ma progression » and how the page says them, without the scheduler: the
// course's outline, a section's and a chapter's figures, the five weakest sections, « il y a 3 j »
// and « 83 % ». mastery.ts computes the figures (FSRS recall, ts-fsrs) and re-exports all of
// this; the page's first script imports it from here, and loads mastery.ts with its data.
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

export const emptyFigures = (): Figures => ({ questions: 0, answered: 0, right: 0, lastAnswer: null, cards: 0, studied: 0, recallSum: 0 });

/** Share of the questions whose last answer was right, null without questions. */
export const quizMastery = (f: Figures): number | null => (f.questions ? f.right / f.questions : null);
/** Mean retrievability today of the studied cards, null when none is studied. */
export const cardMemory = (f: Figures): number | null => (f.studied ? f.recallSum / f.studied : null);

/** Whether a card has a memory state (studied at least once and not reset to new). */
export const isStudied = (p: MemoryState | undefined): p is MemoryState & { lr: number } => !!p && p.st !== NEW && p.lr !== null;

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
