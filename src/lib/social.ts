// What a page says about itself when its link is pasted in a chat or an e-mail: the Open Graph
// and Twitter tags Starlight does not emit (og:image and its size, og:locale fr_FR), and the
// name of the PNG generated for it at build (src/pages/og/[...slug].ts). Pure functions, used
// by src/starlight-route-data.ts and tested in tests/unit/social.test.ts.
import { CHAPTERS } from './chapters.mjs';

export const OG_IMAGE = { width: 1200, height: 630 } as const;
export const SITE_TITLE = 'Cours Conteneurs';

/** One `<head>` tag, as Starlight's route data holds them. */
export interface HeadTag {
  tag: 'title' | 'base' | 'link' | 'style' | 'meta' | 'script' | 'noscript' | 'template';
  attrs?: Record<string, string | boolean | undefined>;
  content?: string;
}

/** The chapter label of a page id (`docker/volumes` → `Docker`), or undefined (home, 404). */
export function chapterOf(id: string): string | undefined {
  const folder = id.split('/')[0];
  return CHAPTERS.find(([dir]) => dir === folder)?.[1];
}

/**
 * The key of a page's image: its collection id (`docker/volumes`), `index` for the home page. A
 * page without its own image (the 404 page, a page outside the docs collection) uses the home
 * page's.
 */
export function ogImageKey(id: string, known: ReadonlySet<string>): string {
  const key = id.replace(/(^|\/)index$/, '') || 'index';
  return known.has(key) ? key : 'index';
}

/** An absolute URL for `path` (relative to the site's root, no leading slash) under `base`. */
export function siteUrl(path: string, base: string, site: URL | string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${prefix}${path.replace(/^\//, '')}`, site).href;
}

/** The text drawn under the title of a page's image. */
export function ogSubtitle(id: string): string {
  const chapter = chapterOf(id);
  return chapter ? `${chapter} · ${SITE_TITLE}` : 'Des machines virtuelles à Kubernetes, en français';
}

/**
 * Completes Starlight's head: replaces `og:locale` (Starlight writes the page's `lang`, `fr`;
 * Open Graph wants `fr_FR`) and adds the image tags. Tags already present are kept.
 */
export function completeHead(
  head: HeadTag[],
  { imageUrl, imageAlt, isHome }: { imageUrl: string; imageAlt: string; isHome: boolean },
): HeadTag[] {
  const prop = (property: string, content: string): HeadTag => ({ tag: 'meta', attrs: { property, content } });
  const has = (key: string) => head.some((t) => t.tag === 'meta' && (t.attrs?.property === key || t.attrs?.name === key));
  const out = head.map((t) => {
    if (t.tag !== 'meta') return t;
    if (t.attrs?.property === 'og:locale') return prop('og:locale', 'fr_FR');
    if (isHome && t.attrs?.property === 'og:type') return prop('og:type', 'website');
    return t;
  });
  if (!has('og:locale')) out.push(prop('og:locale', 'fr_FR'));
  if (!has('og:image')) {
    out.push(
      prop('og:image', imageUrl),
      prop('og:image:type', 'image/png'),
      prop('og:image:width', String(OG_IMAGE.width)),
      prop('og:image:height', String(OG_IMAGE.height)),
      prop('og:image:alt', imageAlt),
    );
  }
  if (!has('twitter:card')) out.push({ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } });
  return out;
}
