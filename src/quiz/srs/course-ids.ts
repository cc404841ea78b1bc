// The study card ids of the course, remembered by the flashcards page for the header badge of the
// other pages (which do not load the cards): progress kept for an id the course no longer has
// (a renamed card) stays stored, harmless, and is counted nowhere.
export const COURSE_IDS_KEY = 'cours-conteneurs:v1:cartes-du-cours';

export function rememberCourseIds(ids: readonly string[]): void {
  try {
    const text = ids.join(' ');
    if (localStorage.getItem(COURSE_IDS_KEY) !== text) localStorage.setItem(COURSE_IDS_KEY, text);
  } catch {
    // No storage: the badge counts what it finds.
  }
}

/** The remembered ids, or null before the flashcards page was first opened. */
export function courseIds(text: string | null): Set<string> | null {
  return text ? new Set(text.split(' ')) : null;
}

/** Only the cards of the course (all of them when the course is not known). */
export function onlyCourse<T>(progress: ReadonlyMap<string, T>, ids: ReadonlySet<string> | null): ReadonlyMap<string, T> {
  if (!ids) return progress;
  let all = true;
  for (const id of progress.keys()) if (!ids.has(id)) all = false;
  return all ? progress : new Map([...progress].filter(([id]) => ids.has(id)));
}
