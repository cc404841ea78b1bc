// What a section-limited session reads: the questions of a section and its heading, both from
// the hashed data files (src/quiz/data-files.ts: the questions, and the course's outline), which
// the service worker precaches with their manifest.
import type { Question } from '../../quiz/questions';
import { loadData } from '../../quiz/data-files';
import { withBase } from '../../lib/url';

/** The heading of a section (« Les volumes nommés »), or null when it cannot be had (offline before the first visit). */
export async function sectionHeading(section: string): Promise<string | null> {
  // A whole page (no `#`) has no heading of its own: the caller names it by the page's title.
  if (!section.includes('#')) return null;
  try {
    const [course] = await loadData('cours', withBase('/'));
    return course?.sections.find((s) => s.path === section)?.title ?? null;
  } catch {
    return null;
  }
}

/** The questions of every bank that ask about `section`. */
export async function sectionQuestions(section: string): Promise<Question[]> {
  return (await loadData('questions', withBase('/'))).filter((q) => q.section === section);
}
