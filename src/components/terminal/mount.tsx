// Loaded on « Ouvrir le terminal » (TerminalLauncher.astro): Preact, the simulated Docker and the
// terminal, in one lazily loaded chunk that the service worker precaches for offline use.
import { render } from 'preact';
import { loadScenario } from '../../quiz/terminal/scenarios';
import TerminalApp from './TerminalApp';

export async function mountTerminal(host: HTMLElement, id: string): Promise<void> {
  const scenario = await loadScenario(id);
  render(<TerminalApp id={id} scenario={scenario} />, host);
}
