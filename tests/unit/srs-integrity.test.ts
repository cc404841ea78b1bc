// « Progress you can trust » (issue 10): one test or more per numbered point of the issue, each
// written as the learner would meet it.
process.env.TZ = 'Europe/Paris';

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAll, mergeImportedCard, readBackup, replacementCards } from '../../src/quiz/backup';
import { emptyProgress, examHistory, recordAnswer, recordExam, recordFinish } from '../../src/quiz/quiz-progress';
import { compactLog } from '../../src/quiz/srs/card-state';
import { decodeCard, encodeCard, parseStored, serializeProgress, type RecordCache } from '../../src/quiz/srs/codec';
import { onlyCourse } from '../../src/quiz/srs/course-ids';
import { dayOf } from '../../src/quiz/srs/day';
import { dueToday } from '../../src/quiz/srs/due';
import { noteOf } from '../../src/quiz/srs/ids';
import { COMPACT_AFTER_MS, type CardProgress, type Grade } from '../../src/quiz/srs/model';
import { peekProgress } from '../../src/quiz/srs/peek';
import { buildQueue, deckCounts, todayUsage } from '../../src/quiz/srs/queue';
import { createScheduler, gradeCard } from '../../src/quiz/srs/scheduler';
import { DEFAULT_SETTINGS } from '../../src/quiz/srs/settings';
import { reviewsPerDay, streak, trueRetention } from '../../src/quiz/srs/stats';
import { CLOCK_NOTICE, createProgressStore, progressSlotOptions } from '../../src/quiz/srs/store';
import { clozeNoteHtml, exportAnkiNotes, exportProgressText, type AnkiCard } from '../../src/quiz/srs/transfer';
import { createSlot, storageNotices, type StorageEventSource } from '../../src/quiz/storage';

const f = createScheduler(0.9);
const KEY = 'cours-conteneurs:v1:srs';
const DAY = 86_400_000;
const T0 = new Date(2026, 4, 4, 9).getTime();

type Listener = (e: { key: string | null; newValue: string | null }) => void;
class Shared {
  data = new Map<string, string>();
  tabs: Tab[] = [];
  writer: Tab | null = null;
  getItem = (k: string) => this.data.get(k) ?? null;
  removeItem = (k: string) => void this.data.delete(k);
  get length() {
    return this.data.size;
  }
  key = (i: number) => [...this.data.keys()][i] ?? null;
  setItem = (k: string, v: string) => {
    this.data.set(k, v);
    for (const t of this.tabs) if (t !== this.writer && t.listening) t.pending.push({ key: k, newValue: v });
  };
}
class Tab implements StorageEventSource {
  listeners = new Set<Listener>();
  pending: { key: string; newValue: string }[] = [];
  listening = true;
  store;
  constructor(
    public shared: Shared,
    public now: () => number,
  ) {
    shared.tabs.push(this);
    const records: RecordCache = new WeakMap();
    const slot = createSlot({ key: KEY, ...progressSlotOptions(records), storage: shared, events: this, now });
    this.store = createProgressStore({ slot, records, now });
    slot.onExternalText((text) => this.as(() => this.store.hear(text)));
    this.as(() => this.store.refresh());
  }
  addEventListener(_t: 'storage', l: Listener) {
    this.listeners.add(l);
  }
  removeEventListener(_t: 'storage', l: Listener) {
    this.listeners.delete(l);
  }
  as<T>(fn: () => T): T {
    this.shared.writer = this;
    try {
      return fn();
    } finally {
      this.shared.writer = null;
    }
  }
  deliver() {
    while (this.pending.length) {
      const e = this.pending.shift()!;
      for (const l of this.listeners) l(e);
    }
  }
  grade(id: string, g: Grade, at = this.now()) {
    return this.as(() => this.store.commit((card, now) => [[id, gradeCard(f, id, card(id), g, now)]], at));
  }
  get progress() {
    return this.store.get().progress;
  }
}
const answers = (p: CardProgress | undefined) => p?.log.filter((e) => e.r !== 0).length ?? 0;

