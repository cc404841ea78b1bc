// How a run of a guided scenario advances, and where it starts. Pure: the island calls `advance`
// after every command with the simulated state. Each scenario's definition (files, checks) is
// loaded on its own (`loadScenario`): a level's terminal downloads only its own files.
import { Sim, type SimOptions } from '../index';
import type { SimState } from '../state';
import { TP } from './checks';
import type { Scenario } from './types';

export type { Scenario, ScenarioStep } from './types';

const LOADERS: Record<string, () => Promise<Scenario>> = {
  'niveau-1': () => import('./niveau-1').then((m) => m.niveau1),
  'niveau-2': () => import('./niveau-2').then((m) => m.niveau2),
  'niveau-4': () => import('./niveau-4').then((m) => m.niveau4),
};

/** The scenario's full definition; undefined for an unknown id (the free mode). */
export const loadScenario = (id: string): Promise<Scenario | undefined> => LOADERS[id]?.() ?? Promise.resolve(undefined);


/** A fresh simulated host for a scenario (its files, its working directory), or for the free mode (none: empty Docker in ~/tp). */
export function startScenario(scenario: Scenario | undefined, options: SimOptions = {}): Sim {
  const sim = new Sim({ seed: 1, ...options });
  for (const [path, content] of Object.entries(scenario?.files ?? {})) sim.state.fs.write(path, content);
  sim.state.fs.mkdirp(scenario?.cwd ?? TP);
  sim.state.cwd = scenario?.cwd ?? TP;
  return sim;
}

/**
 * The steps done after a command, given those done before in this run. Steps are reached in
 * order: a step is checked only once every step before it is done (« le conteneur web est
 * supprimé » holds before it was ever created), and a step once done stays done for the run.
 * Returns the ids done now, in order.
 */
export function advance(scenario: Scenario, state: SimState, done: readonly string[]): string[] {
  const reached: string[] = [];
  for (const step of scenario.steps) {
    if (done.includes(step.id)) {
      reached.push(step.id);
      continue;
    }
    let ok = false;
    try {
      ok = step.check(state);
    } catch {
      // A check that cannot read the state is a step not reached, never a broken terminal.
    }
    if (!ok) break;
    reached.push(step.id);
  }
  return reached;
}
