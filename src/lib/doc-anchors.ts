// The pages of the course and the heading ids each one offers, read from the MDX sources the
// way Starlight slugs them (github-slugger over the heading's text). The quiz and flashcard
// collections use it to refuse a `section` that points nowhere, before anything is built.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';

/** Page path (`/docker/volumes/`) → the ids of its headings. */
export type DocAnchors = Map<string, Set<string>>;

/** The text a reader sees in a Markdown heading: code, emphasis and link syntax removed. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+\{#[^}]+\}\s*$/, '')
    .trim();
}

/** Heading ids of one MDX page, in order; fenced code is skipped (its `#` lines are comments). */
export function anchorsOfPage(source: string): string[] {
  return headingsOfPage(source).map((h) => h.id);
}

/** Headings of one MDX page, in order: id and the text a reader sees. */
export function headingsOfPage(source: string): { id: string; text: string }[] {
  const slugger = new GithubSlugger();
  const ids: { id: string; text: string }[] = [];
  let fence: string | null = null;
  for (const line of source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1].startsWith(fence[0]) && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (fence) continue;
    const h = /^(#{2,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      const custom = /\{#([^}]+)\}\s*$/.exec(h[2]);
      const text = headingText(h[2]);
      ids.push({ id: custom ? custom[1] : slugger.slug(text), text });
    }
  }
  return ids;
}

/** Every MDX page under `docsDir` as its path (`index.mdx` is `/`) and source text. */
function readDocPages(docsDir: string): [path: string, source: string][] {
  const pages: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) {
        const slug = relative(docsDir, full).split(sep).join('/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
        pages.push([slug ? `/${slug}/` : '/', readFileSync(full, 'utf8')]);
      }
    }
  };
  walk(docsDir);
  return pages;
}

/** Every page under `docsDir` with its anchors. */
export function readDocAnchors(docsDir = 'src/content/docs'): DocAnchors {
  return new Map(readDocPages(docsDir).map(([path, source]) => [path, new Set(anchorsOfPage(source))]));
}

/**
 * Why a `section` (`/docker/volumes/#les-volumes-nommés`) does not point to a page and heading of
 * the course, in French; `null` when it does.
 */
export function sectionProblem(section: string, anchors: DocAnchors): string | null {
  const m = /^(\/(?:[a-z0-9-]+\/)+)(?:#(.+))?$/.exec(section);
  if (!m) return `« ${section} » n’est pas de la forme /chapitre/page/#titre`;
  const page = anchors.get(m[1]);
  if (!page) return `la page ${m[1]} n’existe pas`;
  if (m[2] && !page.has(m[2])) return `la page ${m[1]} n’a pas de titre d’ancre #${m[2]}`;
  return null;
}

/** Page path → heading id → heading text (« Ma progression » names the sections). */
export function readDocHeadings(docsDir = 'src/content/docs'): Map<string, Map<string, string>> {
  return new Map(readDocPages(docsDir).map(([path, source]) => [path, new Map(headingsOfPage(source).map((h) => [h.id, h.text]))]));
}

/** Page path → its frontmatter title, for « Relire la section : <titre> ». */
export function readDocTitles(docsDir = 'src/content/docs'): Map<string, string> {
  return new Map(
    readDocPages(docsDir).map(([path, source]) => [
      path,
      /^title:\s*(.+)$/m.exec(source)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2') ?? path,
    ]),
  );
}