beforeEach(() => storageNotices.set([]));

describe('1. un onglet en retard ne fait rien perdre', () => {
  it('un onglet sorti du cache de navigation note une carte : les 30 révisions de l’autre onglet restent', () => {
    const shared = new Shared();
    let now = T0;
    const a = new Tab(shared, () => now);
    const b = new Tab(shared, () => now);
    b.listening = false; // in the back/forward cache: it hears nothing
    for (let i = 0; i < 30; i++) {
      a.grade(`carte-${i}`, 3);
      now += 60_000;
    }
    b.listening = true;
    b.grade('autre', 3); // without `pageshow`: the commit itself reads before it writes
    const stored = parseStored(JSON.parse(shared.data.get(KEY)!))!.progress;
    expect(stored.size).toBe(31);
    a.deliver();
    expect(a.progress.size).toBe(31);
  });

  it('n’écrit rien en réponse à l’écho de sa propre écriture', () => {
    const shared = new Shared();
    const a = new Tab(shared, () => T0);
    a.grade('x', 3);
    const before = shared.data.get(KEY);
    for (const l of a.listeners) l({ key: KEY, newValue: before! });
    expect(shared.data.get(KEY)).toBe(before);
  });
});

describe('2. « Remplacer » gagne dans tous les onglets', () => {
  it('l’autre onglet adopte l’import au lieu d’y refusionner l’ancien état, et ses notes suivantes s’y ajoutent', () => {
    const shared = new Shared();
    let now = T0;
    const a = new Tab(shared, () => now);
    const b = new Tab(shared, () => now);
    for (const id of ['vieux-1', 'vieux-2']) a.grade(id, 3);
    b.deliver();
    now += 60_000;
    const file = new Map([['importee', gradeCard(f, 'importee', undefined, 4, T0 - 5 * DAY)]]);
    a.as(() => a.store.replace(replacementCards(file, now), now));
    b.deliver();
    expect([...b.progress.keys()]).toEqual(['importee']);
    now += 60_000;
    b.grade('nouvelle', 3);
    a.deliver();
    expect([...a.progress.keys()].sort()).toEqual(['importee', 'nouvelle']);
    expect([...parseStored(JSON.parse(shared.data.get(KEY)!))!.progress.keys()].sort()).toEqual(['importee', 'nouvelle']);
  });
});

describe('3. une horloge fausse', () => {
  it('refuse un import daté de plus d’un jour après maintenant', () => {
    const future = new Map([['x', gradeCard(f, 'x', undefined, 3, T0 + 3 * DAY)]]);
    const text = exportProgressText(future, DEFAULT_SETTINGS, T0);
    const r = readBackup(text, new Set(['x']), T0);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/dans le futur/);
    expect(readBackup(text, new Set(['x']), T0 + 3 * DAY).ok).toBe(true);
  });

  it('au chargement, ramène à maintenant une date de modification dans le futur, avec un avis', () => {
    const shared = new Shared();
    const wrong = gradeCard(f, 'x', undefined, 3, T0 + 10 * DAY);
    shared.data.set(KEY, serializeProgress(new Map([['x', wrong]])));
    const tab = new Tab(shared, () => T0);
    const p = tab.progress.get('x')!;
    expect(p.m).toBe(T0);
    expect(p.lr).toBe(T0);
    expect(storageNotices.get().some((n) => n.id === CLOCK_NOTICE)).toBe(true);
    // A new answer is stamped now, not after the future entry.
    tab.grade('x', 3, T0 + 60_000);
    expect(tab.progress.get('x')!.m).toBe(T0 + 60_000);
    expect(tab.progress.get('x')!.log.map((e) => e.t)).toContain(T0 + 60_000);
  });

  it('ne compte pas pour aujourd’hui une réponse datée d’après la fin de la journée', () => {
    const p = new Map([['x', gradeCard(f, 'x', undefined, 3, T0 + 2 * DAY)]]);
    const usage = todayUsage(p, dayOf(T0));
    expect(usage.newDone).toBe(0);
    expect(usage.answered.size).toBe(0);
  });
});

