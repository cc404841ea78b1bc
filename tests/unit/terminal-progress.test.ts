// The practice terminal's progress (src/quiz/terminal/progress.ts): validation of what is stored,
// merging of two tabs, the clock rule, the summary « Ma progression » reads, and its place in the
// all-progress backup (an older backup without it still imports; a bad one is refused whole).
import { describe, expect, it } from 'vitest';
// Node loads every on-demand part of the simulator at once (the page uses Sim.prepare).
import '../../src/quiz/terminal/eager';
import { exportAll, readBackup } from '../../src/quiz/backup';
import { emptyProgress, recordAnswer } from '../../src/quiz/quiz-progress';
import { gradeCard, createScheduler } from '../../src/quiz/srs/scheduler';
import { DEFAULT_SETTINGS } from '../../src/quiz/srs/settings';
import { createSlot, storageNotices } from '../../src/quiz/storage';
import {
  TERMINAL_KEY, clampTerminalClock, emptyTerminalProgress, importedTerminal, mergeTerminalProgress, parseTerminalProgress, recordSteps,
  salvageTerminalProgress, terminalSummary, type TerminalProgress,
} from '../../src/quiz/terminal/progress';
import { SCENARIO_CATALOGUE } from '../../src/quiz/terminal/scenarios/catalogue';

const DAY = 86_400_000;
const T0 = new Date(2026, 11, 6, 9).getTime();

describe('progression du terminal : format', () => {
  it('accepte le format enregistré et refuse ce qui n’en est pas', () => {
    const good = { scenarios: { 'niveau-1': { 'lancer-nginx': T0, 'supprimer-web': T0 + 1000 } } };
    expect(parseTerminalProgress(good)).toEqual(good);
    expect(parseTerminalProgress({ scenarios: {} })).toEqual(emptyTerminalProgress());
    for (const bad of [null, [], {}, { scenarios: [] }, { scenarios: { 'niveau-1': { 'lancer-nginx': 'hier' } } }, { scenarios: { 'Niveau 1': {} } },
      { scenarios: { 'niveau-1': { 'lancer-nginx': -5 } } }, { scenarios: { 'niveau-1': { 'lancer-nginx': 1.5 } } }, { scenarios: { 'niveau-1': [T0] } }]) {
      expect(parseTerminalProgress(bad)).toBeNull();
    }
  });

  it('d’une valeur abîmée, garde les scénarios lisibles et met les autres de côté (avec un avis)', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    data.set(TERMINAL_KEY, JSON.stringify({ scenarios: { 'niveau-1': { 'lancer-nginx': T0 }, 'niveau-2': { demarrer: 'n’importe quoi' } } }));
    const slot = createSlot<TerminalProgress>({ key: TERMINAL_KEY, version: 1, parse: parseTerminalProgress, salvage: salvageTerminalProgress, empty: emptyTerminalProgress, storage, events: null, now: () => T0 });
    expect(slot.load()).toEqual({ scenarios: { 'niveau-1': { 'lancer-nginx': T0 } } });
    const notice = storageNotices.get().find((n) => n.id === `illisible-partiel:${TERMINAL_KEY}`);
    expect(JSON.parse(notice!.download!.content)).toEqual({ scenarios: { 'niveau-2': { demarrer: 'n’importe quoi' } } });
    // The unreadable value is kept aside, never lost.
    expect(data.get(`${TERMINAL_KEY}:copie`)).toBe(data.get(TERMINAL_KEY));
  });
});

