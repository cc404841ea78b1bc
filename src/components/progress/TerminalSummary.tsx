// « Terminal d'entraînement » on « Ma progression »: steps reached in each guided scenario, read
// from the terminal's own store (src/quiz/terminal/progress-store.ts), with a link to resume it.
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { withBase } from '../../lib/url';
import { terminalSummary } from '../../quiz/terminal/progress';
import { SCENARIO_CATALOGUE } from '../../quiz/terminal/scenarios/catalogue';
import { $terminalProgress, loadTerminalProgress } from '../../quiz/terminal/progress-store';

export function TerminalSummary() {
  const progress = useStore($terminalProgress);
  useEffect(() => loadTerminalProgress(), []);
  const rows = terminalSummary(progress);
  return (
    <ul class="prog-terminal">
      {rows.map((r) => {
        const section = SCENARIO_CATALOGUE.find((s) => s.id === r.scenario)?.section ?? '/pratique/travaux-pratiques/';
        const words = r.done === r.total ? 'terminé' : r.done === 0 ? 'pas commencé' : 'en cours';
        return (
          <li key={r.scenario}>
            <a href={withBase(section)}>{r.title}</a> : {r.done} / {r.total} étapes ({words})
          </li>
        );
      })}
    </ul>
  );
}
