// Anki's day boundary (04:00 local time) in Europe/Paris, including both daylight-saving
// changes. The time zone is set here, before any date is computed, so `npm test` runs these
// in Paris whatever the machine's zone; the first test proves it took effect.
process.env.TZ = 'Europe/Paris';

import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/quiz/srs/day';
import { dayIndex, daysFrom } from '../../src/quiz/srs/days';
import { buildQueue } from '../../src/quiz/srs/queue';
import { REVIEW, type CardProgress } from '../../src/quiz/srs/model';
import { newCard } from '../../src/quiz/srs/card-state';

/** An instant given in UTC. */
const utc = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const H = 3_600_000;

describe('la journée de révision (Europe/Paris)', () => {
  it('tourne bien à l’heure de Paris', () => {
    expect(new Date(utc(2025, 1, 15, 12)).getTimezoneOffset()).toBe(-60);
    expect(new Date(utc(2025, 7, 15, 12)).getTimezoneOffset()).toBe(-120);
  });

  it('commence à 4 h : 3 h 59 appartient encore à la veille', () => {
    const before = dayOf(utc(2025, 1, 15, 2, 59)); // 03:59 in Paris (UTC+1)
    const after = dayOf(utc(2025, 1, 15, 3, 0)); // 04:00 in Paris
    expect(before.end).toBe(after.start);
    expect(after.start).toBe(utc(2025, 1, 15, 3));
    expect(after.key - before.key).toBe(1);
    expect(new Date(before.start).getDate()).toBe(14);
  });

  it('une soirée et la nuit jusqu’à 4 h forment une seule journée', () => {
    const evening = dayOf(utc(2025, 1, 14, 22)); // 23:00
    const night = dayOf(utc(2025, 1, 15, 1)); // 02:00
    expect(night).toEqual(evening);
    expect(evening.end - evening.start).toBe(24 * H);
  });

  it('passage à l’heure d’été (nuit du 29 au 30 mars 2025) : la journée de la veille dure 23 heures, de 4 h à 4 h', () => {
    const saturday = dayOf(utc(2025, 3, 29, 12));
    expect(saturday.start).toBe(utc(2025, 3, 29, 3)); // 04:00 CET = 03:00 UTC
    expect(saturday.end).toBe(utc(2025, 3, 30, 2)); // 04:00 CEST = 02:00 UTC
    expect(saturday.end - saturday.start).toBe(23 * H);
    // The night of the change (02:00 → 03:00 skipped) still belongs to Saturday's day.
    expect(dayOf(utc(2025, 3, 30, 1, 30))).toEqual(saturday); // 03:30 CEST
    const sunday = dayOf(utc(2025, 3, 30, 2)); // 04:00 CEST
    expect(sunday.start).toBe(saturday.end);
    expect(sunday.end - sunday.start).toBe(24 * H);
    expect(sunday.key - saturday.key).toBe(1);
  });

  it('passage à l’heure d’hiver (nuit du 25 au 26 octobre 2025) : la journée de la veille dure 25 heures', () => {
    const saturday = dayOf(utc(2025, 10, 25, 12));
    expect(saturday.start).toBe(utc(2025, 10, 25, 2)); // 04:00 CEST
    expect(saturday.end).toBe(utc(2025, 10, 26, 3)); // 04:00 CET
    expect(saturday.end - saturday.start).toBe(25 * H);
    const sunday = dayOf(utc(2025, 10, 26, 3));
    expect(sunday.start).toBe(saturday.end);
    expect(sunday.end).toBe(utc(2025, 10, 27, 3));
    expect(sunday.key - saturday.key).toBe(1);
  });

  it('l’heure répétée de la nuit (2 h – 3 h deux fois) reste dans la journée de la veille', () => {
    const first = dayOf(utc(2025, 10, 26, 0, 30)); // 02:30 CEST
    const second = dayOf(utc(2025, 10, 26, 1, 30)); // 02:30 CET
    expect(first).toEqual(second);
    expect(first.end).toBe(dayOf(utc(2025, 10, 26, 12)).start);
  });

  it('numérote les journées sans trou ni doublon autour des deux changements d’heure', () => {
    for (const from of [utc(2025, 3, 25, 12), utc(2025, 10, 21, 12)]) {
      const days = daysFrom(from, 10);
      days.forEach((d, i) => {
        if (i) {
          expect(d.start).toBe(days[i - 1]!.end);
          expect(d.key).toBe(days[i - 1]!.key + 1);
        }
        expect(new Date(d.start).getHours()).toBe(4);
        expect(new Date(d.start).getMinutes()).toBe(0);
      });
      expect(dayIndex(days, days[5]!.start - 1)).toBe(4);
      expect(dayIndex(days, days[5]!.start)).toBe(5);
      expect(dayIndex(days, days[0]!.start - 1)).toBe(-1);
      expect(dayIndex(days, days[9]!.end)).toBe(10);
    }
    const back = daysFrom(utc(2025, 4, 2, 12), -5);
    expect(back.at(-1)).toEqual(dayOf(utc(2025, 4, 2, 12)));
    expect(back.map((d) => d.key)).toEqual([0, 1, 2, 3, 4].map((i) => back[0]!.key + i));
  });

  it('« dû aujourd’hui » suit la frontière de 4 h dans la file de révision', () => {
    const review = (due: number): CardProgress => ({ ...newCard(due - 3 * 24 * H), st: REVIEW, due, s: 3, d: 5, sd: 3, lr: due - 3 * 24 * H });
    const cards = [{ id: 'a', note: 'a', deck: 'd' }];
    const settings = { newPerDay: 20, reviewsPerDay: 200 };
    // Saturday 29 March, 23:00: a card due on Sunday at 03:30 CEST (after the change) is due "today"…
    const now = utc(2025, 3, 29, 22);
    expect(buildQueue(cards, new Map([['a', review(utc(2025, 3, 30, 1, 30))]]), settings, now).counts.review).toBe(1);
    // …one due on Sunday at 04:00 CEST is tomorrow's.
    expect(buildQueue(cards, new Map([['a', review(utc(2025, 3, 30, 2))]]), settings, now).counts.review).toBe(0);
    // Autumn: at 02:30 CET (the repeated hour), a card due at 03:59 CET is today's, one due at 04:00 is not.
    const night = utc(2025, 10, 26, 1, 30);
    expect(buildQueue(cards, new Map([['a', review(utc(2025, 10, 26, 2, 59))]]), settings, night).counts.review).toBe(1);
    expect(buildQueue(cards, new Map([['a', review(utc(2025, 10, 26, 3))]]), settings, night).counts.review).toBe(0);
  });
});
