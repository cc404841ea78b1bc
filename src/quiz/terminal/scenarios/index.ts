// The guided scenarios, and how a run of one advances. Pure: the island calls `advance` after
// every command with the simulated state.
import { Sim, type SimOptions } from '../index';
import type { SimState } from '../state';
import { niveau1 } from './niveau-1';
import { niveau2 } from './niveau-2';
import { niveau4 } from './niveau-4';
import { TP } from './checks';
import type { Scenario } from './types';

export type { Scenario, ScenarioStep } from './types';

export const SCENARIOS: readonly Scenario[] = [niveau1, niveau2, niveau4];

export const scenarioById = (id: string) => SCENARIOS.find((s) => s.id === id);


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