describe('4. une fiche abîmée parmi 300', () => {
  const build = () => {
    const p = new Map<string, CardProgress>();
    for (let i = 0; i < 300; i++) p.set(`carte-${i}`, gradeCard(f, `carte-${i}`, undefined, 3, T0 + i));
    const raw = JSON.parse(serializeProgress(p));
    raw.c['carte-7'] = 'n’importe quoi';
    return JSON.stringify(raw);
  };

  it('met de côté la seule fiche abîmée : les 299 autres se chargent, une copie complète est gardée', () => {
    const shared = new Shared();
    const text = build();
    shared.data.set(KEY, text);
    const tab = new Tab(shared, () => T0 + DAY);
    expect(tab.progress.size).toBe(299);
    const copies = [...shared.data.keys()].filter((k) => k.startsWith(`${KEY}:copie`));
    expect(copies.map((k) => shared.data.get(k))).toEqual([text]);
    const notice = storageNotices.get().find((n) => n.id.startsWith('illisible-partiel'));
    expect(notice?.message).toMatch(/Un élément .* mis de côté/);
    expect(JSON.parse(notice!.download!.content)).toEqual({ c: { 'carte-7': 'n’importe quoi' } });
    // The next grade keeps the 299 (and the copy).
    tab.grade('carte-8', 3);
    expect(parseStored(JSON.parse(shared.data.get(KEY)!))!.progress.size).toBe(299);
    // A second corruption keeps its own copy.
    shared.data.set(KEY, text.replace('carte-9":"', 'carte-9":"zz'));
    new Tab(shared, () => T0 + 2 * DAY);
    expect([...shared.data.keys()].filter((k) => k.startsWith(`${KEY}:copie`)).length).toBe(2);
  });

  it('« Importer » accepte la copie téléchargée (format enregistré) et signale ce qu’elle a d’illisible', () => {
    const ids = new Set(Array.from({ length: 300 }, (_, i) => `carte-${i}`));
    const r = readBackup(build(), ids, T0 + DAY);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.backup.cards!.size).toBe(299);
      expect(r.backup.summary.unreadable).toBe(1);
    }
  });

  it('relit le format enregistré avant ce changement (fixture de décembre 2026)', () => {
    const text = readFileSync(new URL('../fixtures/srs-v1-2026-12.json', import.meta.url), 'utf8');
    const stored = parseStored(JSON.parse(text))!;
    expect(stored.bad.size).toBe(0);
    expect([...stored.progress.keys()]).toEqual(['docker-ps-tous-les-conteneurs', 'image-et-conteneur:r', 'namespaces-noyau:c1']);
    expect(answers(stored.progress.get('docker-ps-tous-les-conteneurs'))).toBe(6);
    expect(stored.progress.get('namespaces-noyau:c1')!.susp).toBe(true);
    // Written back unchanged.
    expect(serializeProgress(stored.progress)).toBe(text.trim());
  });
});

describe('5. stabilité et difficulté hors limites', () => {
  it('met de côté au chargement une carte en révision de difficulté 0,5, et un import la refuse', () => {
    const good = gradeCard(f, 'x', undefined, 4, T0);
    const bad = encodeCard(good).replace(/^(2,[^,]+,[^,]+,)[^,]+/, '$10.5');
    expect(decodeCard(bad)).toBeNull();
    expect(parseStored({ c: { x: bad, y: encodeCard(good) } })!.bad.has('x')).toBe(true);
    const file = JSON.parse(exportProgressText(new Map([['x', good]]), DEFAULT_SETTINGS, T0));
    file.cards.x.difficulty = 0.5;
    const r = readBackup(JSON.stringify(file), new Set(['x']), T0);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/difficulté hors limites/);
  });
});

