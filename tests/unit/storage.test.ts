// The storage slot (src/quiz/storage.ts): what a learner would notice if it failed — progress
// lost to a corrupt value, a crash when storage is full or disabled, a tab overwriting another.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSlot, dismissNotice, storageNotices, type StorageEventSource, type StorageLike } from '../../src/quiz/storage';

/** An in-memory localStorage that can be told to fail. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites: 'quota' | 'security' | null = null;
  failReads = false;
  getItem(key: string) {
    if (this.failReads) throw new Error('SecurityError');
    return this.data.has(key) ? this.data.get(key)! : null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites === 'quota') {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      throw e;
    }
    if (this.failWrites === 'security') throw new Error('The operation is insecure.');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
}

/** A window that dispatches `storage` events to its listeners, as another tab's writes would. */
class FakeWindow implements StorageEventSource {
  listeners = new Set<(e: { key: string | null; newValue: string | null }) => void>();
  addEventListener(_t: 'storage', l: (e: { key: string | null; newValue: string | null }) => void) {
    this.listeners.add(l);
  }
  removeEventListener(_t: 'storage', l: (e: { key: string | null; newValue: string | null }) => void) {
    this.listeners.delete(l);
  }
  fire(key: string | null, newValue: string | null) {
    for (const l of this.listeners) l({ key, newValue });
  }
}

interface Scores {
  scores: Record<string, { ok: number; at: number }>;
}
const parse = (raw: unknown): Scores | null => {
  if (typeof raw !== 'object' || raw === null || !('scores' in raw)) return null;
  const scores = (raw as Scores).scores;
  if (typeof scores !== 'object' || scores === null) return null;
  for (const v of Object.values(scores)) if (typeof v?.ok !== 'number' || typeof v?.at !== 'number') return null;
  return raw as Scores;
};
const empty = (): Scores => ({ scores: {} });
const KEY = 'cours-conteneurs:v1:test';

function slot(storage: StorageLike | null, events: StorageEventSource | null = null, extra = {}) {
  return createSlot<Scores>({ key: KEY, version: 1, parse, empty, storage, events, label: 'vos scores', now: () => Date.UTC(2025, 0, 2, 3, 4, 5), ...extra });
}

beforeEach(() => storageNotices.set([]));

describe('lecture', () => {
  it('rend la valeur enregistrée, validée', () => {
    const s = new FakeStorage();
    s.data.set(KEY, JSON.stringify({ scores: { a: { ok: 2, at: 5 } } }));
    expect(slot(s).load()).toEqual({ scores: { a: { ok: 2, at: 5 } } });
    expect(storageNotices.get()).toEqual([]);
  });

  it('part de zéro sans rien signaler quand rien n’est enregistré', () => {
    expect(slot(new FakeStorage()).load()).toEqual({ scores: {} });
    expect(storageNotices.get()).toEqual([]);
  });

  it.each([
    ['du JSON illisible', '{"scores": {"a": '],
    ['une valeur que la validation refuse', JSON.stringify({ scores: { a: { ok: 'deux' } } })],
    ['un autre type', '42'],
  ])('met de côté %s, repart de zéro et propose la copie', (_what, bad) => {
    const s = new FakeStorage();
    s.data.set(KEY, bad);
    expect(slot(s).load()).toEqual({ scores: {} });
    // The copy is kept aside, and the original is not overwritten by the read itself.
    expect(s.data.get(`${KEY}:copie`)).toBe(bad);
    expect(s.data.get(KEY)).toBe(bad);
    const [notice] = storageNotices.get();
    expect(notice?.level).toBe('error');
    expect(notice?.message).toMatch(/^Impossible de lire vos scores .*repart de zéro.*téléchargez-la/);
    expect(notice?.download).toEqual({ filename: 'cours-conteneurs-v1-test-copie-2025-01-02-03-04-05.json', content: bad, type: 'application/json' });
  });

  it('ne lève jamais d’exception, même si la validation en lève une ou si la lecture échoue', () => {
    const s = new FakeStorage();
    s.data.set(KEY, '{}');
    const throwing = createSlot({ key: KEY, version: 1, parse: () => { throw new Error('boum'); }, empty, storage: s, events: null });
    expect(throwing.load()).toEqual({ scores: {} });
    s.failReads = true;
    expect(slot(s).load()).toEqual({ scores: {} });
  });

  it('migre une version plus ancienne, puis l’écrit sous la nouvelle clé', () => {
    const s = new FakeStorage();
    s.data.set('cours-conteneurs:v0:test', JSON.stringify({ a: 3 }));
    const migrated = createSlot<Scores>({
      key: KEY,
      version: 1,
      parse,
      empty,
      storage: s,
      events: null,
      migrations: { 0: (old) => ({ scores: Object.fromEntries(Object.entries(old as Record<string, number>).map(([k, ok]) => [k, { ok, at: 0 }])) }) },
    });
    const value = migrated.load();
    expect(value).toEqual({ scores: { a: { ok: 3, at: 0 } } });
    migrated.save(value);
    expect(JSON.parse(s.data.get(KEY)!)).toEqual(value);
  });

  it('met de côté une ancienne version sans migration', () => {
    const s = new FakeStorage();
    s.data.set('cours-conteneurs:v0:test', '{"vieux":true}');
    expect(slot(s).load()).toEqual({ scores: {} });
    expect(s.data.get(`${KEY}:copie`)).toBe('{"vieux":true}');
  });
});

