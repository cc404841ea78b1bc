// The flashcard state every part of a page shares: the islands (through state.ts, which loads
// and saves it) and the header badge (which only reads it). Kept apart from the storage code so
// that the badge stays small.
import { atom } from 'nanostores';
import type { CardProgress } from './model.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';
import { LIVE_EVENT } from './live.ts';
import { dueToday } from './due.ts';

export { SETTINGS_KEY, SRS_KEY } from './live.ts';

export const $progress = atom<ReadonlyMap<string, CardProgress>>(new Map());
export const $settings = atom<Settings>({ ...DEFAULT_SETTINGS });
/** Whether state.ts has read the stored state on this page. */
export const $loaded = atom(false);

// For the header badge, which loads neither nanostores nor the atoms' progress (live.ts): the count, ready to call.
if (typeof window !== 'undefined') {
  const publish = () => {
    const progress = $progress.get();
    const { reviewsPerDay } = $settings.get();
    window.coursCartes = { due: (now, known) => dueToday(progress, reviewsPerDay, now, known), loaded: $loaded.get() };
    dispatchEvent(new Event(LIVE_EVENT));
  };
  $progress.listen(publish);
  $settings.listen(publish);
  $loaded.listen(publish);
}