describe('6. la même carte notée dans deux onglets', () => {
  it('garde les deux réponses', () => {
    const shared = new Shared();
    let now = T0;
    const a = new Tab(shared, () => now);
    const b = new Tab(shared, () => now);
    a.grade('x', 3);
    b.listening = false;
    now += 600_000;
    // B still shows the card as new (it missed A's write): its answer is added to A's, not in place of it.
    b.grade('x', 1);
    b.listening = true;
    a.deliver();
    for (const t of [a, b]) {
      expect(answers(t.progress.get('x'))).toBe(2);
      expect(t.progress.get('x')!.reps).toBe(2);
    }
  });

  it('deux écritures concurrentes de la même carte : la fusion garde les deux journaux', () => {
    const base = gradeCard(f, 'x', undefined, 3, T0);
    const one = gradeCard(f, 'x', base, 3, T0 + 600_000);
    const two = gradeCard(f, 'x', base, 1, T0 + 700_000);
    const shared = new Shared();
    shared.data.set(KEY, serializeProgress(new Map([['x', one]])));
    const a = new Tab(shared, () => T0 + DAY);
    shared.data.set(KEY, serializeProgress(new Map([['x', two]])));
    a.as(() => a.store.hear(shared.data.get(KEY)!));
    expect(answers(a.progress.get('x'))).toBe(3);
    expect(a.progress.get('x')!.reps).toBe(3);
  });
});

describe('7. l’annulation survit au rechargement', () => {
  it('garde la pile dans sessionStorage et la relit', async () => {
    const session = new Map<string, string>();
    (globalThis as { sessionStorage?: unknown }).sessionStorage = {
      getItem: (k: string) => session.get(k) ?? null,
      setItem: (k: string, v: string) => void session.set(k, v),
    };
    const actions = await import('../../src/quiz/srs/actions');
    actions.grade('x', 3, T0);
    const kept = session.get(actions.UNDO_KEY)!;
    expect(actions.parseUndo(kept)).toEqual([{ id: 'x', t: T0, grade: 3 }]);
    expect(actions.parseUndo('{"pas":"une pile"}')).toEqual([]);
    expect(actions.undo(T0 + 1000).ok).toBe(true);
  });
});

describe('9 et 10. ce qui compte, et le même nombre partout', () => {
  const cards = ['a', 'a:r', 'b:c1', 'b:c2', 'c', 'd'].map((id, i) => ({ id, note: noteOf(id), deck: i % 2 ? 'docker' : 'compose' }));
  const arb = fc.array(fc.tuple(fc.constantFrom(...cards.map((c) => c.id), 'inconnue', 'renommee:r'), fc.array(fc.constantFrom<Grade>(1, 2, 3, 4), { maxLength: 6 }), fc.integer({ min: 0, max: 30 })));

  it('liste des paquets en un passage = la file de chaque paquet ; badge = « En cours » + « À réviser » ; rien d’inconnu compté', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 3 }), (plan, limit) => {
        const progress = new Map<string, CardProgress>();
        for (const [id, grades, daysAgo] of plan) {
          let p = progress.get(id);
          let t = T0 - daysAgo * DAY;
          for (const g of grades) {
            p = gradeCard(f, id, p, g, t);
            t = Math.max(t + 60_000, p.due);
          }
          if (p) progress.set(id, p);
        }
        const settings = { newPerDay: 2, reviewsPerDay: limit };
        const rows = deckCounts(cards, progress, settings, T0);
        expect(rows.get(null)).toEqual(buildQueue(cards, progress, settings, T0).counts);
        for (const deck of ['docker', 'compose']) expect(rows.get(deck)).toEqual(buildQueue(cards, progress, settings, T0, { deck }).counts);
        const known = new Set(cards.map((c) => c.id));
        const all = rows.get(null)!;
        expect(dueToday(progress, limit, T0, known)).toBe(all.learning + all.review);
        expect(dueToday(onlyCourse(progress, known), limit, T0)).toBe(all.learning + all.review);
        // The badge of other pages reads the stored text: the same number.
        const peeked = peekProgress(serializeProgress(progress), dayOf(T0).start);
        expect(dueToday(peeked, limit, T0, known)).toBe(all.learning + all.review);
      }),
      { numRuns: 150 },
    );
  });

  it('l’aperçu d’import signale les cartes inconnues du cours et celles en double, et n’importe pas les inconnues', () => {
    const p = new Map([
      ['a', gradeCard(f, 'a', undefined, 3, T0)],
      ['inconnue', gradeCard(f, 'inconnue', undefined, 3, T0)],
    ]);
    const text = exportProgressText(p, DEFAULT_SETTINGS, T0);
    const doubled = text.replace('"cards":{', `"cards":{"a":${JSON.stringify(JSON.parse(text).cards.a)},`);
    const r = readBackup(doubled, new Set(['a', 'b']), T0);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect([...r.backup.cards!.keys()]).toEqual(['a']);
      expect(r.backup.summary.unknown).toEqual(['inconnue']);
      expect(r.backup.summary.duplicates).toEqual(['a']);
    }
  });
});

