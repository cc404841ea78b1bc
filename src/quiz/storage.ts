// The one way this site keeps anything in the browser: a versioned "slot" in localStorage.
//
//   const slot = createSlot<Progress>({
//     key: 'cours-conteneurs:v1:quiz',      // the full storage key; its `v1` is the version below
//     version: 1,
//     parse: (raw) => (isProgress(raw) ? raw : null),   // validate: null means "invalid"
//     empty: () => ({ answers: {} }),
//     migrations: { 0: (old) => upgradeFrom0(old) },    // from key `…:v0:…` to the v1 shape, etc.
//   });
//   let progress = slot.load();     // never throws
//   slot.save(progress);            // never throws
//   slot.onExternalChange((theirs) => { progress = merge(progress, theirs); });
//
// The rules (../shared/design.md, « Persistence »):
// - A read validates what it finds. Unreadable JSON or a value `parse` refuses is copied aside
//   under `<key>:copie:<date>` (a new key for every copy: a second corruption never overwrites the
//   first copy), and a French notice offering to download the copy is published in
//   `storageNotices`. With `salvage`, only the invalid parts are set aside and the rest loads;
//   without it, the slot starts from `empty()`. The bad value is not overwritten by the read
//   itself, only by the next successful save, so no page can lose it by merely opening.
// - Older versions: when `<key>` is absent, the same key with an older `vN` is looked up, from the
//   newest down; its value goes through `migrations[N]`, `migrations[N+1]`… up to `version`, then
//   through `parse`. The migrated value is written under the new key on the next save.
// - A write that fails (quota exceeded, storage disabled, private browsing) keeps the value in
//   memory: `load()` returns it for the rest of the page's life, and a notice says that progress
//   is not being kept. The notice disappears as soon as a save succeeds again.
// - Other tabs: `onExternalChange` hears the `storage` event for this key and hands over the other
//   tab's value, validated; the caller merges it per item (newest change wins) and saves if its
//   merged value differs. Nothing here overwrites a whole value with a stale copy on its own.
//   An event carrying exactly what this slot last wrote is its own echo and is not handed over.
// - `update(change)` is the safe write: it reads the stored value afresh, lets `change` merge into
//   it, and writes the result, so that a tab that missed events (back/forward cache) never writes
//   a stale whole value.
// No DOM: `storage` and the event source are injectable, so the module runs (and is tested) in
// Node; in the browser they default to `window.localStorage` and `window`.
import { atom } from 'nanostores';

/** The part of the Web Storage API a slot uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Something that emits `storage` events (a window). */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: { key: string | null; newValue: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (event: { key: string | null; newValue: string | null }) => void): void;
}

export interface StorageNotice {
  /** Stable per cause and slot: publishing the same notice twice shows it once. */
  id: string;
  level: 'error' | 'warning';
  /** French, shown as it is (text, never HTML). */
  message: string;
  /** A file the learner can download (the copy of unreadable data). */
  download?: { filename: string; content: string; type: string };
}

/** Every notice of the page, newest last. StorageNotice.tsx shows them. */
export const storageNotices = atom<StorageNotice[]>([]);

export function publishNotice(notice: StorageNotice): void {
  const others = storageNotices.get().filter((n) => n.id !== notice.id);
  storageNotices.set([...others, notice]);
}

export function dismissNotice(id: string): void {
  const list = storageNotices.get();
  if (list.some((n) => n.id === id)) storageNotices.set(list.filter((n) => n.id !== id));
}

export interface SlotOptions<T> {
  /** Full localStorage key, with its version: `cours-conteneurs:v1:srs`. */
  key: string;
  /** Version of the shape `parse` accepts; the `vN` of the key. */
  version: number;
  /** Validates a JSON value read from storage; `null` means invalid. Must not throw (if it does, the value counts as invalid). */
  parse: (raw: unknown) => T | null;
  /** The value of a clean start. */
  empty: () => T;
  /** `migrations[n]` turns a version-n value into a version-(n+1) value (it may throw: the value then counts as invalid). */
  migrations?: Record<number, (old: unknown) => unknown>;
  /** JSON text to store for a value (default `JSON.stringify`). */
  serialize?: (value: T) => string;
  /** What the data is, for messages: « votre progression des cartes ». */
  label?: string;
  /** Injected in tests; `null` means no storage at all (memory only). Default: `window.localStorage`. */
  storage?: StorageLike | null;
  /** Injected in tests. Default: `window` in a browser, none elsewhere. */
  events?: StorageEventSource | null;
  /** Clock for file names (tests). */
  now?: () => number;
  /**
   * When `parse` refuses a value: keeps what is valid in it. `setAside` is the invalid part
   * (copied aside, offered for download), `count` how many items it holds.
   */
  salvage?: (raw: unknown) => { value: T; setAside: unknown; count: number } | null;
}

