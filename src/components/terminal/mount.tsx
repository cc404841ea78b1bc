// Loaded on « Ouvrir le terminal » (TerminalLauncher.astro): Preact, the simulated Docker and the
// terminal, in one lazily loaded chunk that the service worker precaches for offline use.
import { render } from 'preact';
import TerminalApp from './TerminalApp';

export function mountTerminal(host: HTMLElement, id: string): void {
  render(<TerminalApp id={id} />, host);
}
