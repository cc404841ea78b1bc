// The header badge follows the flashcard atoms without nanostores (src/quiz/srs/live.ts): atoms.ts
// publishes their values on `window` with an event at each change.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIVE_EVENT, type LiveCards } from '../../src/quiz/srs/live.ts';
import type { CardProgress } from '../../src/quiz/srs/model.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('pont des atomes vers le badge', () => {
  it('publie le compte des cartes dues (progression et limite de révisions du moment) et le chargement à chaque changement, avec un événement', async () => {
    const target = new EventTarget();
    const win = {} as { coursCartes?: LiveCards };
    vi.stubGlobal('window', win);
    vi.stubGlobal('dispatchEvent', (e: Event) => target.dispatchEvent(e));
    let events = 0;
    target.addEventListener(LIVE_EVENT, () => (events += 1));
    const { $loaded, $progress, $settings } = await import('../../src/quiz/srs/atoms.ts');

    expect(win.coursCartes).toBeUndefined();
    const progress = new Map([['docker-1', { st: 2, due: 0, susp: false, log: [] } as unknown as CardProgress]]);
    $progress.set(progress);
    $settings.set({ ...$settings.get(), reviewsPerDay: 50 });
    $loaded.set(true);
    expect(events).toBe(3);
    expect(win.coursCartes!.loaded).toBe(true);
    // The review due since 1970 counts, within the daily limit; outside the course's cards, not at all.
    expect(win.coursCartes!.due(Date.now(), null)).toBe(1);
    expect(win.coursCartes!.due(Date.now(), new Set(['docker-2']))).toBe(0);
    $settings.set({ ...$settings.get(), reviewsPerDay: 0 });
    expect(win.coursCartes!.due(Date.now(), null)).toBe(0);
  });

  it('ne publie rien hors d’un navigateur', async () => {
    vi.stubGlobal('window', undefined);
    const { $loaded } = await import('../../src/quiz/srs/atoms.ts');
    expect(() => $loaded.set(true)).not.toThrow();
  });
});
