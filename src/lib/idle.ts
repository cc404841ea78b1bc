// Work that the first screen does not need: run it once the page is idle (at most 2 s later), in
// a task of its own, so that it never lengthens the page's first tasks. Browsers without
// requestIdleCallback (Safari) get a short delay instead.
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}

type Scheduler = { yield?: () => Promise<void> };
/** The next task: the browser may paint and handle input in between (a long piece of work cut in two). */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
