// Grading with ts-fsrs: the intervals the buttons show, grading, undo restoring the exact
// state, suspension and reset — as a learner would see them.
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { encodeCard, sameProgress } from '../../src/quiz/srs/codec';
import { formatInterval, formatIntervalLong } from '../../src/quiz/srs/intervals';
import { LEARNING, NEW, RELEARNING, REVIEW, UNDO_WINDOW_MS, type CardProgress, type Grade } from '../../src/quiz/srs/model';
import { compactLog } from '../../src/quiz/srs/card-state';
import { dayOf } from '../../src/quiz/srs/day';
import { startOfKey } from '../../src/quiz/srs/study-clock';
import { createScheduler, gradeCard, previewIntervals, resetCard, setSuspended, undoGrade } from '../../src/quiz/srs/scheduler';

const f = createScheduler(0.9);
const T0 = Date.UTC(2025, 0, 6, 9); // a Monday morning
const MIN = 60_000;
const DAY = 86_400_000;

/** Grades a card through a sequence of (grade, minutes later) steps. */
function run(id: string, steps: [Grade, number][], start = T0): { card: CardProgress; t: number } {
  let card: CardProgress | undefined;
  let t = start;
  for (const [g, wait] of steps) {
    t += wait * MIN;
    card = gradeCard(f, id, card, g, t);
  }
  return { card: card!, t };
}

describe('les intervalles affichés', () => {
  it('une nouvelle carte : 1 min, 6 min, 10 min, plusieurs jours', () => {
    const ivl = previewIntervals(f, 'docker-x', undefined, T0);
    expect(formatInterval(ivl[1])).toBe('1 min');
    expect(formatInterval(ivl[2])).toBe('6 min');
    expect(formatInterval(ivl[3])).toBe('10 min');
    expect(ivl[4]).toBeGreaterThanOrEqual(2 * DAY);
    expect(formatInterval(ivl[4])).toMatch(/^\d+ j$/);
  });

  it('au deuxième palier, « Correct » fait passer en révision pour des jours', () => {
    const { card, t } = run('a', [[3, 0]]);
    expect(card.st).toBe(LEARNING);
    expect(card.due - t).toBe(10 * MIN);
    const ivl = previewIntervals(f, 'a', card, card.due);
    expect(formatInterval(ivl[1])).toBe('1 min');
    expect(ivl[3]).toBeGreaterThanOrEqual(DAY);
    expect(ivl[3] % DAY).toBe(0);
  });

  it('chaque bouton donne exactement l’intervalle qu’il affichait, même noté plus tard (le flou ne dépend pas de l’heure)', () => {
    let { card, t } = run('b', [[3, 0], [3, 10]]);
    for (let i = 0; i < 6; i++) {
      t = card.due + 3 * 3_600_000;
      const ivl = previewIntervals(f, 'b', card, t);
      const later = t + 47_000;
      const again = previewIntervals(f, 'b', card, later);
      expect(again).toEqual(ivl);
      const g = ([3, 2, 4, 3, 1, 3] as Grade[])[i]!;
      card = gradeCard(f, 'b', card, g, later);
      // Minutes as shown; n days: the start (04:00) of the study day n days after today.
      if (ivl[g] % DAY) expect(card.due - later).toBe(ivl[g]);
      else expect(card.due).toBe(startOfKey(dayOf(later).key + ivl[g] / DAY));
    }
  });

  it('applique le flou : deux cartes identiques notées pareil ne tombent pas toutes le même jour', () => {
    const dues = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const { card } = run(`carte-${i}`, [[3, 0], [3, 10], [3, 60 * 24 * 3], [3, 60 * 24 * 10]]);
      dues.add(Math.round((card.due - card.lr!) / DAY));
    }
    expect(dues.size).toBeGreaterThan(1);
  });

  it('écrit les durées en français, courtes et longues', () => {
    expect(formatInterval(10 * MIN)).toBe('10 min');
    expect(formatInterval(3 * 3_600_000)).toBe('3 h');
    expect(formatInterval(3 * DAY)).toBe('3 j');
    expect(formatInterval(60 * DAY)).toBe('2 mois');
    expect(formatInterval(105 * DAY)).toBe('3,5 mois');
    expect(formatInterval(365 * DAY)).toBe('1 an');
    expect(formatInterval(548 * DAY)).toBe('1,5 an');
    expect(formatInterval(3 * 365 * DAY)).toBe('3 ans');
    expect(formatIntervalLong(10 * MIN)).toBe('10 minutes');
    expect(formatIntervalLong(1 * DAY)).toBe('1 jour');
  });
});

