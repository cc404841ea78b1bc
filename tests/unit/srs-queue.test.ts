// The study queue: what comes first, the daily limits, siblings buried until tomorrow.
process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEARNING, RELEARNING, REVIEW, type CardProgress, type Grade } from '../../src/quiz/srs/model';
import { newCard } from '../../src/quiz/srs/card-state';
import { buildQueue, LEARN_AHEAD_MS, type QueueCard } from '../../src/quiz/srs/queue';
import { dueToday } from '../../src/quiz/srs/due';
import { createScheduler, gradeCard } from '../../src/quiz/srs/scheduler';
import { noteOf } from '../../src/quiz/srs/ids';
import { serializeProgress } from '../../src/quiz/srs/codec';
import { dayOf } from '../../src/quiz/srs/day';
import { peekProgress, peekReviewLimit } from '../../src/quiz/srs/peek';

const f = createScheduler(0.9);
const MIN = 60_000;
const DAY = 86_400_000;
const NOW = new Date(2025, 2, 12, 15, 0).getTime(); // Wednesday 12 March 2025, 15:00 in Paris
const LIMITS = { newPerDay: 20, reviewsPerDay: 200 };

const card = (id: string, deck = 'docker'): QueueCard => ({ id, note: noteOf(id), deck });
const review = (due: number, extra: Partial<CardProgress> = {}): CardProgress => ({
  ...newCard(due - 10 * DAY),
  st: REVIEW,
  due,
  s: 10,
  d: 5,
  sd: 10,
  lr: due - 10 * DAY,
  reps: 3,
  ...extra,
});
const learning = (due: number): CardProgress => ({ ...newCard(due - 10 * MIN), st: LEARNING, due, s: 2, d: 5, ls: 1, lr: due - 10 * MIN, reps: 1 });

