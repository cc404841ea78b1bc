// The home page's « Reprendre » for a returning visitor, from what the badge script read once
// (page-progress.ts sends it in an event): the last page read with its heading, the unfinished
// quiz at its next question, the cards due (the badge's count), the exam countdown. Nothing on a
// first visit. Imports nothing the badge script does, so that chapter pages load none of it.
import { parseReading, peekUnfinished, readingHref } from '../../quiz/resume/home';
import { withBase } from '../../lib/url';
import type { ProgressDetail } from './page-progress';

function item(text: string, href?: string): HTMLElement {
  const li = document.createElement('li');
  if (href) {
    const a = li.appendChild(document.createElement('a'));
    a.href = withBase(href);
    a.textContent = text;
  } else {
    li.textContent = text;
    li.className = 'reprendre-examen';
  }
  return li;
}

export function showHome(home: HTMLElement, { reading: readingText, quiz, due, exam }: ProgressDetail): void {
  // The titles of the quiz pages, given by Reprendre.astro.
  const titles = JSON.parse(home.dataset.titres ?? '{}') as Record<string, string>;
  const items: HTMLElement[] = [];
  const reading = parseReading(readingText);
  if (reading) items.push(item(`Reprendre la lecture : ${reading.title}${reading.heading ? ` — ${reading.heading.text}` : ''}`, readingHref(reading)));
  const unfinished = peekUnfinished(quiz);
  const title = unfinished && titles[unfinished.page];
  if (unfinished && title) items.push(item(`Reprendre : ${title}, question ${unfinished.index + 1} / ${unfinished.total}`, `${unfinished.page}#testez-vous`));
  if (due > 0) items.push(item(`${due} carte${due > 1 ? 's' : ''} à réviser`, '/revision/cartes/?paquet=tous'));
  if (exam) items.push(item(exam));
  // Something to resume: the page that sums it all up comes last.
  if (items.length) items.push(item('Voir Ma progression', '/revision/progression/'));
  home.querySelector('ul')!.replaceChildren(...items);
  home.hidden = !items.length;
}
