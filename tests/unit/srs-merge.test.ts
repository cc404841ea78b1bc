// Two tabs studying at once: each card's newest change wins, nothing is lost or deleted, and the
// tabs converge (each saves its merge only when the other's copy lacks something).
process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgress, serializeProgress } from '../../src/quiz/srs/codec';
import type { CardProgress, Grade } from '../../src/quiz/srs/model';
import { mergeProgress, newest } from '../../src/quiz/srs/merge';
import { createScheduler, gradeCard, setSuspended } from '../../src/quiz/srs/scheduler';
import { progressMap } from './srs-arbitraries';

/** The stored text of a progress, cards in id order (tabs may hold them in different orders). */
const canon = (m: ReadonlyMap<string, CardProgress>) => serializeProgress(new Map([...m].sort(([x], [y]) => (x < y ? -1 : 1))));

const f = createScheduler(0.9);
const T = Date.UTC(2025, 2, 3, 9);

describe('fusion de deux onglets', () => {
  it('garde, carte par carte, le changement le plus récent, et les cartes que seul un onglet connaît', () => {
    const a1 = gradeCard(f, 'a', undefined, 3, T);
    const a2 = gradeCard(f, 'a', a1, 3, T + 600_000); // tab 2 went further on `a`
    const b = gradeCard(f, 'b', undefined, 1, T + 60_000); // only tab 1 knows `b`
    const c1 = gradeCard(f, 'c', undefined, 4, T + 1000);
    const c2 = setSuspended(c1, true, T + 900_000); // tab 1 suspended `c` later
    const mine = new Map([['a', a1], ['b', b], ['c', c2]]);
    const theirs = new Map([['a', a2], ['c', c1], ['d', gradeCard(f, 'd', undefined, 2, T)]]);
    const merged = mergeProgress(mine, theirs);
    expect(merged.progress.get('a')).toBe(a2);
    expect(merged.progress.get('b')).toBe(b);
    expect(merged.progress.get('c')).toBe(c2);
    expect([...merged.progress.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.differsFromMine).toBe(true);
    expect(merged.differsFromTheirs).toBe(true);
    // Tab 2 receives tab 1's merge: it takes it all and has nothing to send back.
    const back = mergeProgress(theirs, merged.progress);
    expect(back.differsFromTheirs).toBe(false);
    for (const id of ['a', 'b', 'c', 'd']) expect(back.progress.get(id)).toEqual(merged.progress.get(id));
  });

  it('départage deux changements du même instant de la même façon dans les deux onglets', () => {
    const x = gradeCard(f, 'x', undefined, 3, T);
    const y = gradeCard(f, 'x', undefined, 1, T);
    expect(newest(x, y)).toBe(newest(y, x));
  });

  it('converge : fusionner dans les deux sens donne le même état, et ne perd aucune carte', () => {
    fc.assert(
      fc.property(progressMap, progressMap, (a, b) => {
        const ab = mergeProgress(a, b).progress;
        const ba = mergeProgress(b, a).progress;
        expect(canon(ab)).toBe(canon(ba));
        for (const id of [...a.keys(), ...b.keys()]) expect(ab.has(id)).toBe(true);
        // What a tab stores after merging is valid stored progress.
        expect(parseProgress(JSON.parse(serializeProgress(ab)))).toEqual(ab);
        // Merging again changes nothing.
        expect(mergeProgress(ab, b).differsFromMine).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('une séance dans chaque onglet : les notes des deux survivent', () => {
    let tab1 = new Map<string, CardProgress>();
    let tab2 = new Map<string, CardProgress>();
    const grades: Grade[] = [3, 1, 4, 2];
    grades.forEach((g, i) => {
      tab1 = new Map(tab1).set(`un-${i}`, gradeCard(f, `un-${i}`, undefined, g, T + i * 1000));
      tab2 = new Map(tab2).set(`deux-${i}`, gradeCard(f, `deux-${i}`, undefined, g, T + i * 1000 + 500));
      // Each write reaches the other tab, which merges it.
      tab2 = mergeProgress(tab2, tab1).progress;
      tab1 = mergeProgress(tab1, tab2).progress;
    });
    expect(tab1.size).toBe(8);
    expect(canon(tab1)).toBe(canon(tab2));
    for (let i = 0; i < 4; i++) expect(tab1.get(`un-${i}`)!.log).toHaveLength(1);
  });
});
