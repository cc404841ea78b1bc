// The terminal shows the engine's output as text, never as HTML. The one exception: a link to a
// page of this course (the engine's « Voir /docker/volumes/ » for a command it does not
// simulate) becomes a real link. Only paths of the course's chapters and full URLs of this very
// site are recognised; anything else (http://localhost:8080 in a curl, a path in an error) stays
// text. Pure: the island renders the segments.
import { CHAPTERS } from '../../lib/chapters.mjs';
import { withBase } from '../../lib/url';

export type Segment = { text: string; href?: string };

// Chapter folders are plain kebab-case words: nothing to escape.
const CHAPTER = CHAPTERS.map(([dir]) => dir).join('|');
// A root path of a chapter (`/docker/volumes/#les-volumes-nommés`), or an http(s) URL; after a space or a parenthesis only.
const CANDIDATE = new RegExp(`(?<=^|[\\s(])(?:/(?:${CHAPTER})/[^\\s<>"'«»]*|https?://[^\\s<>"'«»]+)`, 'gu');

/**
 * Splits `text` into plain segments and links. `origin`: this site's origin (a full URL is a link
 * only on it); `base`: the site's base path, added to root paths.
 */
export function linkify(text: string, origin: string, base = '/'): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    // Sentence punctuation after a link is not part of it.
    const raw = m[0].replace(/[.,;:!?)]+$/u, '');
    const href = target(raw, origin, base);
    if (!href) continue;
    if (m.index! > last) segments.push({ text: text.slice(last, m.index) });
    segments.push({ text: raw, href });
    last = m.index! + raw.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

function target(raw: string, origin: string, base: string): string | null {
  if (raw.startsWith('/')) return withBase(raw, base);
  try {
    const url = new URL(raw);
    return url.origin === origin && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : null;
  } catch {
    return null;
  }
}
