// The last page read: its path, title and the section (h2) the reader had reached, kept under
// `cours-conteneurs:v1:lecture` for the home page's « Reprendre la lecture ». Every page records
// it (resume/page-progress.ts); only the home page reads it back (./home.ts), so the reading is
// apart and loads there only.

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

/** Whether a page (path without the base) is course text worth resuming. */
export const isReadingPage = (path: string): boolean => PATH.test(path) && !TOOLS.test(path);
