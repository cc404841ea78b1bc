// Several tabs of one browser over one shared localStorage, with `storage` events that arrive
// late and in bursts, tabs frozen in the back/forward cache (they miss every event, then get
// `pageshow` with `persisted`), reloads, undos, « Fusionner » imports of a backup and a device
// clock that jumps: no answer given and not undone is ever lost, none is counted twice, and
// once every event is delivered all tabs and a fresh reload hold the same progress.
process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeImportedCard } from '../../src/quiz/backup';
import { serializeProgress, type RecordCache } from '../../src/quiz/srs/codec';
import type { CardProgress, Grade } from '../../src/quiz/srs/model';
import { createScheduler, gradeCard, undoGrade } from '../../src/quiz/srs/scheduler';
import { createProgressStore, progressSlotOptions, tidy, type ProgressStore } from '../../src/quiz/srs/store';
import { createSlot, type StorageEventSource } from '../../src/quiz/storage';

const KEY = 'cours-conteneurs:v1:srs';
const IDS = ['vm', 'vm:r', 'port:c1', 'image'];
const f = createScheduler(0.9);

type Listener = (e: { key: string | null; newValue: string | null }) => void;

class Browser {
  data = new Map<string, string>();
  tabs: Tab[] = [];
  getItem = (k: string) => this.data.get(k) ?? null;
  removeItem = (k: string) => void this.data.delete(k);
  get length() {
    return this.data.size;
  }
  key = (i: number) => [...this.data.keys()][i] ?? null;
  writer: Tab | null = null;
  setItem = (k: string, v: string) => {
    this.data.set(k, v);
    // The other tabs hear it later (their queues are flushed by the test, in any order).
    for (const t of this.tabs) if (t !== this.writer && !t.frozen) t.pending.push({ key: k, newValue: v });
  };
}

class Tab implements StorageEventSource {
  listeners = new Set<Listener>();
  pending: { key: string; newValue: string }[] = [];
  frozen = false;
  store!: ProgressStore;
  undo: { id: string; t: number; g: Grade }[] = [];
  constructor(
    public browser: Browser,
    public time: () => number,
    /** The device clock's error (ms), the same for every tab. */
    public clock = 0,
  ) {
    this.open();
  }
  now = () => this.time() + this.clock;
  addEventListener(_t: 'storage', l: Listener) {
    this.listeners.add(l);
  }
  removeEventListener(_t: 'storage', l: Listener) {
    this.listeners.delete(l);
  }
  open() {
    this.listeners.clear();
    this.pending = [];
    const records: RecordCache = new WeakMap();
    const slot = createSlot({ key: KEY, ...progressSlotOptions(records), storage: this.browser, events: this, now: this.now });
    this.store = createProgressStore({ slot, records, now: this.now });
    slot.onExternalText((text) => this.run(() => this.store.hear(text)));
    this.run(() => this.store.refresh());
  }
  run(fn: () => void) {
    this.browser.writer = this;
    try {
      fn();
    } finally {
      this.browser.writer = null;
    }
  }
  deliver(n = Infinity) {
    while (n-- > 0 && this.pending.length) {
      const e = this.pending.shift()!;
      for (const l of this.listeners) l(e);
    }
  }
  get progress() {
    return this.store.get().progress;
  }
}

type Op =
  | { kind: 'grade'; tab: number; card: number; g: Grade }
  | { kind: 'undo'; tab: number }
  | { kind: 'deliver'; tab: number; n: number }
  | { kind: 'wait'; minutes: number }
  | { kind: 'reload'; tab: number }
  | { kind: 'freeze'; tab: number }
  | { kind: 'thaw'; tab: number }
  | { kind: 'import'; tab: number; from: number }
  | { kind: 'clock'; tab: number; hours: number };

const op = (tabs: number): fc.Arbitrary<Op> => {
  const tab = fc.nat(tabs - 1);
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('grade' as const), tab, card: fc.nat(IDS.length - 1), g: fc.constantFrom<Grade>(1, 2, 3, 4) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const), tab }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('deliver' as const), tab, n: fc.integer({ min: 1, max: 4 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.constantFrom(1, 10, 90, 1440, 4 * 1440, 45 * 1440) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const), tab }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('freeze' as const), tab }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('thaw' as const), tab }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('import' as const), tab, from: fc.nat(tabs - 1) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('clock' as const), tab, hours: fc.constantFrom(-30, -2, 0, 3, 20) }) },
  );
};

const answersOf = (progress: ReadonlyMap<string, CardProgress>) =>
  Object.fromEntries(IDS.map((id) => [id, progress.get(id)?.log.filter((e) => e.r !== 0).length ?? 0]));

