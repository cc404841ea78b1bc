// The last page read: its path, title and the section (h2) the reader had reached, kept under
// `cours-conteneurs:v1:lecture` for the home page's « Reprendre la lecture ». A read validates
// and never throws: anything unexpected is read as « nothing read yet ».

export const READING_KEY = 'cours-conteneurs:v1:lecture';

export interface Reading {
  /** Site path without the base: `/docker/volumes/`. */
  path: string;
  title: string;
  /** The h2 reached, when the reader scrolled past one. */
  heading?: { id: string; text: string };
  /** Epoch ms. */
  at: number;
}

const PATH = /^\/(?:[a-z0-9-]+\/)+$/;
// Pages that are tools, not reading: resuming them means nothing.
const TOOLS = /^\/(?:revision\/(?:cartes|quiz|examen|progression)|pratique\/terminal)\/$/;
const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 300;

/** Whether a page (path without the base) is course text worth resuming. */
export const isReadingPage = (path: string): boolean => PATH.test(path) && !TOOLS.test(path);

export function parseReading(raw: string | null): Reading | null {
  try {
    const r = JSON.parse(raw ?? '') as Partial<Reading>;
    const h = r.heading;
    if (!text(r.path) || !isReadingPage(r.path) || !text(r.title) || typeof r.at !== 'number' || !(r.at >= 0)) return null;
    return { path: r.path, title: r.title, at: r.at, ...(h && text(h.id) && text(h.text) ? { heading: { id: h.id, text: h.text } } : {}) };
  } catch {
    return null;
  }
}

/** The address to go back to: the page, at its heading when there is one. */
export const readingHref = (r: Reading): string => r.path + (r.heading ? `#${r.heading.id}` : '');
