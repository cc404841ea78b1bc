// loadProgressInSlices (src/quiz/srs/state.ts) on a first visit (nothing stored): the read of the
// store, and the render of every island that follows the atoms, come in a task after the one that
// asked for it (a long task less on /revision/cartes/ and /revision/progression/), and a
// loadProgress() called before still reads at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubBrowserStorage } from './browser-storage-stub.ts';

const emptyBrowser = () => stubBrowserStorage(new Map());

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('première lecture de la progression, rien d’enregistré', () => {
  it('se fait dans une tâche suivante, pas dans celle qui la demande ni dans ses microtâches', async () => {
    emptyBrowser();
    const state = await import('../../src/quiz/srs/state.ts');
    const pending = state.loadProgressInSlices();
    // Microtasks of the same task (Preact's renders, promise callbacks) still see nothing read.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(state.$loaded.get()).toBe(false);
    await pending;
    expect(state.$loaded.get()).toBe(true);
    expect(state.$progress.get().size).toBe(0);
  });

  it('loadProgress() appelé entre-temps lit tout de suite, et la lecture par tranches ne relit pas', async () => {
    emptyBrowser();
    const state = await import('../../src/quiz/srs/state.ts');
    const pending = state.loadProgressInSlices();
    state.loadProgress();
    expect(state.$loaded.get()).toBe(true);
    const read = state.$progress.get();
    await pending;
    expect(state.$progress.get()).toBe(read);
  });
});
