// The script of /revision/quiz/ (QuizList.astro): once the page is idle, reads the learner's quiz
// progress from the store and writes it into the cards and totals that differ from what the
// server rendered (nothing at all for a learner who has not started), then follows changes
// (another tab). The storage notices and the quiz of one section (`?section=…`) need Preact:
// ./quiz-list-mount.tsx is downloaded only when one of them has something to show.
import { $quizProgress, loadQuizProgress } from '../../quiz/quiz-store';
import { quizCard, summaryText, type QuizListEntry } from '../../quiz/quiz-list';
import type { QuizProgress } from '../../quiz/quiz-progress';
import { sectionParam } from '../../quiz/resume/section';
import { storageNotices } from '../../quiz/storage';
import { whenIdle } from '../../lib/idle';

const list = document.querySelector<HTMLElement>('[data-quiz-list]');
const mounts = () => import('./quiz-list-mount');

/** Sets a text only when it changes: no style or layout work for what is already right. */
function setText(el: Element | null, text: string) {
  if (el && el.textContent !== text) el.textContent = text;
}

function writeCard(li: HTMLElement, progress: QuizProgress) {
  const page = li.dataset.quiz!;
  const view = quizCard(progress.quizzes[page]);
  const kind = view.status.kind;
  const status = li.querySelector('.quiz-card-status')!;
  const key = `${kind} ${view.answered ?? ''}`;
  if (status.getAttribute('data-state') !== key && !(kind === 'todo' && !status.hasAttribute('data-state'))) {
    status.setAttribute('data-state', key);
    li.className = `quiz-card is-${kind}`;
    if (kind === 'todo') status.textContent = 'Pas encore fait';
    else {
      const strong = document.createElement('strong');
      strong.textContent = kind === 'done' ? 'Terminé' : 'En cours';
      status.replaceChildren(strong);
      if (kind === 'in-progress') {
        const link = li.querySelector<HTMLAnchorElement>('.quiz-card-title a')!;
        const resume = document.createElement('a');
        resume.className = 'quiz-button quiz-resume';
        resume.setAttribute('href', link.getAttribute('href')!);
        const hidden = document.createElement('span');
        hidden.className = 'sr-only';
        hidden.textContent = ` le quiz « ${link.textContent!.trim()} »`;
        resume.append('Reprendre', hidden);
        status.append(` : ${view.answered} `, resume);
      }
    }
  }
  setText(li.querySelector('[data-quiz-best]'), view.best);
  setText(li.querySelector('[data-quiz-last]'), view.last);
}

function write(progress: QuizProgress) {
  if (!list) return;
  const cards = [...list.querySelectorAll<HTMLElement>('li[data-quiz]')];
  const entries = new Map<string, QuizListEntry>(
    cards.map((li) => [li.dataset.quiz!, { page: li.dataset.quiz!, title: '', count: Number(li.dataset.count) }]),
  );
  for (const li of cards) writeCard(li, progress);
  for (const p of list.querySelectorAll<HTMLElement>('[data-quiz-summary]')) {
    const pages = p.dataset.quizSummary ? p.dataset.quizSummary.split(' ') : [...entries.keys()];
    setText(p, summaryText(pages.map((page) => entries.get(page)!), progress));
  }
  list.dataset.ready = '';
}

function start() {
  loadQuizProgress();
  $quizProgress.subscribe(write);
  // A notice (progress set aside, storage refused) mounts the component that shows it.
  const notices = list?.querySelector<HTMLElement>('[data-quiz-notices]');
  let mounted = false;
  const showNotices = (value: readonly unknown[]) => {
    if (mounted || value.length === 0 || !notices) return;
    mounted = true;
    void mounts().then((m) => m.mountNotices(notices));
  };
  showNotices(storageNotices.get());
  storageNotices.listen(showNotices);
}

// The quiz of one section, above the list, only when the address asks for it.
const section = document.querySelector<HTMLElement>('[data-section-quiz]');
if (section && sectionParam(location.search)) {
  mounts().then(
    (m) => m.mountSectionQuiz(section),
    () => {
      const p = document.createElement('p');
      p.className = 'data-file-status data-file-error';
      p.setAttribute('role', 'alert');
      p.textContent = 'Le quiz de cette section n’a pas pu être chargé : vérifiez la connexion, puis rechargez la page.';
      section.append(p);
    },
  );
}

whenIdle(start);