describe('plusieurs onglets, un seul stockage', () => {
  it('ne perd ni ne compte deux fois aucune réponse, et tous les onglets convergent', () => {
    const scenario = fc.integer({ min: 2, max: 4 }).chain((tabs) => fc.tuple(fc.constant(tabs), fc.array(op(tabs), { minLength: 5, maxLength: 60 })));
    fc.assert(
      fc.property(scenario, ([count, ops]) => {
        let time = new Date(2026, 2, 20, 9).getTime();
        const browser = new Browser();
        const tabs: Tab[] = [];
        for (let i = 0; i < count; i++) {
          const t = new Tab(browser, () => time, tabs[0]?.clock ?? 0);
          browser.tabs.push(t);
          tabs.push(t);
        }
        /** Answers given and not undone, per card. */
        const expected: Record<string, number> = Object.fromEntries(IDS.map((id) => [id, 0]));
        for (const o of ops) {
          const tab = 'tab' in o ? tabs[o.tab]! : null;
          switch (o.kind) {
            case 'grade': {
              const id = IDS[o.card]!;
              let t = 0;
              tab!.run(() =>
                tab!.store.commit((card, now) => {
                  const after = gradeCard(f, id, card(id), o.g, now);
                  t = after.log.at(-1)!.t;
                  return [[id, after]];
                }, tab!.now()),
              );
              tab!.undo.push({ id, t, g: o.g });
              expected[id]! += 1;
              break;
            }
            case 'undo': {
              const step = tab!.undo.pop();
              if (!step) break;
              let done = false;
              tab!.run(() =>
                tab!.store.commit((card, now) => {
                  const p = card(step.id);
                  const last = p?.log.at(-1);
                  if (!p || !last || last.t !== step.t || last.r !== step.g) return [];
                  const before = undoGrade(f, step.id, p, now);
                  if (!before) return [];
                  done = true;
                  return [[step.id, before]];
                }, tab!.now()),
              );
              if (done) expected[step.id]! -= 1;
              break;
            }
            case 'deliver':
              tab!.deliver(o.n);
              break;
            case 'wait':
              time += o.minutes * 60_000;
              break;
            case 'reload':
              tab!.open();
              break;
            case 'freeze':
              tab!.frozen = true;
              tab!.pending = [];
              break;
            case 'thaw':
              if (tab!.frozen) {
                tab!.frozen = false;
                // pageshow with persisted: read and merge again.
                tab!.run(() => tab!.store.refresh());
              }
              break;
            case 'import': {
              // A backup exported from one tab, imported (« Fusionner ») in another.
              const file = new Map(tabs[o.from]!.progress);
              tab!.run(() =>
                tab!.store.commit((card, now) => [...file].map(([id, p]) => [id, mergeImportedCard(card(id), p, now)] as [string, CardProgress]), tab!.now()),
              );
              break;
            }
            case 'clock':
              // The device's clock: every tab of the browser reads the same one.
              for (const t of tabs) t.clock = o.hours * 3_600_000;
              break;
          }
        }
        // Everything delivered, frozen tabs restored: every tab, and a new one, agree.
        for (const t of tabs) {
          if (t.frozen) {
            t.frozen = false;
            t.run(() => t.store.refresh());
          }
        }
        for (let round = 0; round < 10 && tabs.some((t) => t.pending.length); round++) for (const t of tabs) t.deliver();
        expect(tabs.every((t) => !t.pending.length)).toBe(true);
        const fresh = new Tab(browser, () => time, tabs[0]!.clock);
        // Compared as they would be written now (what undo keeps dropped, old entries compacted: a
        // function of the device's time, which a tab applies on its next write).
        const text = (p: Map<string, CardProgress>) => serializeProgress(tidy(p, tabs[0]!.now()).progress);
        const stored = text(fresh.progress);
        for (const t of tabs) expect(text(t.progress)).toBe(stored);
        expect(answersOf(fresh.progress)).toEqual(expected);
      }),
      {
        numRuns: 200,
        // Found by this property: a tab that hears an answer, then hears of its undo only after
        // 45 days, once the undo mark was dropped (it was kept 30 days), brought it back.
        examples: [
          [[3, [{ kind: 'grade', tab: 2, card: 0, g: 1 }, { kind: 'deliver', tab: 0, n: 1 }, { kind: 'undo', tab: 2 }, { kind: 'wait', minutes: 64800 }, { kind: 'grade', tab: 1, card: 0, g: 1 }, { kind: 'deliver', tab: 0, n: 1 }, { kind: 'deliver', tab: 0, n: 1 }, { kind: 'clock', tab: 0, hours: -30 }, { kind: 'thaw', tab: 0 }, { kind: 'freeze', tab: 0 }]]],
          [[4, [{ kind: 'grade', tab: 2, card: 0, g: 1 }, { kind: 'grade', tab: 3, card: 0, g: 1 }, { kind: 'undo', tab: 3 }, { kind: 'undo', tab: 2 }, { kind: 'wait', minutes: 64800 }, { kind: 'grade', tab: 2, card: 0, g: 1 }, { kind: 'import', tab: 0, from: 0 }, { kind: 'thaw', tab: 0 }, { kind: 'undo', tab: 0 }]]],
        ],
      },
    );
  });
});
