// The flashcard progress and settings of this page, shared by every island and the header badge
// through nanostores atoms, persisted through the storage slots (src/quiz/storage.ts):
// `cours-conteneurs:v1:srs` (codec.ts, kept in step with other tabs by store.ts) and
// `cours-conteneurs:v1:settings` (member `srs`).
// No ts-fsrs here (actions.ts schedules), so the badge stays small.
import { nextTask } from '../../lib/idle.ts';
import { createSlot, type Slot } from '../storage.ts';
import { $loaded, $progress, $settings, SETTINGS_KEY, SRS_KEY } from './atoms.ts';
import { decodeCard, type RecordCache } from './codec.ts';
import type { CardProgress } from './model.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';
import { parseSettingsRecord, type SettingsRecord } from './settings-check.ts';
import { createProgressStore, progressSlotOptions, splitStored, type ProgressStore, type RecordDecoder } from './store.ts';

export { $loaded, $progress, $settings, SETTINGS_KEY, SRS_KEY };

/** Records already encoded: a save re-encodes only the cards that changed. */
const records: RecordCache = new WeakMap();
let store: ProgressStore | null = null;
let settingsSlot: Slot<SettingsRecord> | null = null;
let settingsRecord: SettingsRecord = { srs: { ...DEFAULT_SETTINGS } };

/** Time of the last « Remplacer » import this page knows (store.ts). */
let gen = 0;
const cell = {
  get: () => ({ progress: $progress.get() as Map<string, CardProgress>, gen }),
  set: (v: { progress: Map<string, CardProgress>; gen: number }) => {
    gen = v.gen;
    $progress.set(v.progress);
  },
};

/**
 * Records decoded ahead by loadProgressInSlices, with the text each was decoded from: the first
 * read takes them instead of decoding again (a record whose text changed since is decoded anew).
 */
const ahead = new Map<string, { record: string; card: CardProgress }>();
const decodeAhead: RecordDecoder = (id, record) => {
  const hit = ahead.get(id);
  return hit && hit.record === record ? hit.card : decodeCard(record);
};

/** Longest stretch of decoding before the page gets the main thread back. */
const SLICE_MS = 8;

/**
 * loadProgress for a page that has just loaded: years of study are hundreds of records, whose
 * decoding is a long task on a phone. They are decoded a few milliseconds at a time first, then
 * loadProgress reads the store as always and finds them decoded. Whoever needs the progress at
 * once meanwhile calls loadProgress(), which finishes the job synchronously.
 */
export async function loadProgressInSlices(): Promise<void> {
  if (store || typeof window === 'undefined') return loadProgress();
  let text: string | null = null;
  try {
    text = localStorage.getItem(SRS_KEY);
  } catch {
    // Storage disabled: loadProgress says so.
  }
  const split = text ? splitStored(text) : null;
  // Even with nothing stored, the read (storage slots, atoms, every subscriber's render) is a task
  // of its own, after the island's first one.
  await nextTask();
  if (split) {
    let start = performance.now();
    for (const [id, record] of split.records) {
      if (store) return;
      const card = decodeCard(record);
      if (card) ahead.set(id, { record, card });
      if (performance.now() - start > SLICE_MS) {
        await nextTask();
        start = performance.now();
      }
    }
    await nextTask();
  }
  loadProgress();
}

/** Reads the stored state once per page; other tabs' changes are merged from then on. Outside a browser: memory only. */
export function loadProgress(): void {
  if (store) return;
  if (typeof window === 'undefined') {
    store = createProgressStore({ slot: createSlot({ key: SRS_KEY, ...progressSlotOptions(records), storage: null, events: null }), records, state: cell });
    return;
  }
  const slot = createSlot({ key: SRS_KEY, ...progressSlotOptions(records) });
  store = createProgressStore({ slot, records, state: cell, decode: decodeAhead });
  settingsSlot = createSlot({
    key: SETTINGS_KEY,
    version: 1,
    parse: parseSettingsRecord,
    empty: () => ({ srs: { ...DEFAULT_SETTINGS } }),
    label: 'vos réglages',
  });
  settingsRecord = settingsSlot.load();
  $settings.set(settingsRecord.srs);
  store.refresh();
  ahead.clear();
  $loaded.set(true);
  slot.onExternalText((text) => store?.hear(text));
  // Restored from the back/forward cache: events were missed while the page slept.
  addEventListener('pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) {
      store?.refresh();
      settingsRecord = settingsSlot?.load() ?? settingsRecord;
      $settings.set(settingsRecord.srs);
    }
  });
  settingsSlot.onExternalChange((theirs) => {
    settingsRecord = theirs;
    $settings.set(theirs.srs);
  });
}

/** Read, merge, change, write (store.ts). Returns whether it reached storage. */
export function commitCards(change: Parameters<ProgressStore['commit']>[0], now?: number): boolean {
  loadProgress();
  return store ? store.commit(change, now) : false;
}

/** Replaces all progress: a new generation that every open tab adopts. */
export function replaceProgress(progress: Map<string, CardProgress>, now: number): boolean {
  loadProgress();
  return store ? store.replace(progress, now) : false;
}

export function commitSettings(next: Settings): boolean {
  loadProgress();
  // Other members of the stored value belong to other parts of the site: re-read, change ours only.
  const current = settingsSlot ? settingsSlot.load() : settingsRecord;
  settingsRecord = { ...current, srs: { ...next } };
  $settings.set(settingsRecord.srs);
  return settingsSlot ? settingsSlot.save(settingsRecord) : false;
}
