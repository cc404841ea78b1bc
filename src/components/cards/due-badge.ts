// The header badge: the number of cards due today — « En cours » + « À réviser » of the deck
// list's « Tous les paquets » (queue.ts, one definition) — hidden when there is none. Only cards
// of the course count (course-ids.ts). It reads the
// page's shared atoms once a flashcard island has loaded them (and follows them live), and
// otherwise takes a quick look at localStorage itself, following other tabs' writes. Kept under
// 2 KB gzip: no Preact, no ts-fsrs, no storage slot.
import { $loaded, $progress, $settings, SETTINGS_KEY, SRS_KEY } from '../../quiz/srs/atoms';
import { dayOf } from '../../quiz/srs/day';
import { peekProgress, peekReviewLimit } from '../../quiz/srs/peek';
import { dueToday } from '../../quiz/srs/due';
import { COURSE_IDS_KEY, courseIds } from '../../quiz/srs/course-ids';

export function startDueBadges(): void {
  const badges = [...document.querySelectorAll<HTMLAnchorElement>('a[data-due-badge]')];
  if (!badges.length) return;
  const update = () => {
    const now = Date.now();
    let n = 0;
    try {
      const ids = courseIds(localStorage.getItem(COURSE_IDS_KEY));
      n = $loaded.get()
        ? dueToday($progress.get(), $settings.get().reviewsPerDay, now, ids)
        : dueToday(
            peekProgress(localStorage.getItem(SRS_KEY), dayOf(now).start),
            peekReviewLimit(localStorage.getItem(SETTINGS_KEY), $settings.get().reviewsPerDay),
            now,
            ids,
          );
    } catch {
      // Storage disabled: nothing to count.
    }
    for (const badge of badges) {
      badge.hidden = n === 0;
      badge.querySelector('[data-due-count]')!.textContent = String(n);
      badge.querySelector('[data-due-words]')!.textContent = n > 1 ? ' cartes' : ' carte';
    }
  };
  update();
  $progress.listen(update);
  $settings.listen(update);
  $loaded.listen(update);
  addEventListener('storage', (e) => {
    if (e.key === SRS_KEY || e.key === SETTINGS_KEY || e.key === null) update();
  });
  setInterval(update, 60_000);
}
