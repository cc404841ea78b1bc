// The learner's terminal progress in this browser: the site's storage slot under
// `cours-conteneurs:v1:terminal` (validated reads, unreadable scenarios set aside, refused writes
// survived) and one nanostores atom for the page. Every write reads, merges and writes, so that
// a tab restored from the back/forward cache never writes a stale copy; other tabs are merged.
import { atom } from 'nanostores';
import { createSlot, publishNotice, type Slot } from '../storage';
import {
  TERMINAL_KEY, TERMINAL_PROGRESS_VERSION, clampTerminalClock, emptyTerminalProgress, importedTerminal, mergeTerminalProgress,
  parseTerminalProgress, recordSteps, salvageTerminalProgress, type TerminalProgress,
} from './progress';

export const $terminalProgress = atom<TerminalProgress>(emptyTerminalProgress());

let slot: Slot<TerminalProgress> | null = null;

function terminalSlot(): Slot<TerminalProgress> {
  return createSlot<TerminalProgress>({
    key: TERMINAL_KEY,
    version: TERMINAL_PROGRESS_VERSION,
    parse: parseTerminalProgress,
    salvage: salvageTerminalProgress,
    empty: emptyTerminalProgress,
    label: 'votre progression dans le terminal d’entraînement',
  });
}

/** Reads the stored progress once per page. */
export function loadTerminalProgress(now = Date.now()): void {
  if (slot || typeof window === 'undefined') return;
  slot = terminalSlot();
  const { value, clamped } = clampTerminalClock(slot.load(), now);
  if (clamped) {
    publishNotice({
      id: `horloge:${TERMINAL_KEY}`,
      level: 'warning',
      message: 'Des étapes du terminal étaient datées de plus d’un jour dans le futur (horloge de l’appareil déréglée ?) : elles sont datées de maintenant.',
    });
  }
  $terminalProgress.set(value);
  slot.onExternalChange((theirs) => $terminalProgress.set(mergeTerminalProgress($terminalProgress.get(), theirs)));
}

/** Steps reached in a scenario: read → merge → write. */
export function saveTerminalSteps(scenario: string, steps: readonly string[], now = Date.now()): void {
  loadTerminalProgress(now);
  if (!slot) return;
  const { value } = slot.update((stored) => recordSteps(mergeTerminalProgress($terminalProgress.get(), stored), scenario, steps, now));
  $terminalProgress.set(value);
}

/** The progress as stored now (« Exporter ma progression »). */
export function storedTerminal(): TerminalProgress {
  return (slot ?? terminalSlot()).load();
}

/** Applies an imported progress; returns whether it reached storage. */
export function applyTerminalImport(imported: TerminalProgress, mode: 'fusionner' | 'remplacer'): boolean {
  const { value, stored } = (slot ?? terminalSlot()).update((current) => importedTerminal(current, imported, mode));
  $terminalProgress.set(value);
  return stored;
}
