// « Ma progression »: quiz mastery and card memory per section and chapter, the five weakest sections.
process.env.TZ = 'Europe/Paris';

import { forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { cardMemory, computeMastery, hasAnyData, quizMastery, timeAgo, weakestSections, type CourseData, type MemoryState } from '../../src/quiz/progress/mastery';
import { createScheduler } from '../../src/quiz/srs/scheduler';

const w = createScheduler(0.9).parameters.w;
const DAY = 86_400_000;
const NOW = new Date(2026, 4, 20, 15, 0).getTime(); // Wednesday 20 May 2026, 15:00 in Paris
const at = (y: number, m: number, d: number, h: number) => new Date(y, m, d, h).getTime();

const course: CourseData = {
  chapters: [{ id: 'docker', label: 'Docker' }, { id: 'compose', label: 'Compose' }, { id: 'vide', label: 'Vide' }],
  sections: [
    { path: '/docker/volumes/#a', title: 'A', page: 'Volumes', chapter: 0, deck: 'docker' },
    { path: '/docker/volumes/#b', title: 'B', page: 'Volumes', chapter: 0, deck: 'docker' },
    { path: '/compose/#c', title: 'C', page: 'Compose', chapter: 1, deck: 'compose' },
  ],
  questions: [['q1', 0], ['q2', 0], ['q3', 0], ['q4', 1], ['q5', 2]],
  cards: [['c1', 0], ['c2', 0], ['c3', 1], ['c4', 2], ['c5', 2]],
};

const review = (s: number, lr: number): MemoryState => ({ st: 2, s, lr });

describe('maîtrise par section et par chapitre', () => {
  it('quiz : part des questions dont la dernière réponse est juste (une question jamais répondue compte comme non sue), avec la date de la dernière réponse', () => {
    const answers = { q1: { ok: true, at: NOW - 3 * DAY }, q2: { ok: false, at: NOW - DAY }, q4: { ok: true, at: NOW - 10 * DAY } };
    const chapters = computeMastery(course, answers, new Map(), w, NOW);
    const [a, b] = chapters[0]!.sections;
    expect(quizMastery(a!)).toBeCloseTo(1 / 3);
    expect(a!.answered).toBe(2);
    expect(a!.lastAnswer).toBe(NOW - DAY);
    expect(quizMastery(b!)).toBe(1);
    // The chapter adds its sections up: 2 right of 4 questions.
    expect(quizMastery(chapters[0]!)).toBe(0.5);
    expect(chapters[0]!.lastAnswer).toBe(NOW - DAY);
    // A chapter without questions or cards is not listed.
    expect(chapters.map((c) => c.index)).toEqual([0, 1]);
  });

  it('cartes : rappel moyen prévu aujourd’hui (courbe d’oubli de ts-fsrs, jours d’étude écoulés depuis la dernière révision) des cartes étudiées, et le nombre de cartes jamais étudiées', () => {
    // c1 reviewed 3 study days ago (a late evening counts for its day: 02:00 belongs to the day before).
    const cards = new Map<string, MemoryState>([
      ['c1', review(10, at(2026, 4, 18, 2))],
      ['c3', review(4, at(2026, 4, 20, 9))],
      ['c4', { st: 0, s: 0, lr: null }],
    ]);
    const chapters = computeMastery(course, {}, cards, w, NOW);
    const a = chapters[0]!.sections[0]!;
    expect(a.studied).toBe(1);
    expect(a.cards - a.studied).toBe(1);
    expect(cardMemory(a)).toBeCloseTo(forgetting_curve(w, 3, 10), 10);
    expect(cardMemory(chapters[0]!.sections[1]!)).toBe(1);
    // Reset to new (c4): not studied.
    expect(cardMemory(chapters[1]!)).toBeNull();
    expect(chapters[1]!.studied).toBe(0);
    expect(cardMemory(chapters[0]!)).toBeCloseTo((forgetting_curve(w, 3, 10) + 1) / 2, 10);
  });

  it('rien de fait : pas de données, aucune section prioritaire', () => {
    const chapters = computeMastery(course, {}, new Map(), w, NOW);
    expect(hasAnyData(chapters)).toBe(false);
    expect(weakestSections(chapters)).toEqual([]);
  });

  it('« À revoir en priorité » : les sections commencées au plus faible de leurs chiffres, au plus cinq', () => {
    const big: CourseData = {
      chapters: [{ id: 'docker', label: 'Docker' }],
      sections: Array.from({ length: 8 }, (_, i) => ({ path: `/docker/p/#s${i}`, title: `S${i}`, page: 'P', chapter: 0, deck: 'docker' })),
      questions: Array.from({ length: 8 }, (_, i) => [`q${i}`, i] as [string, number]),
      cards: Array.from({ length: 8 }, (_, i) => [`c${i}`, i] as [string, number]),
    };
    const answers: Record<string, { ok: boolean; at: number }> = {
      q0: { ok: true, at: NOW }, q1: { ok: false, at: NOW - 2 * DAY }, q2: { ok: false, at: NOW - 5 * DAY }, q3: { ok: true, at: NOW },
      q4: { ok: true, at: NOW }, q5: { ok: true, at: NOW },
    };
    // s0: quiz 100 % but cards forgotten long ago: its weakest figure is the card memory.
    const cards = new Map<string, MemoryState>([['c0', review(1, NOW - 200 * DAY)], ['c3', review(50, NOW - DAY)]]);
    const weakest = weakestSections(computeMastery(big, answers, cards, w, NOW));
    // s2 and s1 at 0 % (the one left longer first), then s0 (low recall), then three at 100 %; s6, s7 untouched.
    expect(weakest.map((s) => s.index)).toEqual([2, 1, 0, 3, 4]);
  });

  it('« il y a 3 j » en journées d’étude, minutes et heures en dessous d’un jour', () => {
    expect(timeAgo(NOW - 20_000, NOW)).toBe('à l’instant');
    expect(timeAgo(NOW - 5 * 60_000, NOW)).toBe('il y a 5\u00a0min');
    expect(timeAgo(NOW - 3 * 3_600_000, NOW)).toBe('il y a 3\u00a0h');
    expect(timeAgo(at(2026, 4, 17, 3), NOW)).toBe('il y a 4\u00a0j');
  });
});
