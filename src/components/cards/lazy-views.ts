// The views of the flashcards page loaded when first opened, not to show the deck list: the
// session (Review: ts-fsrs and the queue), one card, « Réglages » (import/export, optimizer),
// « Parcourir » (fuse.js) and « Statistiques » (charts). The deck list stays in the island's
// first script, so that the page a learner lands on runs as little code as it can.
import type { Route } from './data';

/** Each view's component, with its own props. */
export interface Views {
  etude: typeof import('./Review').Review;
  carte: typeof import('./CardPreview').CardPreview;
  reglages: typeof import('./Settings').Settings;
  parcourir: typeof import('./Browser').default;
  statistiques: typeof import('./Stats').default;
}
export type LazyView = keyof Views;

const IMPORTERS: { [V in LazyView]: () => Promise<Views[V]> } = {
  etude: () => import('./Review').then((m) => m.Review),
  carte: () => import('./CardPreview').then((m) => m.CardPreview),
  reglages: () => import('./Settings').then((m) => m.Settings),
  parcourir: () => import('./Browser').then((m) => m.default),
  statistiques: () => import('./Stats').then((m) => m.default),
};

/** The view of a route that is loaded on demand, or null for the deck list. */
export function lazyView(route: Route): LazyView | null {
  return route.view === 'paquets' ? null : route.view;
}

/** The component of a view (the same promise for every caller). */
const pending = new Map<LazyView, Promise<Views[LazyView]>>();
export function loadView<V extends LazyView>(view: V): Promise<Views[V]> {
  let p = pending.get(view) as Promise<Views[V]> | undefined;
  if (!p) {
    p = IMPORTERS[view]();
    // A failed load (offline, not cached) may be tried again by the next navigation.
    p.catch(() => pending.delete(view));
    pending.set(view, p);
  }
  return p;
}
