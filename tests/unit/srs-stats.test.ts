// Statistics from a known review log: forecast, reviews per day, true retention, streak, counts.
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { LEARNING, NEW, RELEARNING, REVIEW, type CardProgress, type LogEntry } from '../../src/quiz/srs/model';
import { newCard } from '../../src/quiz/srs/card-state';
import { countsByDeck, dueForecast, reviewsPerDay, streak, trueRetention } from '../../src/quiz/srs/stats';

const at = (d: number, h: number, mi = 0) => new Date(2025, 2, d, h, mi).getTime(); // March 2025, Paris
const NOW = at(20, 10); // Thursday 20 March, 10:00

const entry = (t: number, r: LogEntry['r'], st: LogEntry['st'], mat = false): LogEntry => ({ t, r, st, mat });
const withLog = (p: Partial<CardProgress>, log: LogEntry[]): CardProgress => ({ ...newCard(log[0]?.t ?? NOW), ...p, log });

/** A known history over four cards. */
function sample(): Map<string, CardProgress> {
  return new Map<string, CardProgress>([
    [
      'a',
      withLog({ st: REVIEW, due: at(21, 9), sd: 30 }, [
        entry(at(1, 9), 3, NEW),
        entry(at(1, 9, 10), 3, LEARNING),
        entry(at(5, 20), 3, REVIEW),
        entry(at(19, 3, 30), 3, REVIEW, true), // 03:30 on the 19th: the 18th's study day
        entry(at(20, 8), 1, REVIEW, true), // a mature card forgotten today
        entry(at(20, 8, 10), 3, RELEARNING),
      ]),
    ],
    ['b', withLog({ st: REVIEW, due: at(20, 23), sd: 40 }, [entry(at(10, 12), 4, NEW), entry(at(19, 12), 2, REVIEW, true)])],
    ['c', withLog({ st: LEARNING, due: at(20, 10, 5) }, [entry(at(20, 9), 1, NEW)])],
    ['d', withLog({ st: REVIEW, due: at(25, 12), susp: true }, [entry(at(2, 12), 4, NEW)])],
    ['e', withLog({ st: REVIEW, due: at(10, 12) }, [entry(at(1, 12), 4, NEW), entry(at(2, 12), 0, REVIEW)])],
  ]);
}

describe('statistiques', () => {
  it('prévision : les cartes dues par jour, les retards comptés aujourd’hui, les suspendues exclues', () => {
    const f = dueForecast(sample(), NOW, 30);
    expect(f).toHaveLength(30);
    expect(f[0]!.count).toBe(3); // b tonight, c in 5 min, e overdue since the 10th
    expect(f[1]!.count).toBe(1); // a tomorrow 09:00
    expect(f.reduce((n, d) => n + d.count, 0)).toBe(4);
    expect(new Date(f[1]!.day.start).getDate()).toBe(21);
  });

  it('révisions par jour sur un an, selon la journée de 4 h, sans les remises à zéro', () => {
    const days = reviewsPerDay(sample(), NOW, 365);
    expect(days).toHaveLength(365);
    const on = (d: number) => days.find((x) => new Date(x.day.start).getDate() === d && new Date(x.day.start).getMonth() === 2)!.reviews;
    expect(on(20)).toBe(3);
    expect(on(19)).toBe(1); // b at noon; a's 03:30 review belongs to the 18th
    expect(on(18)).toBe(1);
    expect(on(1)).toBe(3);
    expect(on(2)).toBe(1); // d; e's reset is not a review
    expect(days.reduce((n, d) => n + d.reviews, 0)).toBe(11);
  });

  it('rétention réelle : part des révisions de cartes mûres réussies sur 30 jours', () => {
    expect(trueRetention(sample(), NOW, 30)).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
    expect(trueRetention(new Map(), NOW)).toEqual({ passed: 0, total: 0, rate: null });
  });

  it('série : jours consécutifs avec des révisions, jusqu’à aujourd’hui ou hier', () => {
    const p = sample();
    expect(streak(p, NOW)).toBe(3); // 18, 19, 20
    // Before studying on the 20th, the streak still counts up to yesterday.
    expect(streak(p, at(20, 5))).toBe(3);
    // The next day without study: still counted until the day ends; then lost.
    expect(streak(p, at(21, 20))).toBe(3);
    expect(streak(p, at(22, 20))).toBe(0);
  });

  it('compte les cartes par paquet et par état', () => {
    const cards = [
      { id: 'a', note: 'a', deck: 'docker' },
      { id: 'b', note: 'b', deck: 'docker' },
      { id: 'c', note: 'c', deck: 'compose' },
      { id: 'd', note: 'd', deck: 'compose' },
      { id: 'f', note: 'f', deck: 'compose' },
    ];
    const { decks, all } = countsByDeck(cards, sample());
    expect(decks.get('docker')).toEqual({ new: 0, learning: 0, review: 2, suspended: 0, total: 2 });
    expect(decks.get('compose')).toEqual({ new: 1, learning: 1, review: 0, suspended: 1, total: 3 });
    expect(all).toEqual({ new: 1, learning: 1, review: 2, suspended: 1, total: 5 });
  });
});
