// What the islands dispatch: grade, undo, suspend, reset, import, settings. Each takes the
// page's state (state.ts), asks the scheduler (scheduler.ts) and commits the result; the
// atoms tell every island. The undo stack holds this page's grades, newest last.
import { atom } from 'nanostores';
import type { FSRS } from 'ts-fsrs';
import type { CardProgress, Grade } from './model.ts';
import { createScheduler, gradeCard, previewIntervals, resetCard, setSuspended, undoGrade } from './scheduler.ts';
import type { Settings } from './settings.ts';
import { $progress, $settings, commitProgress, commitSettings, loadProgress } from './state.ts';

export interface UndoStep {
  id: string;
  /** Time of the log entry the grade added. */
  t: number;
  grade: Grade;
}

export const $undo = atom<UndoStep[]>([]);

let scheduler: { retention: number; f: FSRS } | null = null;

function fsrs(): FSRS {
  const retention = $settings.get().retention;
  if (!scheduler || scheduler.retention !== retention) scheduler = { retention, f: createScheduler(retention) };
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

/** The four intervals the buttons show for this card now (ms). */
export function intervalsFor(id: string, now = Date.now()): Record<Grade, number> {
  return previewIntervals(fsrs(), id, $progress.get().get(id), now);
}

/** Grades a card; returns its new state (null if it is suspended). */
export function grade(id: string, g: Grade, now = Date.now()): CardProgress | null {
  loadProgress();
  const current = $progress.get();
  const before = current.get(id);
  if (before?.susp) return null;
  const after = gradeCard(fsrs(), id, before, g, now);
  const next = new Map(current);
  next.set(id, after);
  commitProgress(next);
  $undo.set([...$undo.get(), { id, t: after.log[after.log.length - 1]!.t, grade: g }]);
  askPersistence();
  return after;
}

export type UndoResult = { ok: true; step: UndoStep } | { ok: false; reason: 'vide' | 'modifiée' };

/** Undoes the last grade of this page; refuses if another tab changed that card since. */
export function undo(now = Date.now()): UndoResult {
  const stack = $undo.get();
  const step = stack[stack.length - 1];
  if (!step) return { ok: false, reason: 'vide' };
  $undo.set(stack.slice(0, -1));
  const current = $progress.get();
  const p = current.get(step.id);
  const last = p?.log[p.log.length - 1];
  if (!p || !last || last.t !== step.t || last.r !== step.grade) return { ok: false, reason: 'modifiée' };
  const before = undoGrade(fsrs(), step.id, p, now);
  if (!before) return { ok: false, reason: 'modifiée' };
  const next = new Map(current);
  next.set(step.id, before);
  commitProgress(next);
  return { ok: true, step };
}

function changeEach(ids: readonly string[], change: (id: string, p: CardProgress | undefined) => CardProgress): void {
  loadProgress();
  const next = new Map($progress.get());
  for (const id of ids) next.set(id, change(id, next.get(id)));
  commitProgress(next);
}

export function suspend(ids: readonly string[], suspended: boolean, now = Date.now()): void {
  changeEach(ids, (_id, p) => setSuspended(p, suspended, now));
}

/** Back to new, the log kept. */
export function reset(ids: readonly string[], now = Date.now()): void {
  changeEach(ids, (id, p) => resetCard(fsrs(), id, p, now));
}

/** Replaces all progress and settings with an import that passed validation. */
export function replaceAll(progress: Map<string, CardProgress>, settings: Settings): void {
  loadProgress();
  commitSettings(settings);
  commitProgress(progress);
  $undo.set([]);
}

export function saveSettings(settings: Settings): boolean {
  return commitSettings(settings);
}