describe('11. compactage du journal', () => {
  it('garde ce que les statistiques lisent, et relit exactement ce qu’il écrit', () => {
    let p: CardProgress | undefined;
    let t = T0;
    for (const g of [3, 3, 1, 3, 3, 4, 3, 2, 3] as Grade[]) {
      p = gradeCard(f, 'x', p, g, t);
      t = Math.max(t + 60_000, p.due + 3_600_000);
    }
    const now = t + COMPACT_AFTER_MS;
    const compacted = { ...p!, log: compactLog(p!.log, now) };
    expect(compacted.log.every((e) => e.c && e.t % 900_000 === 0)).toBe(true);
    expect(decodeCard(encodeCard(compacted))).toEqual(compacted);
    // A compacted entry: a separator, a code and a few base-36 digits.
    expect(encodeCard(compacted).length).toBeLessThan(encodeCard(p!).length);
    // (after the first, whose step count is absolute)
    expect(encodeCard(compacted).split('_').slice(2).map((e) => e.length <= 5)).toEqual(compacted.log.slice(1).map(() => true));
    const before = new Map([['x', p!]]);
    const after = new Map([['x', compacted]]);
    expect(reviewsPerDay(after, now, 365)).toEqual(reviewsPerDay(before, now, 365));
    expect(trueRetention(after, now, 400)).toEqual(trueRetention(before, now, 400));
    expect(streak(after, p!.log.at(-1)!.t)).toBe(streak(before, p!.log.at(-1)!.t));
  });
});

describe('13. une seule sauvegarde', () => {
  it('exporte et relit cartes, réglages et progression des quiz (examens compris)', () => {
    const cardsP = new Map([['a', gradeCard(f, 'a', undefined, 3, T0)]]);
    let quiz = recordAnswer(emptyProgress(), 'q1', true, T0);
    quiz = recordFinish(quiz, 'docker', { correct: 7, total: 10 }, true, T0);
    quiz = recordExam(quiz, {
      id: `classe-a@${T0 - 3_600_000}`, at: T0, seed: 'classe-a', count: 40, correct: 30, durationMs: 3_000_000,
      limitMinutes: 60, timedOut: false, chapters: [{ chapter: 'docker', label: 'Docker', correct: 30, total: 40 }],
    });
    const text = exportAll(cardsP, { ...DEFAULT_SETTINGS, newPerDay: 7 }, quiz, T0);
    const r = readBackup(text, new Set(['a']), T0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.backup.cards).toEqual(cardsP);
    expect(r.backup.settings!.newPerDay).toBe(7);
    expect(r.backup.quiz!.questions.q1!.ok).toBe(true);
    expect(r.backup.quiz!.quizzes.docker!.best!.correct).toBe(7);
    // The exam history travels with the backup.
    expect(examHistory(r.backup.quiz!).map((e) => [e.seed, e.correct, e.count])).toEqual([['classe-a', 30, 40]]);
    expect(r.backup.summary).toMatchObject({ kind: 'sauvegarde complète', cards: 1, reviews: 1, quizzes: 1, questions: 1 });
  });

  it('« Fusionner » : le changement le plus récent gagne, les deux journaux restent, la carte fusionnée porte la date de l’import', () => {
    const mine = gradeCard(f, 'a', gradeCard(f, 'a', undefined, 3, T0), 3, T0 + 600_000);
    const theirs = gradeCard(f, 'a', undefined, 1, T0 + 300_000);
    const merged = mergeImportedCard(mine, theirs, T0 + DAY);
    expect(answers(merged)).toBe(3);
    expect(merged.m).toBe(T0 + DAY);
    expect(merged.due).toBe(mine.due);
    // Importing what one already has changes nothing.
    expect(mergeImportedCard(mine, mine, T0 + DAY)).toBe(mine);
  });

  it('refuse un fichier étranger sans rien changer', () => {
    for (const text of ['', '{}', '[]', '{"format":"autre"}', 'pas du json']) expect(readBackup(text, new Set(), T0).ok).toBe(false);
  });
});