describe('écriture', () => {
  it('enregistre, et relit la même valeur', () => {
    const s = new FakeStorage();
    const a = slot(s);
    expect(a.save({ scores: { x: { ok: 1, at: 9 } } })).toBe(true);
    expect(slot(s).load()).toEqual({ scores: { x: { ok: 1, at: 9 } } });
  });

  it('survit au stockage plein : la valeur reste en mémoire, un avis le dit, puis disparaît quand l’écriture repasse', () => {
    const s = new FakeStorage();
    const a = slot(s);
    s.failWrites = 'quota';
    const value = { scores: { x: { ok: 1, at: 9 } } };
    expect(() => a.save(value)).not.toThrow();
    expect(a.save(value)).toBe(false);
    expect(a.load()).toEqual(value);
    expect(storageNotices.get()).toHaveLength(1);
    expect(storageNotices.get()[0]!.message).toMatch(/^Le stockage de ce navigateur est plein.*reste dans cet onglet seulement/);
    s.failWrites = null;
    expect(a.save(value)).toBe(true);
    expect(storageNotices.get()).toEqual([]);
  });

  it('survit à un stockage désactivé (navigation privée) ou absent', () => {
    const s = new FakeStorage();
    s.failWrites = 'security';
    const a = slot(s);
    a.save({ scores: { y: { ok: 2, at: 1 } } });
    expect(a.load()).toEqual({ scores: { y: { ok: 2, at: 1 } } });
    expect(storageNotices.get()[0]!.message).toMatch(/refuse d’enregistrer/);
    storageNotices.set([]);
    const none = slot(null);
    expect(none.load()).toEqual({ scores: {} });
    none.save({ scores: { z: { ok: 1, at: 1 } } });
    expect(none.load()).toEqual({ scores: { z: { ok: 1, at: 1 } } });
    expect(storageNotices.get()).toHaveLength(1);
  });

  it('publie chaque avis une seule fois, et on peut le fermer', () => {
    const s = new FakeStorage();
    s.failWrites = 'quota';
    const a = slot(s);
    a.save(empty());
    a.save(empty());
    expect(storageNotices.get()).toHaveLength(1);
    dismissNotice(storageNotices.get()[0]!.id);
    expect(storageNotices.get()).toEqual([]);
  });
});

