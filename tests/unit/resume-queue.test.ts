// A card session limited to one section (`?paquet=…&section=…`): only that section's cards, due
// and new first; and « Les étudier quand même », each card of the section once, due or not.
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { REVIEW, type CardProgress } from '../../src/quiz/srs/model';
import { newCard } from '../../src/quiz/srs/card-state';
import { buildQueue, type QueueCard } from '../../src/quiz/srs/queue';
import { noteOf } from '../../src/quiz/srs/ids';
import { parseRoute, routeSearch } from '../../src/components/cards/data';

const DAY = 86_400_000;
const NOW = new Date(2026, 2, 12, 15, 0).getTime();
const LIMITS = { newPerDay: 1, reviewsPerDay: 200 };
const A = '/docker/volumes/#les-volumes-nommés';
const B = '/docker/volumes/#les-montages-liés-bind-mounts';
const card = (id: string, section: string): QueueCard => ({ id, note: noteOf(id), deck: 'docker', section });
const review = (due: number, log: CardProgress['log'] = []): CardProgress => ({ ...newCard(due - 10 * DAY), st: REVIEW, due, s: 10, d: 5, lr: due - 10 * DAY, reps: 3, log });

const cards = [card('a1', A), card('a2', A), card('a3', A), card('a4:c1', A), card('a4:c2', A), card('b1', B), card('b2', B)];

describe('une session limitée à une section', () => {
  it('ne présente que les cartes de la section, révisions dues puis nouvelles, dans les limites du jour', () => {
    const progress = new Map([['a1', review(NOW + 3 * DAY)], ['a2', review(NOW - DAY)], ['b1', review(NOW - DAY)]]);
    const q = buildQueue(cards, progress, LIMITS, NOW, { deck: 'docker', section: A });
    expect(q.review).toEqual(['a2']);
    expect(q.fresh).toEqual(['a3']); // one new card a day
    expect(q.next).toEqual({ id: 'a2', kind: 'review' });
    expect(buildQueue(cards, progress, LIMITS, NOW, { section: B }).review).toEqual(['b1']);
  });

  it('« Les étudier quand même » : chaque carte de la section une fois, due ou non, sans limite', () => {
    const progress = new Map([['a1', review(NOW + 3 * DAY)], ['a2', review(NOW + 9 * DAY)], ['a3', review(NOW + 5 * DAY)], ['a4:c1', review(NOW + 5 * DAY)], ['a4:c2', review(NOW + 6 * DAY)]]);
    expect(buildQueue(cards, progress, LIMITS, NOW, { section: A }).next).toBeNull();
    const start = NOW;
    const q = buildQueue(cards, progress, LIMITS, NOW, { section: A, ahead: start });
    // Soonest due first; both cards of one note, no burying in this session.
    expect(q.review).toEqual(['a1', 'a3', 'a4:c1', 'a4:c2', 'a2']);
    // Answered during the session: it does not come back (no endless loop on a card due later).
    progress.set('a1', review(NOW + 20 * DAY, [{ t: NOW + 60_000, r: 3, st: REVIEW, mat: false }]));
    const after = buildQueue(cards, progress, LIMITS, NOW + 60_000, { section: A, ahead: start });
    expect(after.review).toEqual(['a3', 'a4:c1', 'a4:c2', 'a2']);
    // An answer from before the session does not hide a card.
    expect(buildQueue(cards, progress, LIMITS, NOW + 60_000, { section: A, ahead: NOW + 120_000 }).review[0]).toBe('a3');
    expect(buildQueue(cards, progress, LIMITS, NOW + 60_000, { section: A, ahead: NOW - 1 }).review).not.toContain('a1');
  });

  it('l’adresse garde la section : ?paquet=…&section=…', () => {
    const route = parseRoute(`?paquet=docker&section=${encodeURIComponent(A)}`);
    expect(route).toEqual({ view: 'etude', deck: 'docker', section: A });
    expect(parseRoute(routeSearch(route))).toEqual(route);
    expect(parseRoute('?paquet=tous')).toEqual({ view: 'etude', deck: null });
  });
});
