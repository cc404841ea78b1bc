// What « Ma progression » says the learner knows, per section of the course and per chapter:
// - quiz mastery: the share of the section's questions whose last answer was right (a question
//   never answered counts as not right), with the time of the latest answer;
// - card memory: the mean retrievability today of the section's cards already studied, as FSRS
//   predicts it (ts-fsrs forgetting curve, the card's stability, elapsed 04:00 study days), and
//   how many of its cards were never studied.
// The five weakest sections are the ones with the lowest of these figures among those with at
// least one (figures.ts, with the types and the words). Pure: the page's island hands it the
// stored progress and the course lists.
import { forgetting_curve } from 'ts-fsrs';
import { dayOf } from '../srs/day.ts';
import { emptyFigures, isStudied, type ChapterMastery, type CourseData, type Figures, type MemoryState, type SectionMastery } from './figures.ts';

export * from './figures.ts';

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