describe('plusieurs onglets', () => {
  it('transmet la valeur d’un autre onglet, validée, et ignore les autres clés et les valeurs invalides', () => {
    const s = new FakeStorage();
    const w = new FakeWindow();
    const a = slot(s, w);
    const seen: Scores[] = [];
    const stop = a.onExternalChange((v) => seen.push(v));
    w.fire('autre-clé', JSON.stringify({ scores: {} }));
    w.fire(KEY, '{pas du json');
    w.fire(KEY, JSON.stringify({ scores: { q: { ok: 'x' } } }));
    w.fire(KEY, JSON.stringify({ scores: { q: { ok: 1, at: 2 } } }));
    expect(seen).toEqual([{ scores: { q: { ok: 1, at: 2 } } }]);
    stop();
    w.fire(KEY, JSON.stringify({ scores: {} }));
    expect(seen).toHaveLength(1);
  });

  it('permet de fusionner élément par élément, le plus récent gagnant, sans écraser l’autre onglet', () => {
    // Two tabs over the same storage; each merges what the other writes.
    const s = new FakeStorage();
    const w1 = new FakeWindow();
    const w2 = new FakeWindow();
    const tab1 = slot(s, w1);
    const tab2 = slot(s, w2);
    let v1 = tab1.load();
    let v2 = tab2.load();
    const merge = (mine: Scores, theirs: Scores): Scores => {
      const out = { scores: { ...mine.scores } };
      for (const [k, t] of Object.entries(theirs.scores)) if (!out.scores[k] || t.at > out.scores[k]!.at) out.scores[k] = t;
      return out;
    };
    tab1.onExternalChange((t) => (v1 = merge(v1, t)));
    tab2.onExternalChange((t) => (v2 = merge(v2, t)));
    const write = (tab: 1 | 2, value: Scores) => {
      (tab === 1 ? tab1 : tab2).save(value);
      (tab === 1 ? w2 : w1).fire(KEY, s.data.get(KEY)!);
    };
    v1 = { scores: { ...v1.scores, a: { ok: 1, at: 10 } } };
    write(1, v1);
    v2 = { scores: { ...v2.scores, b: { ok: 1, at: 11 } } };
    write(2, v2);
    v1 = { scores: { ...v1.scores, a: { ok: 2, at: 12 } } };
    write(1, v1);
    expect(v1).toEqual({ scores: { a: { ok: 2, at: 12 }, b: { ok: 1, at: 11 } } });
    expect(v2).toEqual(v1);
    expect(JSON.parse(s.data.get(KEY)!)).toEqual(v1);
  });
});

describe('copies et récupération partielle', () => {
  it('garde chaque copie : une deuxième corruption n’écrase pas la première', () => {
    const s = new FakeStorage();
    let t = Date.UTC(2025, 0, 2, 3, 4, 5);
    const make = () => createSlot<Scores>({ key: KEY, version: 1, parse, empty, storage: s, events: null, now: () => t });
    s.data.set(KEY, '{abîmé 1');
    make().load();
    make().save({ scores: {} });
    t += 60_000;
    s.data.set(KEY, '{abîmé 2');
    const second = make();
    second.load();
    // The same corruption read twice is kept once.
    second.load();
    const copies = second.copies();
    expect(copies).toHaveLength(2);
    expect(copies.map((k) => s.data.get(k))).toEqual(['{abîmé 1', '{abîmé 2']);
  });

  it('ne met de côté que les éléments invalides : le reste se charge', () => {
    const s = new FakeStorage();
    s.data.set(KEY, JSON.stringify({ scores: { a: { ok: 1, at: 1 }, b: { ok: 'x' }, c: { ok: 2, at: 2 } } }));
    const salvage = (raw: unknown) => {
      const all = (raw as { scores: Record<string, { ok: unknown; at: unknown }> }).scores;
      const good = Object.fromEntries(Object.entries(all).filter(([, v]) => typeof v.ok === 'number' && typeof v.at === 'number'));
      const bad = Object.fromEntries(Object.entries(all).filter(([k]) => !(k in good)));
      return { value: { scores: good } as Scores, setAside: bad, count: Object.keys(bad).length };
    };
    const value = slot(s, null, { salvage }).load();
    expect(Object.keys(value.scores)).toEqual(['a', 'c']);
    const notice = storageNotices.get().find((n) => n.id.startsWith('illisible-partiel'));
    expect(notice?.message).toMatch(/Un élément .* mis de côté ; tout le reste est chargé/);
    expect(JSON.parse(notice!.download!.content)).toEqual({ b: { ok: 'x' } });
    // The whole stored value is kept as a copy.
    expect(slot(s).copies()).toHaveLength(1);
  });

  it('ignore l’écho de sa propre écriture, mais pas celle d’un autre onglet', () => {
    const w = new FakeWindow();
    const s = new FakeStorage();
    const a = slot(s, w);
    const heard: string[] = [];
    a.onExternalText((t) => heard.push(t));
    a.save({ scores: { x: { ok: 1, at: 1 } } });
    w.fire(KEY, s.data.get(KEY)!);
    w.fire(KEY, '{"scores":{}}');
    expect(heard).toEqual(['{"scores":{}}']);
  });
});
