// The compact storage of the flashcard progress: round trip, validation, size.
process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCard, encodeCard, parseProgress, serializeProgress } from '../../src/quiz/srs/codec';
import type { CardProgress, Grade } from '../../src/quiz/srs/model';
import { createScheduler, gradeCard } from '../../src/quiz/srs/scheduler';
import { cardProgress, progressMap } from './srs-arbitraries';

const f = createScheduler(0.9);

describe('codage compact', () => {
  it('relit exactement ce qu’il écrit, pour toute progression valide', () => {
    fc.assert(
      fc.property(cardProgress, (p) => {
        expect(decodeCard(encodeCard(p))).toEqual(p);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(progressMap, (m) => {
        expect(parseProgress(JSON.parse(serializeProgress(m)))).toEqual(m);
      }),
      { numRuns: 200 },
    );
  });

  it('refuse tout enregistrement abîmé au lieu de le lire de travers', () => {
    const { card } = (() => {
      let c: CardProgress | undefined;
      for (const [g, t] of [[3, 0], [3, 600_000]] as [Grade, number][]) c = gradeCard(f, 'x', c, g, Date.UTC(2025, 0, 1) + t);
      return { card: c! };
    })();
    const good = encodeCard(card);
    expect(decodeCard(good)).toEqual(card);
    const broken = [
      '',
      good.replace(/^\d/, '7'), // unknown state
      good.replace(/~/, '~z'), // rating code out of range
      good.split(',').slice(0, 5).join(','), // truncated
      `${good},x`, // extra field
      good.replace(/,([0-9.]+),/, ',-1,'), // negative stability
      good.replace(/,\d+(\.\d+)?,(\d+(\.\d+)?),/, ',1,11,'), // difficulty over 10
      `${good}~`, // empty entry
      good.replace(/:/, '::'),
      good.replace(/~(.)(.)/, '~$1?'), // not base 36
      good.replace(',,', ',S,'), // unknown flag
    ];
    for (const b of broken) expect(decodeCard(b), b).toBeNull();
  });

  it('refuse une valeur qui n’a pas la forme attendue', () => {
    for (const raw of [null, 42, 'x', [], {}, { c: [] }, { c: { 'Pas-Un-Id': '0,0,0,0,0,0,0,0,,,0' } }, { c: { a: 5 } }, { c: {}, autre: 1 }, { c: { ['a'.repeat(200)]: '' } }]) {
      expect(parseProgress(raw)).toBeNull();
    }
    expect(parseProgress({ c: {} })).toEqual(new Map());
  });

  it('garde moins de 300 octets par carte révisée, journal compris, sur des mois d’étude', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `chapitre-carte-numero-${i}${i % 4 ? '' : ':r'}`);
    const progress = new Map<string, CardProgress>();
    let seed = 3;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    let t = Date.UTC(2025, 0, 6, 8);
    for (let day = 0; day < 180; day++, t += 86_400_000) {
      for (const id of ids) {
        const p = progress.get(id);
        if (p ? p.due > t + 3_600_000 : rnd() > 0.1) continue;
        let c = p;
        let now = t;
        // Answer until the card leaves (re)learning for the day.
        do {
          const r = rnd();
          c = gradeCard(f, id, c, (r < 0.12 ? 1 : r < 0.2 ? 2 : r < 0.95 ? 3 : 4) as Grade, now);
          now = c.due;
        } while (c.st !== 2 && now < t + 3_600_000 * 12);
        progress.set(id, c);
      }
    }
    const bytes = serializeProgress(progress).length;
    const entries = [...progress.values()].reduce((n, p) => n + p.log.length, 0);
    expect(entries / progress.size).toBeGreaterThan(8);
    expect(bytes / progress.size).toBeLessThan(300);
  });
});
