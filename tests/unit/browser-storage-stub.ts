// A browser's localStorage and window events, stubbed on the globals for the flashcard state
// modules (src/quiz/srs/state.ts) under Vitest: `values` is the storage, as the page would find it.
import { vi } from 'vitest';

export function stubBrowserStorage(values: Map<string, string>): Map<string, string> {
  const localStorage = {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
    removeItem: (k: string) => void values.delete(k),
    key: (i: number) => [...values.keys()][i] ?? null,
    get length() {
      return values.size;
    },
  };
  const target = new EventTarget();
  vi.stubGlobal('localStorage', localStorage);
  vi.stubGlobal('window', { localStorage, addEventListener: () => {}, removeEventListener: () => {} });
  vi.stubGlobal('addEventListener', (type: string, l: EventListener) => target.addEventListener(type, l));
  vi.stubGlobal('dispatchEvent', (e: Event) => target.dispatchEvent(e));
  return values;
}
