// Internal links when the site is served from a sub-path (BASE_PATH=/cours/, see astro.config.mjs).
// The course content and the question banks write root-absolute links (`/docker/volumes/#…`);
// these helpers give them the base. Pure functions, unit-tested in tests/unit/url.test.ts.

/** `/cours` or `cours/` or `/cours/` → `/cours/`; `` or `/` → `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-absolute path on this site: one leading slash, not `//host` (protocol-relative). */
function isRootPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/**
 * `/docker/volumes/#les-volumes` → `/cours/docker/volumes/#les-volumes` when the base is
 * `/cours/`. Anything else is returned as it is: external or protocol-relative URLs, `#anchors`,
 * relative paths, and paths that already start with the base.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = normalizeBase(base);
  if (root === '/' || !isRootPath(path)) return path;
  const bare = root.slice(0, -1); // `/cours`
  if (path === bare || path.startsWith(root) || path.startsWith(`${bare}?`) || path.startsWith(`${bare}#`)) {
    return path;
  }
  return bare + path;
}

const ANCHOR_HREF = /(<a\b[^>]*?\shref=)(["'])(\/[^"']*)\2/gi;

/**
 * Gives the base to every root-absolute `href` of the `<a>` elements of a rendered page (the
 * links that Markdown content writes as `/docker/volumes/`). Links that Astro or Starlight
 * already built with the base, external and protocol-relative URLs are left alone.
 */
export function prefixInternalLinks(html: string, base: string = import.meta.env.BASE_URL): string {
  if (normalizeBase(base) === '/') return html;
  return html.replace(ANCHOR_HREF, (_m, start: string, quote: string, href: string) => `${start}${quote}${withBase(href, base)}${quote}`);
}
