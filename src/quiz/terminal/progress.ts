// What the learner keeps of the « Terminal d’entraînement »: for each guided scenario, the steps
// reached and when (epoch ms). Pure functions; progress-store.ts persists them under
// `cours-conteneurs:v1:terminal` through the site's storage slot, and the progress backup
// (backup.ts) exports, validates and merges them with these same functions.
//
// Format (version 1): { scenarios: { "<scenario id>": { "<step id>": <done at, epoch ms> } } }.
// A step once reached stays reached: redoing a scenario replays the simulation, not the record.
// Merging two copies (tabs, import) is therefore a union that keeps the earliest date of a step.
import { CLOCK_SLACK_MS } from '../srs/model.ts';
import { SCENARIO_CATALOGUE } from './scenarios/catalogue.ts';

export const TERMINAL_PROGRESS_VERSION = 1;
export const TERMINAL_KEY = 'cours-conteneurs:v1:terminal';

export interface TerminalProgress {
  scenarios: Record<string, Record<string, number>>;
}

export const emptyTerminalProgress = (): TerminalProgress => ({ scenarios: {} });

/** Scenario and step ids: ASCII kebab-case, as every id of the site. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 80;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (id: string) => id.length <= MAX_ID && ID.test(id);
const isStamp = (t: unknown): t is number => typeof t === 'number' && Number.isInteger(t) && t > 0;

/** One scenario's record, or null if any part of it is invalid. */
function parseSteps(raw: unknown): Record<string, number> | null {
  if (!isRecord(raw)) return null;
  const steps: Record<string, number> = {};
  for (const [step, at] of Object.entries(raw)) {
    if (!isId(step) || !isStamp(at)) return null;
    steps[step] = at;
  }
  return steps;
}

/** Validates a stored or imported value; null when anything in it is invalid. */
export function parseTerminalProgress(raw: unknown): TerminalProgress | null {
  if (!isRecord(raw) || !isRecord(raw.scenarios)) return null;
  const scenarios: TerminalProgress['scenarios'] = {};
  for (const [id, value] of Object.entries(raw.scenarios)) {
    const steps = isId(id) ? parseSteps(value) : null;
    if (!steps) return null;
    scenarios[id] = steps;
  }
  return { scenarios };
}

/** For corrupt storage: keeps the valid scenarios, sets the invalid ones aside. */
export function salvageTerminalProgress(raw: unknown): { value: TerminalProgress; setAside: unknown; count: number } | null {
  if (!isRecord(raw) || !isRecord(raw.scenarios)) return null;
  const value = emptyTerminalProgress();
  const setAside: Record<string, unknown> = {};
  for (const [id, steps] of Object.entries(raw.scenarios)) {
    const ok = isId(id) ? parseSteps(steps) : null;
    if (ok) value.scenarios[id] = ok;
    else setAside[id] = steps;
  }
  const count = Object.keys(setAside).length;
  return { value, setAside: { scenarios: setAside }, count };
}

/** The union of two copies; a step reached in both keeps its earliest date. Returns `mine` when nothing changes. */
export function mergeTerminalProgress(mine: TerminalProgress, theirs: TerminalProgress): TerminalProgress {
  let changed = false;
  const scenarios = { ...mine.scenarios };
  for (const [id, steps] of Object.entries(theirs.scenarios)) {
    const merged = { ...(scenarios[id] ?? {}) };
    for (const [step, at] of Object.entries(steps)) {
      if (merged[step] === undefined || at < merged[step]!) {
        merged[step] = at;
        changed = true;
      }
    }
    scenarios[id] = merged;
  }
  return changed ? { scenarios } : mine;
}

/** Steps reached now. Steps already recorded keep their first date. */
export function recordSteps(progress: TerminalProgress, scenario: string, steps: readonly string[], now: number): TerminalProgress {
  return mergeTerminalProgress(progress, { scenarios: { [scenario]: Object.fromEntries(steps.map((s) => [s, now])) } });
}

/** A date more than a day ahead is a clock error: it comes back to `now` (true when something changed). */
export function clampTerminalClock(progress: TerminalProgress, now: number): { value: TerminalProgress; clamped: boolean } {
  let clamped = false;
  const scenarios = Object.fromEntries(
    Object.entries(progress.scenarios).map(([id, steps]) => [
      id,
      Object.fromEntries(
        Object.entries(steps).map(([step, at]) => {
          if (at <= now + CLOCK_SLACK_MS) return [step, at];
          clamped = true;
          return [step, now];
        }),
      ),
    ]),
  );
  return clamped ? { value: { scenarios }, clamped } : { value: progress, clamped };
}

/** The latest date in a copy (an import refuses a copy from the future). */
export function latestTerminalStamp(progress: TerminalProgress): number {
  return Math.max(0, ...Object.values(progress.scenarios).flatMap((steps) => Object.values(steps)));
}

/** Steps recorded, all scenarios together (steps the course no longer has included). */
export function countTerminalSteps(progress: TerminalProgress): number {
  return Object.values(progress.scenarios).reduce((n, steps) => n + Object.keys(steps).length, 0);
}

/**
 * For « Ma progression »: each guided scenario of the course, in the course's order, with the
 * number of its steps reached. Steps and scenarios the course no longer has are not counted.
 */
export function terminalSummary(progress: TerminalProgress): { scenario: string; title: string; done: number; total: number }[] {
  return SCENARIO_CATALOGUE.map(({ id, title, steps }) => {
    const reached = progress.scenarios[id] ?? {};
    return { scenario: id, title, done: steps.filter((s) => reached[s.id] !== undefined).length, total: steps.length };
  });
}

/** The progress after an import: « Fusionner » is the union, « Remplacer » takes the file's. */
export function importedTerminal(mine: TerminalProgress, imported: TerminalProgress, mode: 'fusionner' | 'remplacer'): TerminalProgress {
  return mode === 'fusionner' ? mergeTerminalProgress(mine, imported) : imported;
}
