import { describe, expect, it } from 'vitest';
import { normalizeBase, prefixInternalLinks, withBase } from '../../src/lib/url';

describe('chemin de base (BASE_PATH)', () => {
  it('normalise la base avec une barre oblique au début et à la fin', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('cours')).toBe('/cours/');
    expect(normalizeBase('/cours')).toBe('/cours/');
    expect(normalizeBase('/cours/')).toBe('/cours/');
    expect(normalizeBase('//a/b//')).toBe('/a/b/');
  });

  it('laisse les liens tels quels quand le site est à la racine', () => {
    expect(withBase('/docker/volumes/#les-volumes', '/')).toBe('/docker/volumes/#les-volumes');
    expect(withBase('/', '/')).toBe('/');
    // Vitest's import.meta.env.BASE_URL is `/`, like a build without BASE_PATH.
    expect(withBase('/docker/volumes/')).toBe('/docker/volumes/');
  });

  it('préfixe les chemins absolus du site par la base', () => {
    expect(withBase('/docker/volumes/#les-volumes', '/cours/')).toBe('/cours/docker/volumes/#les-volumes');
    expect(withBase('/', '/cours/')).toBe('/cours/');
    expect(withBase('/revision/examen/?graine=abc', '/cours')).toBe('/cours/revision/examen/?graine=abc');
    expect(withBase('/docker/', '/a/b/')).toBe('/a/b/docker/');
    // A path that only starts with the same letters is not already prefixed.
    expect(withBase('/coursier/', '/cours/')).toBe('/cours/coursier/');
  });

  it('ne préfixe ni deux fois, ni les adresses externes, ni les ancres, ni les chemins relatifs', () => {
    for (const href of [
      '/cours/docker/volumes/',
      '/cours/',
      '/cours',
      '/cours#haut',
      'https://docs.docker.com/',
      'http://localhost:8080/',
      '//cdn.example.org/x.js',
      '/\\evil.example.org',
      'mailto:prof@example.org',
      '#les-volumes',
      '../volumes/',
      'volumes/',
      '',
    ]) {
      expect(withBase(href, '/cours/')).toBe(href);
    }
  });

  it('préfixe les liens internes d’une page rendue, et eux seuls', () => {
    const html = [
      '<a href="/docker/volumes/">les volumes</a>',
      '<a class="x" href="/cours/docker/images/">déjà préfixé</a>',
      '<a href="https://kubernetes.io/">externe</a>',
      '<a href="//example.org/">protocole relatif</a>',
      '<a href="#ancre">ancre</a>',
      "<a data-x='1' href='/fondations/cgroups/#v2'>apostrophes</a>",
      '<link rel="stylesheet" href="/cours/_astro/a.css">',
      '<abbr title="/x">x</abbr>',
      '<span data-href="/docker/">données</span>',
      '<a\nhref="/compose/">retour à la ligne</a>',
    ].join('');
    const out = prefixInternalLinks(html, '/cours/');
    expect(out).toContain('<a href="/cours/docker/volumes/">');
    expect(out).toContain('<a class="x" href="/cours/docker/images/">');
    expect(out).toContain('<a href="https://kubernetes.io/">');
    expect(out).toContain('<a href="//example.org/">');
    expect(out).toContain('<a href="#ancre">');
    expect(out).toContain("<a data-x='1' href='/cours/fondations/cgroups/#v2'>");
    expect(out).toContain('<link rel="stylesheet" href="/cours/_astro/a.css">');
    expect(out).toContain('<abbr title="/x">');
    expect(out).toContain('<span data-href="/docker/">');
    expect(out).toContain('<a\nhref="/cours/compose/">');
    // Idempotent, and a no-op at the root.
    expect(prefixInternalLinks(out, '/cours/')).toBe(out);
    expect(prefixInternalLinks(html, '/')).toBe(html);
  });
});
