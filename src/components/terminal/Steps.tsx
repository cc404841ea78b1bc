// The steps of a guided scenario beside the console: each goal with its state in words (« Réussie »,
// « En cours », « À faire ») as well as in colour, its hint and the course's solution on request,
// and a polite announcement when a step is reached. A step reached in an earlier run says so.
import type { Scenario } from '../../quiz/terminal/scenarios';

interface Props {
  scenario: Scenario;
  /** Reached in this run, in order. */
  done: readonly string[];
  /** Reached in any run (stored progress): step id → date. */
  record: Readonly<Record<string, number>>;
  announcement: string;
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

export default function Steps({ scenario, done, record, announcement }: Props) {
  const current = scenario.steps.findIndex((s) => !done.includes(s.id));
  return (
    <section class="term-steps" aria-labelledby={`etapes-${scenario.id}`}>
      <h3 id={`etapes-${scenario.id}`}>Étapes : {done.length} / {scenario.steps.length} réussies</h3>
      <p>{scenario.intro}</p>
      <ol>
        {scenario.steps.map((step, i) => {
          const state = done.includes(step.id) ? 'reussie' : i === current ? 'en-cours' : 'a-faire';
          const before = record[step.id];
          return (
            <li key={step.id} class={`term-step term-step--${state}`} aria-current={state === 'en-cours' ? 'step' : undefined}>
              <p class="term-step-goal">
                <span class="term-step-state">
                  <span aria-hidden="true">{state === 'reussie' ? '✓' : state === 'en-cours' ? '▸' : '○'}</span>{' '}
                  {state === 'reussie' ? 'Réussie' : state === 'en-cours' ? 'En cours' : 'À faire'}
                </span>{' '}
                {step.goal}
              </p>
              {state !== 'reussie' && before !== undefined && <p class="term-step-before">Déjà réussie le {dateFormat.format(before)}.</p>}
              <details>
                <summary>Indice</summary>
                <p>{step.hint}</p>
              </details>
              <details>
                <summary>Voir la solution</summary>
                <pre>
                  <code>{step.solution.join('\n')}</code>
                </pre>
              </details>
            </li>
          );
        })}
      </ol>
      <p class="term-announce" role="status">
        {announcement}
      </p>
    </section>
  );
}
