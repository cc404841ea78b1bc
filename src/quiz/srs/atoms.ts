// The flashcard state every part of a page shares: the islands (through state.ts, which loads
// and saves it) and the header badge (which only reads it). Kept apart from the storage code so
// that the badge stays small.
import { atom } from 'nanostores';
import type { CardProgress } from './model.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

export const SRS_KEY = 'cours-conteneurs:v1:srs';
export const SETTINGS_KEY = 'cours-conteneurs:v1:settings';

export const $progress = atom<ReadonlyMap<string, CardProgress>>(new Map());
export const $settings = atom<Settings>({ ...DEFAULT_SETTINGS });
/** Whether state.ts has read the stored state on this page. */
export const $loaded = atom(false);
