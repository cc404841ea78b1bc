// A terminal session survives a reload: the simulated Docker (Sim.toJSON), the steps reached in
// this run of the scenario and the command history, per scenario (`libre` for the free mode),
// in the site's storage slot under `cours-conteneurs:v1:terminal-session:<id>`. A session that
// cannot be read is set aside by the slot (with its notice) and the terminal starts afresh.
import { createSlot, type Slot } from '../../quiz/storage';

export interface Session {
  sim: unknown;
  /** Steps reached in this run, in order. */
  done: string[];
  /** Command lines typed, oldest first (at most HISTORY_MAX). */
  history: string[];
}

export const HISTORY_MAX = 200;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function parseSession(raw: unknown): Session | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { sim, done, history } = raw as Record<string, unknown>;
  if (sim === undefined || !isStrings(done) || !isStrings(history)) return null;
  return { sim, done, history: history.slice(-HISTORY_MAX) };
}

export function sessionSlot(id: string): Slot<Session | null> {
  return createSlot<Session | null>({
    key: `cours-conteneurs:v1:terminal-session:${id}`,
    version: 1,
    parse: parseSession,
    empty: () => null,
    label: 'votre session du terminal d’entraînement',
  });
}
