// What the header badge (cards/due-badge.ts) needs of the flashcard state, without nanostores:
// the storage keys, and the atoms' latest values, which atoms.ts publishes on `window` with an
// event at each change once a flashcard island has loaded them. The badge ships on every page;
// the atoms only where an island uses them.
export const SRS_KEY = 'cours-conteneurs:v1:srs';
export const SETTINGS_KEY = 'cours-conteneurs:v1:settings';

/** Sent on `window` after each change of the atoms; their values are in `window.coursCartes`. */
export const LIVE_EVENT = 'cours:cartes';

export interface LiveCards {
  /** Cards due today at `now` (due.ts's count over the atoms' progress and review limit); `known`: the course's cards, null: all. */
  due(now: number, known: ReadonlySet<string> | null): number;
  /** Whether state.ts has read the stored state on this page. */
  loaded: boolean;
}

declare global {
  interface Window {
    coursCartes?: LiveCards;
  }
}
