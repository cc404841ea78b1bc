// The header badge's read of years of study (src/quiz/srs/peek.ts peekProgressInSlices, used by
// src/components/cards/due-count.ts): the same states as the read at once, a few milliseconds per
// task (it gives the main thread back between slices), and nothing counted from unreadable text.
import { describe, expect, it } from 'vitest';
import { serializeProgress } from '../../src/quiz/srs/codec';
import { dayOf } from '../../src/quiz/srs/day';
import { dueToday } from '../../src/quiz/srs/due';
import type { CardProgress } from '../../src/quiz/srs/model';
import { peekProgress, peekProgressInSlices } from '../../src/quiz/srs/peek';
import { createScheduler, gradeCard } from '../../src/quiz/srs/scheduler';

const DAY = 86_400_000;
const NOW = new Date(2026, 4, 4, 15).getTime();

/** Four hundred cards studied every few days for two years, some of them again today. */
function twoYears(): Map<string, CardProgress> {
  const f = createScheduler(0.9);
  const progress = new Map<string, CardProgress>();
  for (let i = 0; i < 400; i++) {
    const id = `carte-${i}${i % 3 ? '' : ':r'}`;
    let card: CardProgress | undefined;
    let t = NOW - 730 * DAY + (i % 50) * DAY;
    for (let n = 0; t < NOW; n++) {
      card = gradeCard(f, id, card, ((i + n) % 5 === 0 ? 1 : 3) as 1 | 3, t);
      t = Math.max(t + 60_000, Math.min(card.due, t + 9 * DAY));
    }
    progress.set(id, card!);
  }
  return progress;
}

describe('lecture du badge par tranches', () => {
  const text = serializeProgress(twoYears());
  const since = dayOf(NOW).start;

  it('lit les mêmes cartes que la lecture d’un coup, donc le même compte', async () => {
    let yields = 0;
    const sliced = await peekProgressInSlices(text, since, async () => void yields++, 0);
    const atOnce = peekProgress(text, since);
    expect(sliced.size).toBe(400);
    expect(sliced).toEqual(atOnce);
    expect([...atOnce.values()].some((p) => p.log.length > 0)).toBe(true);
    expect(dueToday(sliced, 200, NOW)).toBe(dueToday(atOnce, 200, NOW));
    // A slice of 0 ms: the thread is given back after every record.
    expect(yields).toBeGreaterThanOrEqual(399);
  });

  it('rend la main entre les tranches : rien n’est lu d’un seul tenant au-delà de la tranche', async () => {
    let yields = 0;
    await peekProgressInSlices(text, since, async () => void yields++, 1);
    // Reading 400 records of two years takes more than a millisecond, even on a fast machine.
    expect(yields).toBeGreaterThan(0);
  });

  it('ne compte rien d’un texte absent ou illisible, sans lever d’exception', async () => {
    for (const bad of [null, '', '{', '{"c":5}', '{"c":{"a":"x,y"}}', '[]', 'null', '{"c":null}']) {
      const none = async () => undefined;
      await expect(peekProgressInSlices(bad, 0, none)).resolves.toEqual(new Map());
      expect(peekProgress(bad, 0).size).toBe(0);
    }
  });
});
