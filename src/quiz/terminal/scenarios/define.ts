// Joins a catalogue entry (ids, goals) and its definitions (checks, hints, solutions), so that the
// goals are written once and a step cannot lack its check.
import type { ScenarioInfo } from './catalogue';
import type { Scenario, ScenarioStep } from './types';

type StepDefinition = Omit<ScenarioStep, 'id' | 'goal'>;

export function withChecks(
  info: ScenarioInfo,
  def: { intro: string; files: Record<string, string>; cwd: string; steps: Record<string, StepDefinition> },
): Scenario {
  const extra = Object.keys(def.steps).filter((id) => !info.steps.some((s) => s.id === id));
  if (extra.length) throw new Error(`Scénario ${info.id} : étapes absentes du catalogue : ${extra.join(', ')}`);
  const steps = info.steps.map((s) => {
    const d = def.steps[s.id];
    if (!d) throw new Error(`Scénario ${info.id} : l’étape ${s.id} n’a pas de vérification`);
    return { ...s, ...d };
  });
  return { ...info, intro: def.intro, files: def.files, cwd: def.cwd, steps };
}
