// The home page's « Reprendre » for a returning visitor, from the texts the badge script read
// (page-progress.ts): the last page read with its heading, the unfinished quiz at its next
// question, the cards due (the badge's count), the exam countdown. Nothing on a first visit.
import { countdownLabel } from '../../quiz/resume/countdown';
import { parseReading, peekUnfinished, readingHref } from '../../quiz/resume/home';
import { READING_KEY } from '../../quiz/resume/reading';
import { withBase } from '../../lib/url';
import { QUIZ_KEY, el, type Stored } from './page-progress';

function link(href: string, text: string): HTMLElement {
  const li = el('li');
  const a = li.appendChild(el('a', text)) as HTMLAnchorElement;
  a.href = withBase(href);
  return li;
}

export function showHome(stored: Stored, due: number, days: number | null): void {
  const home = document.querySelector<HTMLElement>('[data-reprendre]')!;
  // The titles of the quiz pages, given by Reprendre.astro.
  const titles = JSON.parse(home.dataset.titres ?? '{}') as Record<string, string>;
  const items: HTMLElement[] = [];
  const reading = parseReading(stored[READING_KEY] ?? null);
  if (reading) {
    items.push(link(readingHref(reading), `Reprendre la lecture : ${reading.title}${reading.heading ? ` — ${reading.heading.text}` : ''}`));
  }
  const unfinished = peekUnfinished(stored[QUIZ_KEY] ?? null);
  const title = unfinished && titles[unfinished.page];
  if (unfinished && title) items.push(link(`${unfinished.page}#testez-vous`, `Reprendre : ${title}, question ${unfinished.index + 1} / ${unfinished.total}`));
  if (due > 0) items.push(link('/revision/cartes/?paquet=tous', `${due} carte${due > 1 ? 's' : ''} à réviser`));
  if (days !== null) items.push(el('li', countdownLabel(days), 'reprendre-examen'));
  // Something to resume: the page that sums it all up comes last.
  if (items.length) items.push(link('/revision/progression/', 'Voir Ma progression'));
  home.querySelector('ul')!.replaceChildren(...items);
  home.hidden = !items.length;
}