describe('14. export pour Anki', () => {
  const card = (id: string, type: AnkiCard['type'], ord: number, front: string, back: string): AnkiCard => ({ id, note: noteOf(id), type, ord, deck: 'docker', deckLabel: 'Docker', frontHtml: front, backHtml: back, tags: [] });
  const cards = [
    card('simple', 'basic', 1, '<p>Q ?</p>', '<p>R</p>'),
    card('sens', 'reversed', 1, '<p>image</p>', '<p>modèle</p>'),
    card('sens:r', 'reversed', 2, '<p>modèle</p>', '<p>image</p>'),
    card('port:c1', 'cloze', 1, '', '<p><code>-p <span class="cloze">8080</span>:<span class="cloze">80</span></code> publie</p>'),
    card('port:c2', 'cloze', 2, '', '<p><code>-p 8080:80</code> <span class="cloze">publie</span></p>'),
  ];

  it('un fichier par type de note, sans #notetype (les noms des types de note sont traduits par Anki)', () => {
    const basic = exportAnkiNotes(cards, 'basic').split('\n');
    const reversed = exportAnkiNotes(cards, 'reversed').split('\n');
    const cloze = exportAnkiNotes(cards, 'cloze').split('\n');
    for (const file of [basic, reversed, cloze]) {
      expect(file.slice(0, 5)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#deck column:4', '#tags column:5']);
      expect(file.some((l) => l.startsWith('#notetype'))).toBe(false);
    }
    expect(basic[5]!.split('\t').slice(0, 3)).toEqual(['cours-conteneurs-simple', '<p>Q ?</p>', '<p>R</p>']);
    expect(basic).toHaveLength(7);
    // One reversed note, from which Anki makes both cards.
    expect(reversed.slice(5, -1).map((l) => l.split('\t').slice(0, 3))).toEqual([['cours-conteneurs-inversee-sens', '<p>image</p>', '<p>modèle</p>']]);
    // One cloze note, its deletions numbered as the site's cards.
    expect(cloze.slice(5, -1).map((l) => l.split('\t')[1])).toEqual(['<p><code>-p {{c1::8080:80}}</code> {{c2::publie}}</p>']);
  });

  it('reconstruit une note à trous, ou renonce si les versos ne concordent pas', () => {
    expect(clozeNoteHtml([{ ord: 1, backHtml: 'a <span class="cloze">b</span> c' }, { ord: 2, backHtml: 'a b <span class="cloze">c</span>' }])).toBe('a {{c1::b}} {{c2::c}}');
    expect(clozeNoteHtml([{ ord: 1, backHtml: 'a <span class="cloze">b</span>' }, { ord: 2, backHtml: 'x <span class="cloze">b</span>' }])).toBeNull();
  });
});


describe('12. écrire vite', () => {
  it('le texte recousu après un changement est celui qu’écrirait serializeProgress', () => {
    const shared = new Shared();
    let now = T0;
    const a = new Tab(shared, () => now);
    for (const id of ['a', 'b', 'c', 'b', 'd', 'a']) {
      a.grade(id, 3);
      now += 60_000;
      expect(shared.data.get(KEY)).toBe(serializeProgress(a.progress));
    }
  });
});
