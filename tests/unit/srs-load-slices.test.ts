// loadProgressInSlices (src/quiz/srs/state.ts): the first read of a page decodes the stored records
// a few milliseconds at a time, then reads the store as loadProgress does. The result must be the
// same progress, a record changed meanwhile must be read as it is now, and a loadProgress() called
// meanwhile must finish the read at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProgress } from '../../src/quiz/srs/codec.ts';
import type { CardProgress } from '../../src/quiz/srs/model.ts';
import { createScheduler, gradeCard } from '../../src/quiz/srs/scheduler.ts';
import { stubBrowserStorage } from './browser-storage-stub.ts';

const DAY = 86_400_000;
const KEY = 'cours-conteneurs:v1:srs';

/** Three hundred cards studied for a year, ending a week ago. */
function yearOfStudy(): Map<string, CardProgress> {
  const f = createScheduler(0.9);
  const progress = new Map<string, CardProgress>();
  const start = Date.now() - 372 * DAY;
  for (let i = 0; i < 300; i++) {
    let card: CardProgress | undefined;
    let t = start + (i % 30) * DAY;
    for (let n = 0; n < 8 && t < Date.now() - 7 * DAY; n++) {
      card = gradeCard(f, `carte-${i}`, card, ((i + n) % 7 === 0 ? 1 : 3) as 1 | 3, t);
      t = Math.max(t + 60_000, card.due);
    }
    progress.set(`carte-${i}`, card!);
  }
  return progress;
}

function browser(text: string) {
  return stubBrowserStorage(new Map([[KEY, text]]));
}

/** What loadProgress reads of a stored text at once (compaction of old entries included). */
async function readAtOnce(text: string): Promise<ReadonlyMap<string, CardProgress>> {
  vi.resetModules();
  browser(text);
  const state = await import('../../src/quiz/srs/state.ts');
  state.loadProgress();
  const progress = state.$progress.get();
  vi.resetModules();
  return progress;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('première lecture de la progression, par tranches', () => {
  it('donne la même progression que la lecture d’un coup', async () => {
    const text = serializeProgress(yearOfStudy());
    const expected = await readAtOnce(text);
    expect(expected.size).toBe(300);
    browser(text);
    const state = await import('../../src/quiz/srs/state.ts');
    const pending = state.loadProgressInSlices();
    expect(state.$loaded.get()).toBe(false);
    await pending;
    expect(state.$loaded.get()).toBe(true);
    expect(state.$progress.get()).toEqual(expected);
  });

  it('lit une carte changée par un autre onglet pendant les tranches telle qu’elle est maintenant', async () => {
    const progress = yearOfStudy();
    // Another tab suspends a card while this one decodes.
    const changed = serializeProgress(new Map(progress).set('carte-0', { ...progress.get('carte-0')!, susp: true, m: Date.now() - 1000 }));
    const expected = await readAtOnce(changed);
    const values = browser(serializeProgress(progress));
    const state = await import('../../src/quiz/srs/state.ts');
    const pending = state.loadProgressInSlices();
    await Promise.resolve();
    values.set(KEY, changed);
    await pending;
    expect(state.$progress.get().get('carte-0')!.susp).toBe(true);
    expect(state.$progress.get()).toEqual(expected);
  });

  it('loadProgress() appelé entre deux tranches finit la lecture tout de suite, une seule fois', async () => {
    const text = serializeProgress(yearOfStudy());
    const expected = await readAtOnce(text);
    browser(text);
    const state = await import('../../src/quiz/srs/state.ts');
    const pending = state.loadProgressInSlices();
    await Promise.resolve();
    state.loadProgress();
    expect(state.$loaded.get()).toBe(true);
    const read = state.$progress.get();
    expect(read).toEqual(expected);
    await pending;
    // The slices stopped: the progress read is the one kept.
    expect(state.$progress.get()).toBe(read);
  });
});
