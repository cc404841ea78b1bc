// One tab's copy of the flashcard progress and the rules that keep it in step with the stored
// value and with the other tabs (state.ts binds one to the page's atoms; the tests run several
// over one shared storage):
// - every commit reads the stored text, merges it in, applies the change to the fresh card, then
//   writes: a tab that missed events (back/forward cache, a slow `storage` event) never writes a
//   stale whole value;
// - another tab's text is diffed record by record against what this tab holds, so that hearing a
//   change costs a string comparison per card, and decodes only the records that changed;
// - `pageshow` with `persisted` (restored from the back/forward cache) reads and merges again;
// - a stored « Remplacer » import (a newer generation) is adopted whole (merge.ts);
// - stamps more than a day in the future are a clock error: clamped to now, with a notice.
import { publishNotice, type Slot } from '../storage.ts';
import { clampFuture, compactCard } from './card-state.ts';
import { decodeCard, encodeCard, parseStored, serializeProgress, CARD_ID, MAX_ID_LENGTH, type RecordCache } from './codec.ts';
import { mergeCard, mergeGenerations } from './merge.ts';
import type { CardProgress } from './model.ts';

export interface StoredValue {
  progress: Map<string, CardProgress>;
  gen: number;
}

export const CLOCK_NOTICE = 'horloge:cartes';

/** Publishes the clock notice (dates found in the future). */
export function clockNotice(): void {
  publishNotice({
    id: CLOCK_NOTICE,
    level: 'warning',
    message:
      'Des dates de votre progression des cartes étaient dans le futur (horloge de l’appareil mal réglée ?) : ' +
      'elles ont été ramenées à maintenant. Vérifiez la date et l’heure de l’appareil.',
  });
}

/** Slot options for the flashcard progress: validating read, bad records set aside one by one. */
export function progressSlotOptions(records: RecordCache) {
  return {
    version: 1,
    parse: (raw: unknown): StoredValue | null => {
      const s = parseStored(raw);
      return s && !s.bad.size ? { progress: s.progress, gen: s.gen } : null;
    },
    salvage: (raw: unknown) => {
      const s = parseStored(raw);
      if (!s || !s.bad.size) return null;
      return { value: { progress: s.progress, gen: s.gen }, setAside: { c: Object.fromEntries(s.bad) }, count: s.bad.size };
    },
    empty: (): StoredValue => ({ progress: new Map(), gen: 0 }),
    serialize: (v: StoredValue) => serializeProgress(v.progress, records, v.gen),
    label: 'votre progression des cartes de révision',
  };
}

/**
 * The records of a stored text, read without JSON.parse when it has exactly the shape
 * serializeProgress writes (ids and records never need escaping); null otherwise.
 */
export function splitStored(text: string): { records: Map<string, string>; gen: number } | null {
  if (!text.startsWith('{"c":{')) return null;
  const parts = text.split('"');
  // {"c":{ "id" : "rec" , "id" : "rec" }}   or   … },"g":"gen"}
  let gen = 0;
  let end = parts.length;
  if (parts[end - 1] === '}' && parts[end - 4] === 'g' && parts[end - 5] === '},') {
    if (parts[end - 3] !== ':' || !/^[0-9a-z]{1,11}$/.test(parts[end - 2]!)) return null;
    gen = parseInt(parts[end - 2]!, 36);
    end -= 5;
    parts[end] = '}}';
    end += 1;
  }
  const records = new Map<string, string>();
  if (end === 3) return parts[0] === '{' && parts[1] === 'c' && parts[2] === ':{}}' ? { records, gen } : null;
  if (parts[0] !== '{' || parts[1] !== 'c' || parts[2] !== ':{' || parts[end - 1] !== '}}') return null;
  for (let i = 3; i < end - 1; i += 4) {
    const id = parts[i]!;
    if (parts[i + 1] !== ':' || parts[i + 3] !== (i + 4 < end - 1 ? ',' : '}}') || records.has(id)) return null;
    if (id.length > MAX_ID_LENGTH || !CARD_ID.test(id)) return null;
    records.set(id, parts[i + 2]!);
  }
  return { records, gen };
}

/**
 * The stored text after changing some cards, made from the text before them: each changed record
 * replaced in place, a new one added at the end (where serializeProgress puts a card new to the
 * Map). A grade then copies the text once instead of joining 5,000 records.
 */
export function spliceRecords(text: string, changes: readonly [string, CardProgress][], records: RecordCache): string | null {
  let out = text;
  for (const [id, p] of changes) {
    const pair = `"${id}":"${encodeCard(p)}"`;
    records.set(p, { id, text: pair });
    // Records never hold a quote: `"id":"` can only be the start of that card's pair.
    const at = out.indexOf(`"${id}":"`);
    if (at >= 0) {
      const end = out.indexOf('"', at + id.length + 4);
      if (end < 0) return null;
      out = out.slice(0, at) + pair + out.slice(end + 1);
    } else {
      const gen = out.lastIndexOf('},"g":"');
      const close = gen >= 0 ? gen : out.length - 2;
      if (out.slice(close, close + 1) !== '}') return null;
      out = out.slice(0, close) + (out[close - 1] === '{' ? '' : ',') + pair + out.slice(close);
    }
  }
  return out;
}

