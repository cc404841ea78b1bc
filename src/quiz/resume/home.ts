// What the home page's « Reprendre » reads back: the last page read (validated: a read never
// throws, anything unexpected is « nothing read yet »), and the page quiz left unfinished most
// recently in the stored quiz progress. Loaded by the home page only.
import type { Reading } from './reading.ts';

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 300;
// The recorder writes course pages only; a path is checked for its shape, not looked up.
const PATH = /^\/(?:[a-z0-9-]+\/)+$/;
const n = (v: unknown): v is number => typeof v === 'number' && v >= 0;

export function parseReading(raw: string | null): Reading | null {
  try {
    const r = JSON.parse(raw ?? '') as Partial<Reading>;
    const h = r.heading;
    if (!text(r.path) || !PATH.test(r.path) || !text(r.title) || typeof r.at !== 'number' || !(r.at >= 0)) return null;
    return { path: r.path, title: r.title, at: r.at, ...(h && text(h.id) && text(h.text) ? { heading: { id: h.id, text: h.text } } : {}) };
  } catch {
    return null;
  }
}

/** The address to go back to: the page, at its heading when there is one. */
export const readingHref = (r: Reading): string => r.path + (r.heading ? `#${r.heading.id}` : '');

/** The page quiz left unfinished most recently: question `index + 1` of `total` comes next. */
export function peekUnfinished(quizText: string | null): { page: string; index: number; total: number } | null {
  let unfinished = null;
  let newest = -1;
  try {
    const quizzes = (JSON.parse(quizText ?? '') as { quizzes?: Record<string, Record<string, unknown>> }).quizzes ?? {};
    for (const page of Object.keys(quizzes)) {
      const q = quizzes[page];
      const s = q?.session as { phase?: unknown; index?: unknown; order?: unknown; results?: unknown; round?: unknown } | null;
      const order = s?.order;
      // Page quizzes only (the exam and section quizzes have other ids); started means a question
      // answered or passed, as quizStatus says (quiz-progress.ts).
      if (page.startsWith('/') && s && s.phase !== 'results' && Array.isArray(order) && n(s.index) && s.index < order.length &&
        n(q!.updatedAt) && q!.updatedAt > newest && (s.index > 0 || Number(s.round) > 1 || Object.keys(s.results ?? {}).length > 0)) {
        newest = q!.updatedAt;
        unfinished = { page, index: s.index, total: order.length };
      }
    }
  } catch {
    return null;
  }
  return unfinished;
}
