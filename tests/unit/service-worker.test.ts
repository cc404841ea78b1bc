import { describe, expect, it } from 'vitest';
import { serviceWorkerOptions } from '../../src/integrations/service-worker.mjs';

type Route = {
  urlPattern: (o: { request: { mode: string }; url: URL }) => boolean;
  handler: string | ((o: { url: URL }) => Promise<Response>);
};

const options = serviceWorkerOptions('/tmp/dist');
const [slash, navigation] = options.runtimeCaching as unknown as Route[];
const navigate = (href: string, mode = 'navigate') => ({ request: { mode }, url: new URL(href) });

describe('options du service worker', () => {
  it('précache les pages, les scripts et la recherche, pas les images de partage', () => {
    const globs = options.globPatterns!.join(' ');
    expect(globs).toContain('**/*.{html,woff2}');
    expect(globs).toContain('_astro/**/*');
    expect(globs).toMatch(/pagefind\/\{[^}]*fragment\/\*\.pf_fragment/);
    expect(globs).not.toMatch(/\bog\b|\*\*\/\*\.png/);
    expect(options.globIgnores).toContain('sw.js');
  });

  it('ignore toute chaîne de requête : ?ts= de Pagefind, ?graine= de l’examen', () => {
    const ignored = options.ignoreURLParametersMatching!;
    for (const param of ['ts', 'graine', 'paquet', 'utm_source']) expect(ignored.some((r) => r.test(param))).toBe(true);
  });

  it('attend « Recharger » pour activer une nouvelle version', () => {
    expect(options.skipWaiting).toBe(false);
    expect(options.navigateFallback ?? null).toBeNull();
    expect(options.cleanupOutdatedCaches).toBe(true);
  });

  it('ajoute la barre finale aux adresses de page qui n’en ont pas', async () => {
    expect(slash!.urlPattern(navigate('http://x/docker/volumes'))).toBe(true);
    expect(slash!.urlPattern(navigate('http://x/cours/docker/volumes?graine=1'))).toBe(true);
    expect(slash!.urlPattern(navigate('http://x/docker/volumes/'))).toBe(false);
    expect(slash!.urlPattern(navigate('http://x/robots.txt'))).toBe(false);
    expect(slash!.urlPattern(navigate('http://x/docker/volumes', 'cors'))).toBe(false);
    const handler = slash!.handler as (o: { url: URL }) => Promise<Response>;
    const response = await handler({ url: new URL('http://x/cours/docker/volumes?graine=1') });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('http://x/cours/docker/volumes/?graine=1');
  });

  it('ne répond par la page 404 qu’aux navigations, et seulement sans réseau', () => {
    expect(navigation!.handler).toBe('NetworkOnly');
    expect(navigation!.urlPattern(navigate('http://x/nulle-part/'))).toBe(true);
    expect(navigation!.urlPattern(navigate('http://x/pagefind/pagefind.js', 'cors'))).toBe(false);
  });

  it('sans réseau, une page absente du précache reçoit la page 404 avec le statut 404, pas 200', async () => {
    const plugin = (options.runtimeCaching![1]!.options as { plugins: { handlerDidError: () => Promise<Response | undefined> }[] }).plugins[0]!;
    const asked: string[] = [];
    const g = globalThis as unknown as Record<string, unknown>;
    g.self = { registration: { scope: 'https://cours.example.org/cours/' } };
    g.caches = {
      match: async (url: string, opts: { ignoreSearch?: boolean }) => {
        asked.push(`${url} ${opts.ignoreSearch}`);
        return new Response('<h1>Cette page n’existe pas.</h1>', { status: 200 });
      },
    };
    try {
      const response = await plugin.handlerDidError();
      expect(asked).toEqual(['https://cours.example.org/cours/404.html true']);
      expect(response!.status).toBe(404);
      expect(response!.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response!.text()).toContain('Cette page n’existe pas.');
      // Nothing in the cache (precache not finished): the browser's own error, no fake page.
      g.caches = { match: async () => undefined };
      expect(await plugin.handlerDidError()).toBeUndefined();
    } finally {
      delete g.self;
      delete g.caches;
    }
  });
});