export interface Absorbed {
  progress: Map<string, CardProgress>;
  gen: number;
  /** The stored text lacks something this tab has: write the merge back. */
  differsFromTheirs: boolean;
  differsFromMine: boolean;
}

const CHUNK = 4096;

/** Length of the common beginning of two strings (compared a chunk at a time, then char by char). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + CHUNK <= max && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * The fast way to hear another tab: `seen` is the stored text that `mine` is exactly. Only the
 * records between the common beginning and the common end of the two texts can differ; they are
 * compared, decoded and merged, the rest is skipped unread. Null when it cannot tell (then
 * absorbText compares every record).
 */
export function absorbDiff(mine: StoredValue, seen: string, text: string, records: RecordCache): Absorbed | null {
  if (text === seen) return { progress: mine.progress, gen: mine.gen, differsFromTheirs: false, differsFromMine: false };
  const head = '{"c":{"';
  if (!text.startsWith(head) || !seen.startsWith(head)) return null;
  const p = commonPrefix(text, seen);
  const s = commonSuffix(text, seen, Math.min(text.length, seen.length) - p);
  if (p < head.length) return null;
  const left = text.lastIndexOf('","', p - 3);
  const start = left < 0 ? head.length - 1 : left + 2;
  // The end of the last record that may differ: the next separator, or the end of the records.
  let right = text.indexOf('","', text.length - s);
  if (right < 0) right = text.indexOf('"}', Math.max(start, text.length - s - 1));
  if (right < 0) return null;
  const end = right + 1;
  const seenEnd = seen.length - (text.length - end);
  if (seen.slice(seenEnd, seenEnd + 2) !== text.slice(end, end + 2) || seenEnd < start) return null;
  const theirs = splitStored(`{"c":{${text.slice(start, end)}}}`);
  const before = splitStored(`{"c":{${seen.slice(start, seenEnd)}}}`);
  if (!theirs || !before) return null;
  let progress: Map<string, CardProgress> | null = null;
  let differsFromMine = false;
  let differsFromTheirs = false;
  for (const id of before.records.keys()) if (!theirs.records.has(id)) differsFromTheirs = true;
  for (const [id, record] of theirs.records) {
    if (before.records.get(id) === record) continue;
    const t = decodeCard(record);
    if (!t) return null;
    records.set(t, { id, text: `"${id}":"${record}"` });
    const own = mine.progress.get(id);
    const w = own ? mergeCard(own, t) : t;
    if (w !== own) {
      // Copied once, when the first card changes.
      (progress ??= new Map(mine.progress)).set(id, w);
      differsFromMine = true;
    }
    if (w !== t && encodeCard(w) !== record) differsFromTheirs = true;
  }
  return { progress: progress ?? mine.progress, gen: mine.gen, differsFromMine, differsFromTheirs };
}

/** Decodes one stored record; state.ts gives one that finds the records it decoded ahead, in slices. */
export type RecordDecoder = (id: string, record: string) => CardProgress | null;
const decodeRecord: RecordDecoder = (_id, record) => decodeCard(record);

/**
 * Merges a stored text into `mine`. Records whose text equals the one this tab last wrote or read
 * for the same card object are skipped without decoding. Null when the text must go through the
 * full, validating read (another shape, or a record that does not decode).
 */
export function absorbText(mine: StoredValue, text: string, records: RecordCache, decode: RecordDecoder = decodeRecord): Absorbed | null {
  const split = splitStored(text);
  if (!split) return null;
  const theirs = new Map<string, CardProgress>();
  for (const [id, record] of split.records) {
    const own = mine.progress.get(id);
    const cached = own ? records.get(own) : undefined;
    if (own && cached && cached.id === id && cached.text.length === id.length + record.length + 5 && cached.text === `"${id}":"${record}"`) {
      theirs.set(id, own);
      continue;
    }
    const p = decode(id, record);
    if (!p) return null;
    records.set(p, { id, text: `"${id}":"${record}"` });
    theirs.set(id, p);
  }
  if (split.gen === mine.gen) {
    // Same generation: merge only the cards whose record differs.
    const progress = new Map(mine.progress);
    let differsFromMine = false;
    let differsFromTheirs = false;
    for (const [id, t] of theirs) {
      const own = mine.progress.get(id);
      if (own === t) continue;
      const w = own ? mergeCard(own, t) : t;
      if (w !== own) {
        progress.set(id, w);
        differsFromMine = true;
      }
      if (w !== t && encodeCard(w) !== split.records.get(id)) differsFromTheirs = true;
    }
    for (const id of mine.progress.keys()) if (!theirs.has(id)) differsFromTheirs = true;
    return { progress, gen: mine.gen, differsFromMine, differsFromTheirs };
  }
  return mergeGenerations(mine, { progress: theirs, gen: split.gen });
}

