// What every page shows of the learner's progress beside the header badge, from texts the badge
// script read once (due-badge.ts): the exam countdown of the header, a mark on each sidebar page
// whose quiz is done, the home page's « Reprendre » block (./home-block.ts, loaded there only);
// and the recorder of the last page read. No Preact: this ships on every page with the badge.
import { countdownLabel, examDaysLeft, peekExamDate } from '../../quiz/resume/countdown';
import { peekScores } from '../../quiz/resume/quiz-peek';
import { READING_KEY, isReadingPage } from '../../quiz/resume/reading';
import { normalizeBase } from '../../lib/url';

export const QUIZ_KEY = 'cours-conteneurs:v1:quiz';

/** The stored texts the page shows, by key: read once per page, then on other tabs' writes. */
export type Stored = Record<string, string | null>;

const ROOT = normalizeBase(import.meta.env.BASE_URL);
/** `/cours/docker/volumes/` → `/docker/volumes/`. */
const sitePath = (pathname: string) => (pathname.startsWith(ROOT) ? `/${pathname.slice(ROOT.length)}` : pathname);
const $$ = (selector: string) => document.querySelectorAll<HTMLElement>(selector);

export function el(tag: string, text = '', className = ''): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = text;
  if (className) e.className = className;
  return e;
}

export function showProgress(stored: Stored, due: number, settingsKey: string): void {
  const days = examDaysLeft(peekExamDate(stored[settingsKey] ?? null), Date.now());
  for (const c of $$('[data-exam-countdown]')) {
    c.hidden = days === null;
    if (days !== null) {
      c.firstElementChild!.textContent = countdownLabel(days);
      c.lastElementChild!.textContent = days ? `J-${days}` : 'Jour J';
    }
  }

  const scores = peekScores(stored[QUIZ_KEY] ?? null);
  for (const a of $$('.sidebar-content a[href]') as NodeListOf<HTMLAnchorElement>) {
    a.querySelector('.quiz-mark')?.remove();
    const s = scores.get(sitePath(a.pathname));
    if (!s) continue;
    const words = `Quiz fait : ${s.correct} / ${s.total}`;
    const mark = a.appendChild(el('span', '', s.correct === s.total ? 'quiz-mark quiz-mark--plein' : 'quiz-mark'));
    mark.title = words;
    mark.append(el('span', `${s.correct === s.total ? '✓' : '◐'} ${s.correct}/${s.total}`), el('span', ` (${words})`, 'sr-only'));
    mark.firstElementChild!.setAttribute('aria-hidden', 'true');
  }

  // The home page's block, in its own chunk: chapter pages do not load it.
  if (document.querySelector('[data-reprendre]')) import('./home-block').then((m) => m.showHome(stored, due, days)).catch(() => {});
}

/** Records this page (title, then the h2 scrolled to) as the last one read. */
export function recordReading(): void {
  const path = sitePath(location.pathname);
  const title = document.querySelector('h1')?.textContent?.trim();
  if (!isReadingPage(path) || !title || !document.documentElement.hasAttribute('data-has-sidebar')) return;
  let heading: { id: string; text: string } | undefined;
  let timer = 0;
  const save = () => {
    try {
      localStorage.setItem(READING_KEY, JSON.stringify({ path, title, heading, at: Date.now() }));
    } catch {
      // No storage: nothing to resume later, the page works the same.
    }
  };
  save();
  const headings = [...$$('.sl-markdown-content h2[id]')];
  // Called when a heading enters or leaves the top third of the screen; saved at most once a second.
  const seen = () => {
    const h = headings.filter((h) => h.getBoundingClientRect().top < innerHeight / 3).pop();
    heading = h ? { id: h.id, text: h.textContent!.trim() } : undefined;
    clearTimeout(timer);
    timer = setTimeout(save, 1000) as unknown as number;
  };
  const observer = new IntersectionObserver(seen, { rootMargin: '0px 0px -66% 0px' });
  for (const h of headings) observer.observe(h);
}
