import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serviceWorkerOptions } from '../../src/integrations/service-worker.mjs';
import { precompress } from '../../src/integrations/precompress.mjs';

type Route = {
  urlPattern: (o: { request: { mode: string }; url: URL }) => boolean;
  handler: string | ((o: { url: URL }) => Promise<Response>);
};

const options = serviceWorkerOptions('/tmp/dist');
const [slash, navigation] = options.runtimeCaching as unknown as Route[];
const navigate = (href: string, mode = 'navigate') => ({ request: { mode }, url: new URL(href) });

describe('options du service worker', () => {
  it('précache les scripts et la recherche, pas les images de partage ; pages et fragments viennent du paquet', () => {
    const globs = options.globPatterns!.join(' ');
    expect(globs).toContain('**/*.woff2');
    expect(globs).toContain('_astro/**/*');
    expect(globs).toMatch(/pagefind\/\{[^}]*index\/\*\.pf_index/);
    // In the offline pack (precache-pack.mjs), not one file each.
    expect(globs).not.toContain('pf_fragment');
    expect(globs).not.toMatch(/html/);
    expect(options.globIgnores).toContain('hors-ligne/**');
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

  it('ne traite que les navigations', () => {
    expect(navigation!.urlPattern(navigate('http://x/nulle-part/'))).toBe(true);
    expect(navigation!.urlPattern(navigate('http://x/pagefind/pagefind.js', 'cors'))).toBe(false);
  });
});

describe('pages précachées en gzip', () => {
  const SCOPE = 'https://cours.example.org/cours/';
  const PAGE = '<!doctype html><html lang="fr"><h1>Volumes et montages liés</h1></html>';
  const CSP = "default-src 'self'";
  type Stored = Record<string, Response>;
  /** Cache Storage as Workbox leaves it: revisioned keys, bodies as the server sent them. */
  function install(stored: Stored, network: () => Promise<Response>) {
    const asked: string[] = [];
    const g = globalThis as unknown as Record<string, unknown>;
    const saved = { fetch: g.fetch };
    g.self = { registration: { scope: SCOPE } };
    g.caches = {
      match: async (url: string, opts: { ignoreSearch?: boolean }) => {
        asked.push(`${url} ${opts.ignoreSearch}`);
        const key = Object.keys(stored).find((k) => (opts.ignoreSearch ? k.split('?')[0] === url : k === url));
        return key ? stored[key]!.clone() : undefined;
      },
    };
    g.fetch = network;
    return {
      asked,
      restore() {
        delete g.self;
        delete g.caches;
        g.fetch = saved.fetch;
      },
    };
  }
  const gz = (html: string, headers: Record<string, string> = {}) =>
    new Response(gzipSync(html), { headers: { 'content-type': 'application/octet-stream', 'content-security-policy': CSP, ...headers } });
  const handle = (href: string) =>
    (navigation!.handler as unknown as (o: { request: Request; url: URL }) => Promise<Response>)({ request: new Request(href), url: new URL(href) });
  const offline = () => Promise.reject(new TypeError('Failed to fetch'));

  it('ne précache ni le HTML ni les copies gzip (les pages viennent du paquet hors ligne)', () => {
    expect(options.globPatterns!.join(' ')).not.toMatch(/\*\.\{?html[,}.]/);
    expect(options.globIgnores!.join(' ')).toMatch(/\*\*\/\*\.\{[^}]*\bjs\b[^}]*\bjson\b[^}]*\}\.gz/);
    // Pagefind's WebAssembly for French pages only.
    expect(options.globPatterns!.join(' ')).toContain('wasm.fr.pagefind');
    expect(options.globPatterns!.join(' ')).not.toContain('wasm.*');
  });

  it('une page précachée est servie décompressée, avec ses en-têtes (CSP) et sans réseau', async () => {
    const sw = install({ [`${SCOPE}docker/volumes/index.html.gz?__WB_REVISION__=abc`]: gz(PAGE, { 'content-length': '99' }) }, offline);
    try {
      const response = await handle(`${SCOPE}docker/volumes/?graine=1`);
      expect(sw.asked).toEqual([`${SCOPE}docker/volumes/index.html.gz true`]);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(response.headers.get('content-length')).toBeNull();
      expect(await response.text()).toBe(PAGE);
      // The file name itself, as a link may give it.
      expect(await (await handle(`${SCOPE}docker/volumes/index.html`)).text()).toBe(PAGE);
    } finally {
      sw.restore();
    }
  });

  it('une copie déjà décodée par le serveur (Content-Encoding) est servie telle quelle', async () => {
    const sw = install({ [`${SCOPE}index.html.gz?__WB_REVISION__=1`]: new Response(PAGE) }, offline);
    try {
      expect(await (await handle(SCOPE)).text()).toBe(PAGE);
    } finally {
      sw.restore();
    }
  });

  it('une page absente du précache vient du réseau, avec son statut', async () => {
    const sw = install({}, async () => new Response('absente', { status: 404 }));
    try {
      const response = await handle(`${SCOPE}nulle-part/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('absente');
    } finally {
      sw.restore();
    }
  });

  it('sans réseau, une page absente du précache reçoit la page 404 avec le statut 404, pas 200', async () => {
    const sw = install({ [`${SCOPE}404.html.gz?__WB_REVISION__=2`]: gz('<h1>Cette page n’existe pas.</h1>') }, offline);
    try {
      const response = await handle(`${SCOPE}nulle-part/`);
      expect(sw.asked).toEqual([`${SCOPE}nulle-part/index.html.gz true`, `${SCOPE}404.html.gz true`]);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CSP);
      expect(await response.text()).toBe('<h1>Cette page n’existe pas.</h1>');
    } finally {
      sw.restore();
    }
    // Nothing in the cache (precache not finished): the browser's own error, no fake page.
    const empty = install({}, offline);
    try {
      await expect(handle(`${SCOPE}nulle-part/`)).rejects.toThrow('Failed to fetch');
    } finally {
      empty.restore();
    }
  });
});

describe('copies gzip de dist/', () => {
  it('compresse pages, scripts et données ; garde une page même minuscule ; laisse le reste', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      mkdirSync(join(dir, 'docker/volumes'), { recursive: true });
      const page = `<!doctype html><p>${'Volumes et montages liés. '.repeat(200)}</p>`;
      writeFileSync(join(dir, 'docker/volumes/index.html'), page);
      writeFileSync(join(dir, '404.html'), '<p>x</p>');
      writeFileSync(join(dir, 'a.js'), 'x');
      writeFileSync(join(dir, 'b.css'), 'body{color:red}'.repeat(100));
      writeFileSync(join(dir, 'c.png'), Buffer.alloc(5000));
      const result = precompress(dir);
      expect(gunzipSync(readFileSync(join(dir, 'docker/volumes/index.html.gz'))).toString()).toBe(page);
      expect(existsSync(join(dir, '404.html.gz'))).toBe(true);
      expect(existsSync(join(dir, 'b.css.gz'))).toBe(true);
      expect(existsSync(join(dir, 'a.js.gz'))).toBe(false);
      expect(existsSync(join(dir, 'c.png.gz'))).toBe(false);
      expect(result.files).toBe(3);
      // nginx's Last-Modified (whole seconds) is the original's.
      expect(Math.floor(statSync(join(dir, 'b.css.gz')).mtimeMs / 1000)).toBe(Math.floor(statSync(join(dir, 'b.css')).mtimeMs / 1000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
