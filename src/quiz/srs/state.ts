// The flashcard progress and settings of this page, shared by every island and the header badge
// through nanostores atoms, persisted through the storage slots (src/quiz/storage.ts):
// `cours-conteneurs:v1:srs` (codec.ts) and `cours-conteneurs:v1:settings` (member `srs`).
// Another tab's writes are merged in, card by card, the newest change winning.
// No ts-fsrs here (actions.ts schedules), so the badge stays small.
import { createSlot, type Slot } from '../storage.ts';
import { $loaded, $progress, $settings, SETTINGS_KEY, SRS_KEY } from './atoms.ts';
import { parseProgress, serializeProgress, type RecordCache } from './codec.ts';
import { mergeProgress } from './merge.ts';
import { compactLog } from './card-state.ts';
import type { CardProgress } from './model.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';
import { parseSettingsRecord, type SettingsRecord } from './settings-check.ts';

export { $loaded, $progress, $settings, SETTINGS_KEY, SRS_KEY };

/** Records already encoded: a save re-encodes only the cards that changed. */
const records: RecordCache = new WeakMap();
let progressSlot: Slot<Map<string, CardProgress>> | null = null;
let settingsSlot: Slot<SettingsRecord> | null = null;
let settingsRecord: SettingsRecord = { srs: { ...DEFAULT_SETTINGS } };

/** Drops, from cards loaded from storage, what undo kept of entries now too old to undo. */
function compactAll(progress: Map<string, CardProgress>, now: number): Map<string, CardProgress> {
  for (const [id, p] of progress) {
    const log = compactLog(p.log, now);
    if (log !== p.log) progress.set(id, { ...p, log });
  }
  return progress;
}

/** Reads the stored state once per page; other tabs' changes are merged from then on. Browser only. */
export function loadProgress(): void {
  if (progressSlot || typeof window === 'undefined') return;
  progressSlot = createSlot({
    key: SRS_KEY,
    version: 1,
    parse: parseProgress,
    empty: () => new Map<string, CardProgress>(),
    serialize: (p) => serializeProgress(p, records),
    label: 'votre progression des cartes de révision',
  });
  settingsSlot = createSlot({
    key: SETTINGS_KEY,
    version: 1,
    parse: parseSettingsRecord,
    empty: () => ({ srs: { ...DEFAULT_SETTINGS } }),
    label: 'vos réglages',
  });
  settingsRecord = settingsSlot.load();
  $settings.set(settingsRecord.srs);
  $progress.set(compactAll(progressSlot.load(), Date.now()));
  $loaded.set(true);
  progressSlot.onExternalChange((theirs) => {
    const merged = mergeProgress($progress.get(), theirs);
    if (merged.differsFromMine) $progress.set(merged.progress);
    if (merged.differsFromTheirs) progressSlot?.save(merged.progress);
  });
  settingsSlot.onExternalChange((theirs) => {
    settingsRecord = theirs;
    $settings.set(theirs.srs);
  });
}

/** Replaces the progress and stores it. Returns whether it reached storage. */
export function commitProgress(next: Map<string, CardProgress>): boolean {
  loadProgress();
  $progress.set(next);
  return progressSlot ? progressSlot.save(next) : false;
}

export function commitSettings(next: Settings): boolean {
  loadProgress();
  // Other members of the stored value belong to other parts of the site: re-read, change ours only.
  const current = settingsSlot ? settingsSlot.load() : settingsRecord;
  settingsRecord = { ...current, srs: { ...next } };
  $settings.set(settingsRecord.srs);
  return settingsSlot ? settingsSlot.save(settingsRecord) : false;
}