/** Clamps future stamps and compacts old entries; says whether a clock error was found. */
export function tidy(progress: Map<string, CardProgress>, now: number): { progress: Map<string, CardProgress>; clock: boolean } {
  let clock = false;
  let out = progress;
  for (const [id, p] of progress) {
    const clamped = clampFuture(p, now);
    if (clamped) clock = true;
    const next = compactCard(clamped ?? p, now);
    if (next !== p) {
      if (out === progress) out = new Map(progress);
      out.set(id, next);
    }
  }
  return { progress: out, clock };
}

export interface ProgressStore {
  get(): StoredValue;
  /** Reads and merges the stored value (page load, `pageshow` restored from the cache). */
  refresh(): void;
  /**
   * Read, merge, change, write. `change` gets the fresh progress and returns the cards it
   * changes (their previous value, clamped, is what it must build on). Returns whether the write
   * reached storage.
   */
  commit(change: (card: (id: string) => CardProgress | undefined, now: number) => Iterable<[string, CardProgress]>, at?: number): boolean;
  /** Replaces everything (import « Remplacer »): a new generation every tab adopts. */
  replace(progress: Map<string, CardProgress>, now: number): boolean;
  /** Handles another tab's stored text (the `storage` event). */
  hear(text: string): void;
}

export interface StoreOptions {
  slot: Slot<StoredValue>;
  records: RecordCache;
  now?: () => number;
  /** Where this tab's value lives (the page's atoms); default: inside the store. */
  state?: { get(): StoredValue; set(value: StoredValue): void };
  /** How a record is decoded (default: decodeCard). */
  decode?: RecordDecoder;
}

export function createProgressStore({ slot, records, now = Date.now, state, decode }: StoreOptions): ProgressStore {
  let own: StoredValue = { progress: new Map(), gen: 0 };
  const cell = state ?? { get: () => own, set: (v: StoredValue) => void (own = v) };
  // `value` is read through the cell each time: whoever holds it (an atom) may have changed it.
  let value = cell.get();
  const sync = () => (value = cell.get());
  const set = (next: StoredValue) => {
    if (next.progress === value.progress && next.gen === value.gen) return;
    value = next;
    cell.set(next);
  };

  /** Brings `value` up to date with storage; returns whether storage lacks something of ours. */
  /** The stored text `value` is exactly (null: unknown), for absorbDiff. */
  let seen: { text: string; value: StoredValue } | null = null;
  const save = (text?: string | null): boolean => {
    const ok = slot.save(value, text ?? undefined);
    const written = slot.written();
    seen = ok && written !== null ? { text: written, value } : null;
    return ok;
  };

  const absorbStored = (): boolean => {
    sync();
    const text = slot.readText();
    if (text === null) return value.progress.size > 0;
    const known = seen && seen.value === value ? seen.text : null;
    const fast = (known !== null ? absorbDiff(value, known, text, records) : null) ?? absorbText(value, text, records, decode);
    if (fast) {
      set({ progress: fast.progress, gen: fast.gen });
      seen = fast.differsFromTheirs ? null : { text, value };
      return fast.differsFromTheirs;
    }
    // The full read: validates, sets bad records aside, tells the learner.
    const stored = slot.load();
    const merged = mergeGenerations(value, stored);
    set({ progress: merged.progress, gen: merged.gen });
    // Written back at once: bad records are in their copy now, and the next read is the fast one.
    return true;
  };

  const refresh = () => {
    let dirty = absorbStored();
    const t = tidy(value.progress, now());
    if (t.clock) {
      clockNotice();
      dirty = true;
    }
    if (t.progress !== value.progress) set({ ...value, progress: t.progress });
    if (dirty) save();
  };

  const commit: ProgressStore['commit'] = (change, at) => {
    absorbStored();
    const t = at ?? now();
    const touched = new Map<string, CardProgress | undefined>();
    let clock = false;
    // The change builds on the stored card, its future stamps clamped and its log compacted.
    const card = (id: string) => {
      if (!touched.has(id)) {
        const p = value.progress.get(id);
        const clamped = p ? clampFuture(p, t) : null;
        if (clamped) clock = true;
        touched.set(id, p ? compactCard(clamped ?? p, t) : undefined);
      }
      return touched.get(id);
    };
    const changes = [...change(card, t)];
    if (clock) clockNotice();
    if (!changes.length) return true;
    const known = seen && seen.value === value ? seen.text : null;
    const next = new Map(value.progress);
    for (const [id, p] of changes) next.set(id, p);
    set({ progress: next, gen: value.gen });
    return save(known !== null ? spliceRecords(known, changes, records) : null);
  };

  const replace = (progress: Map<string, CardProgress>, t: number) => {
    sync();
    // Strictly newer than any generation seen, even with a clock set back.
    const gen = Math.max(t, value.gen + 1);
    set({ progress, gen });
    return save();
  };

  const hear = (_text: string) => {
    // The event may be older than what storage holds now (events arrive late): the current
    // stored text is the one to merge, and a write-back is a read-merge-write too.
    if (absorbStored()) save();
  };

  return { get: () => sync(), refresh, commit, replace, hear };
}