describe('l’ordre de la file', () => {
  it('apprentissage dû maintenant, puis révisions (les plus en retard d’abord), puis nouvelles, puis apprentissage en avance', () => {
    const cards = ['n1', 'n2', 'r1', 'r2', 'r3', 'l1', 'l2', 'l3'].map((id) => card(id));
    const progress = new Map<string, CardProgress>([
      ['r1', review(NOW - 1 * DAY)],
      ['r2', review(NOW - 5 * DAY)],
      ['r3', review(NOW + 3 * 3_600_000)], // due tonight: still today
      ['l1', learning(NOW + 5 * MIN)], // within the 20-minute learn-ahead
      ['l2', learning(NOW - 2 * MIN)],
      ['l3', learning(NOW + 3 * 3_600_000)], // later today
    ]);
    const q = buildQueue(cards, progress, LIMITS, NOW);
    expect(q.next).toEqual({ id: 'l2', kind: 'learning' });
    expect(q.learning).toEqual(['l2', 'l1']);
    expect(q.review).toEqual(['r2', 'r1', 'r3']);
    expect(q.fresh).toEqual(['n1', 'n2']);
    expect(q.counts).toEqual({ new: 2, learning: 3, review: 3 });
    expect(q.learningToday).toBe(3);

    // Without the due learning card, reviews come next; then new cards; then learning ahead.
    progress.delete('l2');
    expect(buildQueue(cards, progress, LIMITS, NOW).next).toEqual({ id: 'r2', kind: 'review' });
    const onlyNewAndAhead = new Map([...progress].filter(([id]) => id.startsWith('l')));
    expect(buildQueue(cards, onlyNewAndAhead, LIMITS, NOW).next).toEqual({ id: 'n1', kind: 'new' });
    const onlyAhead = buildQueue([card('l1'), card('l3')], onlyNewAndAhead, LIMITS, NOW);
    expect(onlyAhead.next).toEqual({ id: 'l1', kind: 'learning' });
    // Beyond the learn-ahead limit nothing is shown, and the end screen knows when it comes.
    const later = buildQueue([card('l3')], onlyNewAndAhead, LIMITS, NOW);
    expect(later.next).toBeNull();
    expect(later.nextDue).toBe(NOW + 3 * 3_600_000);
    expect(LEARN_AHEAD_MS).toBe(20 * MIN);
  });

  it('ne montre ni les cartes suspendues ni les révisions de demain', () => {
    const progress = new Map<string, CardProgress>([
      ['a', { ...review(NOW - DAY), susp: true }],
      ['b', review(NOW + 2 * DAY)],
      ['c', { ...newCard(NOW), susp: true }],
    ]);
    const q = buildQueue(['a', 'b', 'c'].map((id) => card(id)), progress, LIMITS, NOW);
    expect(q.next).toBeNull();
    expect(q.counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect(q.nextDue).toBe(NOW + 2 * DAY);
  });

  it('filtre par paquet', () => {
    const cards = [card('a', 'docker'), card('b', 'compose'), card('c', 'docker')];
    const q = buildQueue(cards, new Map(), LIMITS, NOW, { deck: 'docker' });
    expect(q.fresh).toEqual(['a', 'c']);
  });
});

describe('les limites du jour', () => {
  const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => card(`${prefix}${i}`));

  it('20 nouvelles et 200 révisions par défaut, réglables', () => {
    const cards = [...many('r', 250), ...many('n', 30)];
    const progress = new Map(many('r', 250).map((c, i) => [c.id, review(NOW - DAY - i * MIN)] as const));
    const q = buildQueue(cards, progress, LIMITS, NOW);
    expect(q.counts).toEqual({ new: 20, learning: 0, review: 200 });
    expect(q.limited).toEqual({ new: true, review: true });
    expect(q.nextDue).toBe(new Date(2025, 2, 13, 4).getTime()); // tomorrow, 04:00
    expect(buildQueue(cards, progress, { newPerDay: 5, reviewsPerDay: 10 }, NOW).counts).toEqual({ new: 5, learning: 0, review: 10 });
  });

  it('comptent ce qui a déjà été étudié aujourd’hui (depuis 4 h), pas hier', () => {
    const cards = many('n', 30);
    const progress = new Map<string, CardProgress>();
    // 8 new cards studied this morning at 09:00, 5 yesterday evening (before today's 04:00).
    const morning = new Date(2025, 2, 12, 9).getTime();
    const yesterday = new Date(2025, 2, 12, 3, 30).getTime();
    cards.slice(0, 8).forEach((c) => progress.set(c.id, gradeCard(f, c.id, undefined, 4, morning)));
    cards.slice(8, 13).forEach((c) => progress.set(c.id, gradeCard(f, c.id, undefined, 4, yesterday)));
    const q = buildQueue(cards, progress, LIMITS, NOW);
    expect(q.counts.new).toBe(12);
    expect(q.fresh[0]).toBe('n13');
  });

  it('compte les révisions faites aujourd’hui contre la limite de révisions', () => {
    const cards = many('r', 10);
    const progress = new Map<string, CardProgress>();
    cards.forEach((c, i) => progress.set(c.id, review(NOW - DAY - i * MIN)));
    // Three of them answered this morning (they are now due later).
    for (const c of cards.slice(0, 3)) progress.set(c.id, gradeCard(f, c.id, progress.get(c.id), 3, NOW - 3_600_000));
    const q = buildQueue(cards, progress, { newPerDay: 20, reviewsPerDay: 5 }, NOW);
    expect(q.counts.review).toBe(2);
  });
});

describe('les cartes sœurs', () => {
  it('une carte inversée et les trous d’un texte ne sont jamais tous deux dans la file du jour', () => {
    const cards = [card('vm'), card('vm:r'), card('port:c1'), card('port:c2'), card('seule')];
    const q = buildQueue(cards, new Map(), LIMITS, NOW);
    expect(q.fresh).toEqual(['vm', 'port:c1', 'seule']);
  });

  it('attendent demain quand leur sœur a été notée aujourd’hui, même en révision', () => {
    const cards = [card('vm'), card('vm:r'), card('port:c1'), card('port:c2')];
    const progress = new Map<string, CardProgress>([
      ['vm', gradeCard(f, 'vm', undefined, 3, NOW - 30 * MIN)],
      ['port:c2', review(NOW - DAY)],
      ['port:c1', gradeCard(f, 'port:c1', review(NOW - 2 * DAY), 3, NOW - 30 * MIN)],
    ]);
    const q = buildQueue(cards, progress, LIMITS, NOW);
    // `vm` itself is in learning (due in 10 min → learning ahead), its reverse waits; `port:c2` waits too.
    expect(q.fresh).toEqual([]);
    expect(q.review).toEqual([]);
    expect(q.learning).toEqual(['vm']);
    // Tomorrow they are back.
    const tomorrow = buildQueue(cards, progress, LIMITS, NOW + DAY);
    expect(tomorrow.review).toContain('port:c2');
    expect(tomorrow.fresh).toEqual(['vm:r']);
  });
});