export interface Slot<T> {
  readonly key: string;
  /** The stored value, validated (or migrated), else `empty()`. Never throws. */
  load(): T;
  /**
   * Stores the value; on failure keeps it in memory and publishes a notice. Never throws. Returns
   * whether it reached storage. `text`: the value's serialized form, when the caller has it already.
   */
  save(value: T, text?: string): boolean;
  /** Calls `listener` with another tab's value of this key, validated (invalid values are ignored). Returns an unsubscribe function. */
  onExternalChange(listener: (theirs: T) => void): () => void;
  /** Alias of onExternalChange. */
  subscribe(listener: (theirs: T) => void): () => void;
  /** The stored text as it is now (null: none, or unreadable storage). */
  readText(): string | null;
  /** Another tab's stored text, unparsed (own echoes skipped): for callers that diff it faster than a parse. */
  onExternalText(listener: (text: string) => void): () => void;
  /** Reads the stored value afresh (as `load`), hands it to `change`, saves the result. Returns it and whether it reached storage. */
  update(change: (stored: T) => T): { value: T; stored: boolean };
  /** The keys of the copies set aside so far, oldest first. */
  copies(): string[];
  /** The text this slot last wrote (null: none yet). */
  written(): string | null;
}

/** The browser's localStorage, or null when there is none or it is disabled (accessing it throws then). */
function defaultStorage(): StorageLike | null {
  try {
    const s = (globalThis as { localStorage?: StorageLike }).localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

function defaultEvents(): StorageEventSource | null {
  const w = globalThis as unknown as { window?: StorageEventSource };
  return w.window && typeof w.window.addEventListener === 'function' ? w.window : null;
}

/** The same key for another version: `cours-conteneurs:v1:srs` → `cours-conteneurs:v0:srs`. */
export function keyForVersion(key: string, version: number, current: number): string | null {
  const re = new RegExp(`(^|:)v${current}(?=:|$)`);
  return re.test(key) ? key.replace(re, `$1v${version}`) : null;
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

function safeParse<T>(parse: (raw: unknown) => T | null, raw: unknown): T | null {
  try {
    return parse(raw);
  } catch {
    return null;
  }
}

export function createSlot<T>(options: SlotOptions<T>): Slot<T> {
  const { key, version, parse, empty } = options;
  const label = options.label ?? 'vos données';
  const serialize = options.serialize ?? ((value: T) => JSON.stringify(value));
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const events = options.events === undefined ? defaultEvents() : options.events;
  const now = options.now ?? Date.now;
  const slug = key.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  const writeNoticeId = `ecriture:${key}`;

  /** Set after a failed write: what the page holds that storage does not. */
  let memory: { value: T } | null = null;
  /** The text this slot wrote last: a `storage` event carrying it is an echo, not news. */
  let lastWritten: string | null = null;

  const read = (k: string): string | null => {
    try {
      return storage ? storage.getItem(k) : null;
    } catch {
      return null;
    }
  };

  /** Puts an unreadable value aside and tells the learner. */
  const copyKeys = (): string[] => {
    const keys: string[] = [];
    const s = storage as (StorageLike & { length?: number; key?: (i: number) => string | null }) | null;
    try {
      if (s && typeof s.length === 'number' && typeof s.key === 'function') {
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k && (k === `${key}:copie` || k.startsWith(`${key}:copie:`))) keys.push(k);
        }
      }
    } catch {
      // Unreadable storage: no copies to list.
    }
    return keys.sort();
  };

  /** Keeps a copy under a key of its own (never overwriting an earlier copy), unless the same text is already kept. */
  const keepCopy = (text: string) => {
    try {
      if (!storage || copyKeys().some((k) => read(k) === text)) return;
      // The first copy under `<key>:copie` (as before), each later one under a key of its own.
      let copyKey = read(`${key}:copie`) === null ? `${key}:copie` : `${key}:copie:${new Date(now()).toISOString()}`;
      for (let i = 2; read(copyKey) !== null; i++) copyKey = `${key}:copie:${new Date(now()).toISOString()}-${i}`;
      storage.setItem(copyKey, text);
    } catch {
      // No room for the copy: the notice still offers it for download.
    }
  };

  /** Puts an unreadable value aside and tells the learner. */
  const setAside = (text: string, why: string) => {
    keepCopy(text);
    publishNotice({
      id: `illisible:${key}`,
      level: 'error',
      message:
        `Impossible de lire ${label} dans ce navigateur (${why}) : ce site repart de zéro. ` +
        'Une copie a été mise de côté ; téléchargez-la pour la garder.',
      download: { filename: `${slug}-copie-${stamp(now())}.json`, content: text, type: 'application/json' },
    });
  };

  /** Puts the unreadable part of a value aside (the rest loads) and tells the learner. */
  const setPartAside = (text: string, part: unknown, count: number) => {
    keepCopy(text);
    const partText = JSON.stringify(part);
    publishNotice({
      id: `illisible-partiel:${key}`,
      level: 'error',
      message:
        `${count > 1 ? `${count} éléments` : 'Un élément'} de ${label} ${count > 1 ? 'sont illisibles et ont' : 'est illisible et a'} été mis de côté ; ` +
        'tout le reste est chargé. Une copie complète est gardée dans ce navigateur ; téléchargez la partie illisible pour la garder.',
      download: { filename: `${slug}-illisible-${stamp(now())}.json`, content: partText, type: 'application/json' },
    });
  };

  /** A stored text of `fromVersion` turned into a valid current value, or why not. */
  const decode = (text: string, fromVersion: number): { value: T; partial?: { part: unknown; count: number } } | { error: string } => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { error: 'JSON invalide' };
    }
    for (let v = fromVersion; v < version; v++) {
      const step = options.migrations?.[v];
      if (!step) return { error: `aucune migration depuis la version ${v}` };
      try {
        raw = step(raw);
      } catch {
        return { error: `migration depuis la version ${v} impossible` };
      }
    }
    const value = safeParse(parse, raw);
    if (value !== null) return { value };
    if (options.salvage) {
      const saved = safeParse(options.salvage, raw);
      if (saved && saved.count > 0) return { value: saved.value, partial: { part: saved.setAside, count: saved.count } };
    }
    return { error: 'contenu non conforme' };
  };

  const load = (): T => {
    if (memory) return memory.value;
    const text = read(key);
    if (text !== null) {
      const result = decode(text, version);
      if ('value' in result) {
        if (result.partial) setPartAside(text, result.partial.part, result.partial.count);
        return result.value;
      }
      setAside(text, result.error);
      return empty();
    }
    // Nothing under the current key: an older version, newest first.
    for (let v = version - 1; v >= 0; v--) {
      const oldKey = keyForVersion(key, v, version);
      if (!oldKey) break;
      const old = read(oldKey);
      if (old === null) continue;
      const result = decode(old, v);
      if ('value' in result) {
        if (result.partial) setPartAside(old, result.partial.part, result.partial.count);
        return result.value;
      }
      setAside(old, result.error);
      return empty();
    }
    return empty();
  };

  const save = (value: T, known?: string): boolean => {
    let text: string;
    try {
      text = known ?? serialize(value);
    } catch {
      memory = { value };
      return false;
    }
    try {
      if (!storage) throw new Error('pas de stockage');
      storage.setItem(key, text);
      lastWritten = text;
      memory = null;
      dismissNotice(writeNoticeId);
      return true;
    } catch (error) {
      memory = { value };
      const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
      publishNotice({
        id: writeNoticeId,
        level: 'warning',
        message:
          (quota
            ? 'Le stockage de ce navigateur est plein'
            : 'Ce navigateur refuse d’enregistrer des données (navigation privée ou stockage désactivé)') +
          ` : ce que vous faites ici (${label}) reste dans cet onglet seulement et sera perdu à sa fermeture.`,
      });
      return false;
    }
  };

  const onExternalChange = (listener: (theirs: T) => void): (() => void) => {
    if (!events) return () => {};
    return onExternalText((text) => {
      const result = decode(text, version);
      if ('value' in result) listener(result.value);
    });
  };

  function onExternalText(listener: (text: string) => void): () => void {
    if (!events) return () => {};
    const handler = (event: { key: string | null; newValue: string | null }) => {
      if (event.key !== key || event.newValue === null || event.newValue === lastWritten) return;
      listener(event.newValue);
    };
    events.addEventListener('storage', handler);
    return () => events.removeEventListener('storage', handler);
  }

  const update = (change: (stored: T) => T): { value: T; stored: boolean } => {
    // In memory mode (writes refused) the page's value is the most complete one there is.
    const value = change(load());
    return { value, stored: save(value) };
  };

  return { key, load, save, onExternalChange, subscribe: onExternalChange, readText: () => read(key), onExternalText, update, copies: copyKeys, written: () => lastWritten };
}
