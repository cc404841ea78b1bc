// What the islands dispatch: grade, undo, suspend, reset, import, settings. Each asks the
// scheduler (scheduler.ts) and commits through state.ts (read, merge, change, write); the atoms
// tell every island. The undo stack holds this tab's grades, newest last, and lives in
// sessionStorage: a reload of the tab keeps it, another tab has its own.
import { atom } from 'nanostores';
import type { FSRS } from 'ts-fsrs';
import type { CardProgress, Grade } from './model.ts';
import { createScheduler, gradeCard, previewIntervals, resetCard, setSuspended, undoGrade } from './scheduler.ts';
import type { Settings } from './settings.ts';
import { $progress, $settings, commitCards, commitSettings, loadProgress, replaceProgress } from './state.ts';

export interface UndoStep {
  id: string;
  /** Time of the log entry the grade added. */
  t: number;
  grade: Grade;
}

export const UNDO_KEY = 'cours-conteneurs:v1:annulation';

function session(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The stack kept by this tab before a reload (invalid content: an empty stack). */
export function parseUndo(text: string | null): UndoStep[] {
  try {
    const raw: unknown = JSON.parse(text ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (s): s is UndoStep =>
        typeof s === 'object' && s !== null && typeof s.id === 'string' && Number.isSafeInteger(s.t) && [1, 2, 3, 4].includes(s.grade),
    ).slice(-200);
  } catch {
    return [];
  }
}

export const $undo = atom<UndoStep[]>(parseUndo(session()?.getItem(UNDO_KEY) ?? null));
$undo.listen((stack) => {
  try {
    session()?.setItem(UNDO_KEY, JSON.stringify(stack.slice(-200)));
  } catch {
    // No session storage: undo works until the tab is reloaded.
  }
});

let scheduler: { retention: number; weights: readonly number[] | undefined; f: FSRS } | null = null;

function fsrs(): FSRS {
  const { retention, weights } = $settings.get();
  if (!scheduler || scheduler.retention !== retention || scheduler.weights !== weights) scheduler = { retention, weights, f: createScheduler(retention, weights) };
  return scheduler.f;
}

let persistAsked = false;

/** Asks the browser once to keep this site's storage (navigator.storage.persist()) when studying starts. */
function askPersistence(): void {
  if (persistAsked) return;
  persistAsked = true;
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
  storage?.persist?.().catch(() => {});
}

/** The four intervals the buttons show for this card now (ms). Throws on a card ts-fsrs refuses (the review's error boundary catches it). */
export function intervalsFor(id: string, now = Date.now()): Record<Grade, number> {
  return previewIntervals(fsrs(), id, $progress.get().get(id), now);
}

/** Grades a card; returns its new state (null if it is suspended). The grade builds on the stored card: an answer given meanwhile in another tab is kept too. */
export function grade(id: string, g: Grade, now = Date.now()): CardProgress | null {
  let after: CardProgress | null = null;
  commitCards((card) => {
    const before = card(id);
    if (before?.susp) return [];
    after = gradeCard(fsrs(), id, before, g, now);
    return [[id, after]];
  }, now);
  if (!after) return null;
  const done = after as CardProgress;
  $undo.set([...$undo.get(), { id, t: done.log[done.log.length - 1]!.t, grade: g }]);
  askPersistence();
  return done;
}

export type UndoResult = { ok: true; step: UndoStep } | { ok: false; reason: 'vide' | 'modifiée' };

/** Undoes the last grade of this tab; refuses if the card changed since (another tab, a reset). */
export function undo(now = Date.now()): UndoResult {
  const stack = $undo.get();
  const step = stack[stack.length - 1];
  if (!step) return { ok: false, reason: 'vide' };
  $undo.set(stack.slice(0, -1));
  let done = false;
  commitCards((card) => {
    const p = card(step.id);
    const last = p?.log[p.log.length - 1];
    if (!p || !last || last.t !== step.t || last.r !== step.grade) return [];
    const before = undoGrade(fsrs(), step.id, p, now);
    if (!before) return [];
    done = true;
    return [[step.id, before]];
  }, now);
  return done ? { ok: true, step } : { ok: false, reason: 'modifiée' };
}

function changeEach(ids: readonly string[], change: (id: string, p: CardProgress | undefined, now: number) => CardProgress, at?: number): void {
  commitCards((card, now) => ids.map((id) => [id, change(id, card(id), now)] as [string, CardProgress]), at);
}

export function suspend(ids: readonly string[], suspended: boolean, now?: number): void {
  changeEach(ids, (_id, p, t) => setSuspended(p, suspended, t), now);
}

/** Back to new, the log kept. */
export function reset(ids: readonly string[], now?: number): void {
  changeEach(ids, (id, p, t) => resetCard(fsrs(), id, p, t), now);
}

/** « Fusionner » an import: each imported card merged into the stored one (merge.ts); see backup.ts. */
export function mergeCards(cards: ReadonlyMap<string, CardProgress>, merge: (mine: CardProgress | undefined, theirs: CardProgress, now: number) => CardProgress): void {
  commitCards((card, now) => [...cards].map(([id, p]) => [id, merge(card(id), p, now)] as [string, CardProgress]));
}

/** « Remplacer »: all progress replaced, in every open tab. */
export function replaceCards(progress: Map<string, CardProgress>, now = Date.now()): void {
  replaceProgress(progress, now);
  $undo.set([]);
}

export function saveSettings(settings: Settings): boolean {
  return commitSettings(settings);
}

export { loadProgress };
