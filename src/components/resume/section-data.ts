// What a section-limited session fetches (built by src/pages/revision/…json.ts, precached by the
// service worker): the headings of the sections, and the questions of a chapter.
import type { Question } from '../../quiz/questions';
import { chapterOfSection } from '../../quiz/resume/section';
import { withBase } from '../../lib/url';

async function json<T>(path: string): Promise<T> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${path} : ${response.status}`);
  return (await response.json()) as T;
}

let headings: Promise<Record<string, string>> | null = null;

/** The heading of a section (« Les volumes nommés »), or null when it cannot be had (offline before the first visit). */
export async function sectionHeading(section: string): Promise<string | null> {
  headings ??= json<Record<string, string>>('/revision/sections.json');
  try {
    return (await headings)[section] ?? null;
  } catch {
    headings = null;
    return null;
  }
}

/** The questions of every bank that ask about `section`. */
export async function sectionQuestions(section: string): Promise<Question[]> {
  const questions = await json<Question[]>(`/revision/quiz/questions/${chapterOfSection(section)}.json`);
  return questions.filter((q) => q.section === section);
}
