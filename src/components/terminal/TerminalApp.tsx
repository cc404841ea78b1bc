// The « Terminal d’entraînement » once opened: a simulated Docker (src/quiz/terminal), the console,
// and for a guided scenario its steps. After every command the steps are checked against the
// simulated state (scenarios/index.ts `advance`); a step reached is recorded in the learner's
// progress. The session (Docker, steps of this run, history) survives a reload (session.ts).
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Sim } from '../../quiz/terminal';
import { advance, startScenario, type Scenario } from '../../quiz/terminal/scenarios';
import { $terminalProgress, loadTerminalProgress, saveTerminalSteps } from '../../quiz/terminal/progress-store';
import StorageNotice from '../StorageNotice';
import Console from './Console';
import Steps from './Steps';
import { sessionSlot, type Session } from './session';
import './terminal.css';

interface Props {
  /** A scenario id, or `libre` for the free mode. */
  id: string;
  /** The scenario's definition (none in free mode). */
  scenario: Scenario | undefined;
}

const freshSim = (scenario: Scenario | undefined) => startScenario(scenario);

function restore(slot: ReturnType<typeof sessionSlot>, scenario: Scenario | undefined): { sim: Sim; session: Session; note: string | null } {
  const saved = slot.load();
  if (saved) {
    try {
      return { sim: Sim.fromJSON(saved.sim, { seed: 1 }), session: saved, note: 'Session reprise là où vous l’aviez laissée (« Réinitialiser » pour repartir de zéro).' };
    } catch {
      return { sim: freshSim(scenario), session: { sim: null, done: [], history: [] }, note: 'La session enregistrée n’a pas pu être relue : le terminal repart de zéro.' };
    }
  }
  return { sim: freshSim(scenario), session: { sim: null, done: [], history: [] }, note: null };
}

export default function TerminalApp({ id, scenario }: Props) {
  const slot = useMemo(() => sessionSlot(id), [id]);
  const initial = useMemo(() => restore(slot, scenario), [slot]);
  const [sim, setSim] = useState(initial.sim);
  const [done, setDone] = useState<string[]>(() => (scenario ? initial.session.done.filter((s) => scenario.steps.some((x) => x.id === s)) : []));
  const [history, setHistory] = useState(initial.session.history);
  const [announcement, setAnnouncement] = useState('');
  const [generation, setGeneration] = useState(0);
  const progress = useStore($terminalProgress);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => loadTerminalProgress(), []);

  const persist = (s: Sim, d: string[], h: string[]) => slot.save({ sim: s.toJSON(), done: d, history: h });

  const onChange = (newHistory: string[]) => {
    setHistory(newHistory);
    let reached = done;
    if (scenario) {
      reached = advance(scenario, sim.state, done);
      const added = reached.filter((s) => !done.includes(s));
      if (added.length) {
        setDone(reached);
        saveTerminalSteps(scenario.id, added);
        const steps = added.map((s) => scenario.steps.findIndex((x) => x.id === s));
        const words = steps.map((i) => `Étape ${i + 1} réussie : ${scenario.steps[i]!.goal}`).join(' ');
        setAnnouncement(reached.length === scenario.steps.length ? `${words} Scénario terminé : toutes les étapes sont réussies.` : words);
      }
    }
    persist(sim, reached, newHistory);
  };

  const reset = () => {
    if (!window.confirm(scenario ? 'Recommencer ce scénario avec un Docker neuf ? Les étapes déjà réussies restent dans votre progression.' : 'Repartir d’un Docker vide ? Conteneurs, images et fichiers de cette session seront effacés.')) return;
    const fresh = freshSim(scenario);
    setSim(fresh);
    setDone([]);
    setAnnouncement('');
    setGeneration((g) => g + 1);
    persist(fresh, [], history);
  };

  /** « niveau 1 » of « Niveau 1 : Docker de base » (the space before « : » may be a no-break one). */
  const level = scenario?.title.split(/\s:\s/)[0]!.toLowerCase();
  const label = level ? `terminal du ${level}` : 'terminal';
  const welcome = [
    `${level ? `Docker simulé, prêt pour le ${level}.` : 'Docker simulé, vide : aucune image, aucun conteneur.'} Dossier de travail : ~/tp.`,
    ...(generation === 0 && initial.note ? [initial.note] : []),
  ];

  const next = scenario?.steps.findIndex((s) => !done.includes(s.id)) ?? -1;
  const goal = !scenario ? undefined : next < 0 ? 'Toutes les étapes sont réussies.' : `Étape ${next + 1} / ${scenario.steps.length} : ${scenario.steps[next]!.goal}`;

  return (
    <div class="term" ref={root}>
      <StorageNotice />
      {scenario && <Steps scenario={scenario} done={done} record={progress.scenarios[scenario.id] ?? {}} announcement={announcement} />}
      <Console key={generation} sim={sim} id={`terminal-${id}`} label={label} history={history} onChange={onChange} welcome={welcome} goal={goal} />
      <p class="term-reset">
        <button type="button" onClick={reset}>
          Réinitialiser
        </button>{' '}
        {scenario ? 'recommence le scénario avec un Docker neuf.' : 'repart d’un Docker vide.'}
      </p>
    </div>
  );
}