describe('le badge de l’en-tête', () => {
  it('compte les cartes dues aujourd’hui comme la liste des paquets, sans connaître les paquets', () => {
    const cards = Array.from({ length: 40 }, (_, i) => card(`c${i}${i % 3 === 0 ? '' : ':r'}`));
    const progress = new Map<string, CardProgress>();
    let t = NOW - 20 * DAY;
    // A few weeks of random study.
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let day = 0; day < 20; day++, t += DAY) {
      for (const c of cards) {
        const p = progress.get(c.id);
        if (rnd() < 0.3 && (!p || p.due <= t)) progress.set(c.id, gradeCard(f, c.id, p, (1 + Math.floor(rnd() * 4)) as Grade, t));
      }
    }
    progress.set('c1:r', { ...progress.get('c1:r')!, susp: true });
    const q = buildQueue(cards, progress, LIMITS, NOW);
    expect(dueToday(progress, LIMITS.reviewsPerDay, NOW)).toBe(q.learningToday + q.review.length);
    expect(dueToday(progress, LIMITS.reviewsPerDay, NOW)).toBeGreaterThan(0);
    expect(dueToday(progress, 0, NOW)).toBe(q.learningToday);
    // The badge's quick read of storage counts the same.
    const peeked = peekProgress(serializeProgress(progress), dayOf(NOW).start);
    expect(dueToday(peeked, 200, NOW)).toBe(dueToday(progress, 200, NOW));
    expect(dueToday(peeked, 3, NOW)).toBe(dueToday(progress, 3, NOW));
  });

  it('lit le stockage sans jamais échouer, et les réglages enregistrés', () => {
    for (const bad of [null, '', '{', '{"c":5}', '{"c":{"a":"x,y"}}', '[]', 'null']) expect(() => peekProgress(bad, 0)).not.toThrow();
    expect(peekProgress('{"c":{"a":"x,y"}}', 0).size).toBe(0);
    expect(peekReviewLimit(JSON.stringify({ srs: { newPerDay: 5, reviewsPerDay: 42, retention: 0.9 } }), 200)).toBe(42);
    expect(peekReviewLimit('pas du json', 200)).toBe(200);
  });

  it('compte toujours comme la file d’étude, quelle que soit l’histoire des cartes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 2 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), (seed, limit, days) => {
        let s = seed;
        const rnd = () => ((s = (s * 48271) % 2147483647) / 2147483647);
        const cards = Array.from({ length: 30 }, (_, i) => card(`n${i % 12}${i < 12 ? '' : i < 24 ? ':r' : ':c2'}`));
        const progress = new Map<string, CardProgress>();
        let t = NOW - days * DAY;
        for (let d = 0; d <= days; d++, t += DAY) {
          for (const c of cards) {
            const p = progress.get(c.id);
            if (rnd() < 0.4 && (!p || p.due <= t + 6 * 3_600_000)) progress.set(c.id, gradeCard(f, c.id, p, (1 + Math.floor(rnd() * 4)) as Grade, Math.min(t + rnd() * 8 * 3_600_000, NOW)));
            if (rnd() < 0.03 && progress.has(c.id)) progress.set(c.id, { ...progress.get(c.id)!, susp: rnd() < 0.5 });
          }
        }
        const q = buildQueue(cards, progress, { newPerDay: 20, reviewsPerDay: limit }, NOW);
        expect(dueToday(progress, limit, NOW)).toBe(q.learningToday + q.review.length);
      }),
      { numRuns: 60 },
    );
  });

  it('compte aussi l’apprentissage et le réapprentissage dus plus tard dans la journée', () => {
    const progress = new Map<string, CardProgress>([
      ['a', learning(NOW + 3 * 3_600_000)],
      ['b', { ...learning(NOW + 5 * MIN), st: RELEARNING }],
      ['c', learning(NOW + DAY)],
    ]);
    expect(dueToday(progress, 200, NOW)).toBe(2);
  });
});
