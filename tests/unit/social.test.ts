// The tags a chat or an e-mail reads when a teacher pastes a link (src/lib/social.ts).
import { describe, expect, it } from 'vitest';
import { chapterOf, completeHead, ogImageKey, ogSubtitle, siteUrl, type HeadTag } from '../../src/lib/social';

const starlightHead: HeadTag[] = [
  { tag: 'title', content: 'Volumes et montages liés | Cours Conteneurs' },
  { tag: 'link', attrs: { rel: 'canonical', href: 'https://cours.example.org/docker/volumes/' } },
  { tag: 'meta', attrs: { property: 'og:title', content: 'Volumes et montages liés' } },
  { tag: 'meta', attrs: { property: 'og:type', content: 'article' } },
  { tag: 'meta', attrs: { property: 'og:locale', content: 'fr' } },
  { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
];
const meta = (head: HeadTag[], key: string) =>
  head.filter((t) => t.attrs?.property === key || t.attrs?.name === key).map((t) => t.attrs?.content);

describe('siteUrl', () => {
  it('is absolute, at the root or under a sub-path, whatever the slashes', () => {
    expect(siteUrl('og/index.png', '/', 'https://cours.example.org')).toBe('https://cours.example.org/og/index.png');
    expect(siteUrl('og/docker/volumes.png', '/cours/', 'https://ecole.example')).toBe('https://ecole.example/cours/og/docker/volumes.png');
    expect(siteUrl('/sitemap-index.xml', '/cours', new URL('https://ecole.example/'))).toBe('https://ecole.example/cours/sitemap-index.xml');
  });
});

describe('images per page', () => {
  const known = new Set(['index', 'docker/volumes']);
  it('a page has its own image, the home page and the 404 page the site’s', () => {
    expect(ogImageKey('docker/volumes', known)).toBe('docker/volumes');
    expect(ogImageKey('', known)).toBe('index');
    expect(ogImageKey('404', known)).toBe('index');
  });
  it('names the chapter under the title', () => {
    expect(chapterOf('ecosysteme/orchestration')).toBe('L’écosystème');
    expect(ogSubtitle('docker/volumes')).toBe('Docker · Cours Conteneurs');
    expect(chapterOf('index')).toBeUndefined();
  });
});

describe('completeHead', () => {
  const image = { imageUrl: 'https://cours.example.org/og/docker/volumes.png', imageAlt: 'Volumes', isHome: false };
  it('adds the image with its size, and says fr_FR instead of fr', () => {
    const head = completeHead(starlightHead, image);
    expect(meta(head, 'og:locale')).toEqual(['fr_FR']);
    expect(meta(head, 'og:image')).toEqual([image.imageUrl]);
    expect(meta(head, 'og:image:width')).toEqual(['1200']);
    expect(meta(head, 'og:image:height')).toEqual(['630']);
    expect(meta(head, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(head, 'og:type')).toEqual(['article']);
  });
  it('keeps an og:image a page sets itself, and makes the home page a website', () => {
    const own: HeadTag = { tag: 'meta', attrs: { property: 'og:image', content: 'https://x/own.png' } };
    const head = completeHead([...starlightHead, own], { ...image, isHome: true });
    expect(meta(head, 'og:image')).toEqual(['https://x/own.png']);
    expect(meta(head, 'og:type')).toEqual(['website']);
  });
});
