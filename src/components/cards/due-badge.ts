// The header badge: the number of cards due today — « En cours » + « À réviser » of the deck
// list's « Tous les paquets » (queue.ts, one definition) — hidden when there is none. Only cards
// of the course count (course-ids.ts). It reads the
// page's shared atoms once a flashcard island has loaded them (and follows them live, through
// live.ts: nanostores stays out of every page), and
// otherwise counts from the stored text itself (due-count.ts, a chunk fetched only when progress
// is stored, read a slice per task), following other tabs' writes. Kept under 2 KB gzip: no
// Preact, no ts-fsrs, no storage slot. The same texts, read once per page, feed the
// countdown, the sidebar marks and the home page's « Reprendre » (resume/page-progress.ts), and
// the installed app's icon shows the same count.
import { LIVE_EVENT, SETTINGS_KEY, SRS_KEY } from '../../quiz/srs/live';
import countUrl from './due-count.ts?lazy';
import { COURSE_IDS_KEY, courseIds } from '../../quiz/srs/course-ids';
import { QUIZ_KEY, recordReading, showProgress, type Stored } from '../resume/page-progress';
import { READING_KEY } from '../../quiz/resume/reading';

const KEYS = [SRS_KEY, SETTINGS_KEY, COURSE_IDS_KEY, QUIZ_KEY, READING_KEY];

export function startDueBadges(): void {
  const badges = [...document.querySelectorAll<HTMLAnchorElement>('a[data-due-badge]')];
  const stored: Stored = {};
  const read = (key: string) => {
    try {
      stored[key] = localStorage.getItem(key);
    } catch {
      // Storage disabled: nothing to count or show.
      stored[key] = null;
    }
  };
  KEYS.forEach(read);
  let last = 0;
  const update = async () => {
    const now = Date.now();
    const seq = ++last;
    let n = 0;
    try {
      const ids = courseIds(stored[COURSE_IDS_KEY]!);
      const live = window.coursCartes;
      // Nothing stored (a first visit): nothing to read. Else the stored text is read by a chunk
      // of its own (due-count.ts), a slice per task.
      n = live?.loaded ? live.due(now, ids) : stored[SRS_KEY] ? await (await (import(/* @vite-ignore */ countUrl) as Promise<typeof import('./due-count')>)).countDue(stored[SRS_KEY], stored[SETTINGS_KEY]!, now, ids) : 0;
    } catch {
      // Unreadable, or the chunk unavailable: nothing to count.
    }
    // A later update (the island's count, another tab's write) came first: it is the one shown.
    if (seq !== last) return;
    for (const badge of badges) {
      badge.hidden = n === 0;
      badge.querySelector('[data-due-count]')!.textContent = String(n);
      badge.querySelector('[data-due-words]')!.textContent = n > 1 ? ' cartes' : ' carte';
    }
    // The installed app's icon (where the platform has it), cleared at 0.
    const nav = navigator as Navigator & { setAppBadge?: (n: number) => Promise<void>; clearAppBadge?: () => Promise<void> };
    (n ? nav.setAppBadge?.(n) : nav.clearAppBadge?.())?.catch(() => {});
    // The countdown and the sidebar marks in a task of their own: each piece stays short on a phone.
    setTimeout(showProgress, 0, stored, n, SETTINGS_KEY);
  };
  const refresh = () => {
    KEYS.forEach(read);
    update();
  };
  update();
  // A flashcard island publishes its atoms at each change; until it has read the storage, the
  // count would come from decoding the stored text again, as done above: wait for it.
  addEventListener(LIVE_EVENT, () => window.coursCartes?.loaded && update());
  // Another tab wrote one of the keys, or cleared the storage (key null).
  addEventListener('storage', (e) => (!e.key || KEYS.includes(e.key)) && refresh());
  // Back from the back/forward cache: other tabs' writes were missed.
  addEventListener('pageshow', (e) => e.persisted && refresh());
  setInterval(update, 60_000);
  setTimeout(recordReading);
}