describe('progression du terminal : fusion et horloge', () => {
  it('deux onglets : l’union des étapes, chacune à sa première date', () => {
    const a = recordSteps(emptyTerminalProgress(), 'niveau-1', ['lancer-nginx'], T0 + 5000);
    const b = recordSteps(recordSteps(emptyTerminalProgress(), 'niveau-1', ['lancer-nginx'], T0), 'niveau-2', ['fichier-env'], T0 + 9000);
    const merged = mergeTerminalProgress(a, b);
    expect(merged).toEqual({ scenarios: { 'niveau-1': { 'lancer-nginx': T0 }, 'niveau-2': { 'fichier-env': T0 + 9000 } } });
    expect(mergeTerminalProgress(b, a)).toEqual(merged);
    // Nothing new: the same object, so that nobody writes for nothing.
    expect(mergeTerminalProgress(merged, a)).toBe(merged);
    // An étape déjà réussie garde sa première date.
    expect(recordSteps(merged, 'niveau-1', ['lancer-nginx'], T0 + DAY).scenarios['niveau-1']!['lancer-nginx']).toBe(T0);
  });

  it('une date de plus d’un jour dans le futur revient à maintenant', () => {
    const p = { scenarios: { 'niveau-1': { 'lancer-nginx': T0 + 3 * DAY, 'supprimer-web': T0 + 3600_000 } } };
    const { value, clamped } = clampTerminalClock(p, T0);
    expect(clamped).toBe(true);
    expect(value.scenarios['niveau-1']).toEqual({ 'lancer-nginx': T0, 'supprimer-web': T0 + 3600_000 });
    expect(clampTerminalClock(value, T0)).toEqual({ value, clamped: false });
  });

  it('import : « Fusionner » réunit, « Remplacer » prend le fichier', () => {
    const mine = recordSteps(emptyTerminalProgress(), 'niveau-1', ['lancer-nginx'], T0);
    const file = recordSteps(emptyTerminalProgress(), 'niveau-4', ['demarrer'], T0);
    expect(Object.keys(importedTerminal(mine, file, 'fusionner').scenarios)).toEqual(['niveau-1', 'niveau-4']);
    expect(importedTerminal(mine, file, 'remplacer')).toEqual(file);
  });
});

describe('progression du terminal : résumé pour « Ma progression »', () => {
  it('compte les étapes du cours, dans l’ordre du cours, sans les étapes inconnues', () => {
    let p = recordSteps(emptyTerminalProgress(), 'niveau-1', ['lancer-nginx', 'supprimer-web', 'etape-retiree'], T0);
    p = recordSteps(p, 'scenario-retire', ['x'], T0);
    const summary = terminalSummary(p);
    expect(summary.map((s) => s.scenario)).toEqual(SCENARIO_CATALOGUE.map((s) => s.id));
    expect(summary[0]).toEqual({ scenario: 'niveau-1', title: 'Niveau 1 : Docker de base', done: 2, total: 6 });
    expect(summary.slice(1).every((s) => s.done === 0 && s.total > 0)).toBe(true);
  });
});

describe('progression du terminal dans la sauvegarde', () => {
  const f = createScheduler(DEFAULT_SETTINGS.retention);
  const cards = new Map([['a', gradeCard(f, 'a', undefined, 3, T0)]]);
  const quiz = recordAnswer(emptyProgress(), 'q1', true, T0);
  const terminal = recordSteps(emptyTerminalProgress(), 'niveau-1', ['lancer-nginx', 'supprimer-web'], T0);

  it('part avec la sauvegarde complète et en revient', () => {
    const r = readBackup(exportAll(cards, DEFAULT_SETTINGS, quiz, T0, terminal), new Set(['a']), T0);
    expect(r.ok && r.backup.terminal).toEqual(terminal);
    expect(r.ok && r.backup.summary.terminalSteps).toBe(2);
  });

  it('une sauvegarde d’avant le terminal (sans partie « terminal ») s’importe toujours', () => {
    const old = JSON.parse(exportAll(cards, DEFAULT_SETTINGS, quiz, T0));
    expect('terminal' in old).toBe(false);
    const r = readBackup(JSON.stringify(old), new Set(['a']), T0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.backup.terminal).toBeNull();
    expect(r.backup.cards!.size).toBe(1);
    expect(r.backup.quiz!.questions.q1!.ok).toBe(true);
  });

  it('une partie « terminal » invalide fait refuser tout le fichier, avec un message clair', () => {
    const file = JSON.parse(exportAll(cards, DEFAULT_SETTINGS, quiz, T0, terminal));
    for (const bad of [{ scenarios: { 'niveau-1': { 'lancer-nginx': 'hier' } } }, 'rien', null]) {
      const r = readBackup(JSON.stringify({ ...file, terminal: bad }), new Set(['a']), T0);
      expect(r).toEqual({ ok: false, error: 'La progression du terminal d’entraînement de ce fichier est invalide.' });
    }
    const future = readBackup(JSON.stringify({ ...file, terminal: recordSteps(emptyTerminalProgress(), 'niveau-1', ['lancer-nginx'], T0 + 3 * DAY) }), new Set(['a']), T0);
    expect(future.ok).toBe(false);
  });

  it('accepte la copie de la progression du terminal mise de côté par le navigateur', () => {
    const r = readBackup(JSON.stringify(terminal), new Set(['a']), T0);
    expect(r.ok && r.backup.summary.kind).toBe('copie de la progression du terminal enregistrée dans le navigateur');
    expect(r.ok && r.backup.cards).toBeNull();
    expect(r.ok && r.backup.terminal).toEqual(terminal);
  });
});