describe('noter', () => {
  it('tient le journal : heure, note, état précédent', () => {
    const { card } = run('c', [[1, 0], [3, 1], [3, 10]]);
    expect(card.st).toBe(REVIEW);
    expect(card.reps).toBe(3);
    expect(card.log.map((e) => [e.r, e.st])).toEqual([[1, NEW], [3, LEARNING], [3, LEARNING]]);
    expect(card.log.map((e) => e.t)).toEqual([T0, T0 + MIN, T0 + 11 * MIN]);
  });

  it('« À revoir » sur une carte en révision : un oubli, et le réapprentissage à 10 min', () => {
    const { card, t } = run('d', [[3, 0], [3, 10], [3, 60 * 24 * 5]]);
    const lapsed = gradeCard(f, 'd', card, 1, t + 5 * DAY);
    expect(lapsed.st).toBe(RELEARNING);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - (t + 5 * DAY)).toBe(10 * MIN);
  });

  it('marque une carte mûre (intervalle de 21 jours ou plus) dans le journal', () => {
    let { card } = run('e', [[3, 0], [3, 10]]);
    while (card.sd < 21) card = gradeCard(f, 'e', card, 4, card.due);
    const next = gradeCard(f, 'e', card, 3, card.due);
    expect(next.log.at(-1)).toMatchObject({ st: REVIEW, mat: true, r: 3 });
    expect(next.log.slice(0, -1).every((e) => !e.mat || e.st === REVIEW)).toBe(true);
  });

  it('garde ce qu’il faut pour annuler pendant 24 h seulement', () => {
    const { card } = run('g', [[3, 0], [3, 10]]);
    expect(card.log.every((e) => e.prev)).toBe(true);
    const later = gradeCard(f, 'g', card, 3, card.due + UNDO_WINDOW_MS + 1);
    expect(later.log.map((e) => !!e.prev)).toEqual([false, false, true]);
  });
});

describe('annuler', () => {
  it('remet exactement l’état enregistré d’avant, note par note, pendant une séance', () => {
    // Days of history first: a card in review, then lapsed and relearnt.
    let { card, t } = run('h', [[1, 0], [2, 1], [3, 6], [3, 10], [4, 60 * 24 * 4], [1, 60 * 24 * 9], [3, 10]]);
    // The session starts the next time the card is due; the page has just loaded it (load compacts old entries).
    t = card.due + 3 * 60 * MIN;
    card = { ...card, log: compactLog(card.log, t) };
    const history: CardProgress[] = [];
    for (const [g, wait] of [[1, 0], [1, 1], [2, 10], [3, 12], [4, 3]] as [Grade, number][]) {
      t += wait * MIN;
      history.push(card);
      card = gradeCard(f, 'h', card, g, t);
    }
    expect(card.lapses).toBe(2);
    for (let i = history.length - 1; i >= 0; i--) {
      const undone = undoGrade(f, 'h', card, t + 1000)!;
      // Byte for byte the stored record (the merge stamp `m` aside: it records the undo itself).
      // (and the undone entry's time, kept so that another tab does not bring it back).
      expect(undone.u?.at(-1)).toBe(card.log.at(-1)!.t);
      expect(encodeCard({ ...undone, m: 0, u: history[i]!.u })).toBe(encodeCard({ ...history[i]!, m: 0 }));
      expect(undone.m).toBeGreaterThanOrEqual(card.m);
      card = undone;
    }
  });

  it('annule jusqu’à la carte jamais vue', () => {
    const { card } = run('h2', [[1, 0], [3, 1], [3, 10]]);
    let c: CardProgress = card;
    for (let i = 0; i < 3; i++) c = undoGrade(f, 'h2', c, T0 + DAY)!;
    expect(c.log).toEqual([]);
    expect(c.reps).toBe(0);
    expect(sameProgress(c, undefined)).toBe(true);
    expect(undoGrade(f, 'h2', c, T0 + DAY)).toBeNull();
  });

  it('refuse d’annuler une remise à zéro ou une note trop ancienne', () => {
    const { card, t } = run('i', [[3, 0], [3, 10]]);
    const reset = resetCard(f, 'i', card, t + MIN);
    expect(undoGrade(f, 'i', reset, t + 2 * MIN)).toBeNull();
    const old = gradeCard(f, 'i', card, 3, card.due + UNDO_WINDOW_MS * 3);
    const older = gradeCard(f, 'i', old, 3, old.due + UNDO_WINDOW_MS * 3);
    const once = undoGrade(f, 'i', older, older.m)!;
    expect(undoGrade(f, 'i', once, once.m)).toBeNull();
  });
});

describe('suspendre, réactiver, remettre à zéro', () => {
  it('suspend et réactive sans toucher au planning ni au journal', () => {
    const { card, t } = run('j', [[3, 0], [3, 10]]);
    const s = setSuspended(card, true, t + 1);
    expect(s.susp).toBe(true);
    expect({ ...s, susp: false, m: 0 }).toEqual({ ...card, m: 0 });
    const u = setSuspended(s, false, t + 2);
    expect(encodeCard({ ...u, m: 0 })).toBe(encodeCard({ ...card, m: 0 }));
    expect(u.m).toBe(t + 2);
    expect(setSuspended(undefined, true, t).susp).toBe(true);
  });

  it('remet une carte à l’état nouvelle en gardant son journal, avec une ligne « manuelle »', () => {
    const { card, t } = run('k', [[3, 0], [3, 10], [1, 60 * 24 * 3]]);
    const r = resetCard(f, 'k', card, t + MIN);
    expect(r.st).toBe(NEW);
    expect(r.log).toHaveLength(card.log.length + 1);
    expect(r.log.slice(0, -1).map((e) => [e.t, e.r])).toEqual(card.log.map((e) => [e.t, e.r]));
    expect(r.log.at(-1)).toMatchObject({ r: 0, st: card.st, t: t + MIN });
    expect(r.lapses).toBe(card.lapses);
    expect(r.due).toBe(t + MIN);
    // Studied again, it starts from the learning steps.
    expect(formatInterval(previewIntervals(f, 'k', r, t + 2 * MIN)[3])).toBe('10 min');
  });

  it('ne réordonne pas le journal si l’horloge recule', () => {
    const { card, t } = run('l', [[3, 0]]);
    const next = gradeCard(f, 'l', card, 3, t - 3_600_000);
    expect(next.log.at(-1)!.t).toBe(t + 1);
  });
});
