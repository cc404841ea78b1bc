// A guided scenario: the catalogue entry (ids, title, goals) plus what the terminal needs to run
// it: the files put in the simulated file system, the working directory, and for each step its
// check over the simulated state, a hint and the course's commands.
import type { SimState } from '../state';
import type { ScenarioInfo, StepInfo } from './catalogue';

export interface ScenarioStep extends StepInfo {
  /** True when the simulated Docker is in the state the goal describes, whatever commands led there. */
  check: (state: SimState) => boolean;
  hint: string;
  /** The course's commands, one entry per command line (a here-document is one entry). */
  solution: readonly string[];
}

export interface Scenario extends Omit<ScenarioInfo, 'steps'> {
  /** One sentence said when the scenario opens. */
  intro: string;
  /** Starting files: absolute path → content. */
  files: Readonly<Record<string, string>>;
  /** The working directory at the start (absolute). */
  cwd: string;
  steps: readonly ScenarioStep[];
}
