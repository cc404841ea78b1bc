// What every page shows of the learner's progress beside the header badge, from texts the badge
// script read once (due-badge.ts): the exam countdown of the header, a mark on each sidebar page
// whose quiz is done, what the home page's « Reprendre » needs (an event for ./home-block.ts,
// loaded there only); and the recorder of the last page read. No Preact: this ships on every page
// with the badge.
import { countdownLabel, examDaysLeft } from '../../quiz/resume/countdown';
import { peekScores } from '../../quiz/resume/quiz-peek';
import { READING_KEY, isReadingPage } from '../../quiz/resume/reading';

export const QUIZ_KEY = 'cours-conteneurs:v1:quiz';

/** The stored texts the page shows, by key (null: absent): every key is read once per page, then on other tabs' writes. */
export type Stored = Record<string, string | null>;

/**
 * Sent on the document after each update, with what the home page's « Reprendre » shows; the
 * latest is also kept in `window.coursProgression`, for a home script that starts after it.
 */
export const PROGRESS_EVENT = 'cours:progression';
declare global {
  interface Window {
    coursProgression?: ProgressDetail;
  }
}
export interface ProgressDetail {
  reading: string | null;
  quiz: string | null;
  /** Cards due today, the badge's count. */
  due: number;
  /** « Examen dans 12 j », or null without an exam date. */
  exam: string | null;
}

// Already normalised (`/` or `/cours/`) by astro.config.mjs; lib/url.ts would add a chunk to every page.
const ROOT = import.meta.env.BASE_URL;
/** `/cours/docker/volumes/` → `/docker/volumes/`. */
const sitePath = (pathname: string) => (pathname.startsWith(ROOT) ? `/${pathname.slice(ROOT.length)}` : pathname);
const $$ = (selector: string) => document.querySelectorAll<HTMLElement>(selector);

export function showProgress(stored: Stored, due: number, settingsKey: string): void {
  const days = examDaysLeft(stored[settingsKey]!, Date.now());
  for (const c of $$('[data-exam-countdown]')) {
    c.hidden = days === null;
    if (days !== null) {
      c.firstElementChild!.textContent = countdownLabel(days);
      c.lastElementChild!.textContent = days ? `J-${days}` : 'Jour J';
    }
  }

  const scores = peekScores(stored[QUIZ_KEY]!);
  for (const a of $$('.sidebar-content a[href]') as NodeListOf<HTMLAnchorElement>) {
    a.querySelector('.quiz-mark')?.remove();
    const s = scores.get(sitePath(a.pathname));
    if (!s) continue;
    const words = `Quiz fait : ${s.correct} / ${s.total}`;
    const full = s.correct === s.total;
    const mark = a.appendChild(document.createElement('span'));
    mark.className = full ? 'quiz-mark quiz-mark--plein' : 'quiz-mark';
    mark.title = words;
    // Numbers only: nothing to escape.
    mark.innerHTML = `<span aria-hidden="true">${full ? '✓' : '◐'} ${s.correct}/${s.total}</span><span class="sr-only"> (${words})</span>`;
  }

  // For the home page's block (Reprendre.astro's own script, which chapter pages do not load).
  const detail: ProgressDetail = { reading: stored[READING_KEY]!, quiz: stored[QUIZ_KEY]!, due, exam: days === null ? null : countdownLabel(days) };
  window.coursProgression = detail;
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail }));
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
