// The offline pack (src/integrations/precache-pack.mjs): pages and search fragments in one file,
// decoded by the service worker at install (issue 14: precache ≤ 1.5 MB transferred).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePack, encodePack, runtimeScript, writePrecachePack } from '../../src/integrations/precache-pack.mjs';

const HTML = 'text/html; charset=utf-8';

/** Pages as Starlight writes them: a long shared head and sidebar, then their own text. */
function sitePages(count: number) {
  const sidebar = Array.from({ length: 120 }, (_, i) => `<li><a href="/chapitre-${i}/">Chapitre ${i} : les conteneurs ${i * 7}</a></li>`).join('');
  return Array.from({ length: count }, (_, n) => ({
    url: `chapitre-${n}/index.html`,
    type: HTML,
    text: `<!doctype html><html lang="fr"><head><title>Chapitre ${n}</title></head><body><nav>${sidebar.replace(`/chapitre-${n}/"`, `/chapitre-${n}/" aria-current="page"`)}</nav><main><h1>Chapitre ${n}</h1><p>${`Le namespace n° ${n * 13} isole les processus ’ ${n}. `.repeat(40)}</p></main></body></html>`,
  }));
}

describe('paquet hors ligne : codage', () => {
  it('redonne chaque fichier à l’identique, en bien moins d’octets que ses copies gzip une à une', () => {
    const files = sitePages(30);
    const pack = JSON.parse(JSON.stringify(encodePack(files)));
    expect(decodePack(pack)).toEqual(files);
    const separately = files.reduce((n, f) => n + gzipSync(f.text, { level: 9 }).length, 0);
    const together = gzipSync(JSON.stringify(pack), { level: 9 }).length;
    // Each gzip copy pays for the sidebar again (gzip looks 32 kB back); the pack once.
    expect(together).toBeLessThan(separately * 0.4);
  });

  it('lit une copie à cheval sur deux fichiers précédents', () => {
    const pack = {
      format: 'cours-conteneurs/paquet-hors-ligne',
      version: 1,
      files: [
        { url: 'a.html', type: HTML, length: 6, ops: ['abcdef'] },
        { url: 'b.html', type: HTML, length: 6, ops: ['ghijkl'] },
        { url: 'c.html', type: HTML, length: 8, ops: ['<', 3, 6, '>'] },
      ],
    };
    expect(decodePack(pack).map((f) => f.text)).toEqual(['abcdef', 'ghijkl', '<defghi>']);
  });

  it('refuse un paquet d’un autre format, d’une autre version ou abîmé, en disant lequel', () => {
    const good = encodePack(sitePages(3));
    expect(() => decodePack({ ...good, format: 'autre' })).toThrow('Paquet hors ligne illisible');
    expect(() => decodePack({ ...good, version: 2 })).toThrow('Paquet hors ligne illisible');
    expect(() => decodePack(null)).toThrow('Paquet hors ligne illisible');
    const broken = (change: (ops: (string | number)[]) => void) => {
      const copy = JSON.parse(JSON.stringify(good));
      change(copy.files[2].ops);
      return () => decodePack(copy);
    };
    // A copy beyond the text already decoded, a negative or fractional one, a missing literal.
    expect(broken((ops) => (ops[1] = 10_000_000))).toThrow('Paquet hors ligne abîmé : chapitre-2/index.html');
    expect(broken((ops) => (ops[1] = -1))).toThrow('abîmé');
    expect(broken((ops) => (ops[2] = 1.5))).toThrow('abîmé');
    expect(broken((ops) => ops.pop())).toThrow('abîmé');
    // A file cut short (its length says so).
    const short = JSON.parse(JSON.stringify(good));
    short.files[0].ops[0] = short.files[0].ops[0].slice(0, -1);
    expect(() => decodePack(short)).toThrow('Paquet hors ligne abîmé : chapitre-0/index.html');
  });
});

/** A service worker's world, enough for the pack's script: caches, fetch, events. */
function worker(packBody: () => Response) {
  const stores = new Map<string, Map<string, Response>>();
  const listeners = new Map<string, (e: { waitUntil(p: Promise<unknown>): void }) => void>();
  const fetched: string[] = [];
  const cacheOf = (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      match: async (key: URL | string) => store.get(String(key))?.clone(),
      put: async (key: URL | string, response: Response) => void store.set(String(key), response),
    };
  };
  const caches = {
    open: async (name: string) => cacheOf(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const self = {
    location: new URL('https://cours.example.org/cours/sw.js'),
    addEventListener: (type: string, f: (e: { waitUntil(p: Promise<unknown>): void }) => void) => listeners.set(type, f),
  };
  const fetch = async (url: URL) => {
    fetched.push(String(url));
    return packBody();
  };
  const fire = async (type: string) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (p) => (done = p) });
    await done;
  };
  return { stores, fetched, fire, run: (script: string) => new Function('self', 'caches', 'fetch', script)(self, caches, fetch) };
}

describe('paquet hors ligne : le script du service worker', () => {
  const files = [...sitePages(4), { url: 'pagefind/fragment/fr_1.pf_fragment', type: 'application/octet-stream', text: 'pagefind_dcd{"url":"/chapitre-1/","content":"Chapitre 1"}' }];
  const CSP = "default-src 'self'";
  const served = (body: unknown) => () =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json', 'content-security-policy': CSP, etag: '"1"' } });
  const SCRIPT = runtimeScript('hors-ligne/paquet-abc.json', 'cours-conteneurs-paquet-abc');

  it('à l’installation, range chaque page et chaque fragment en gzip, avec les en-têtes du serveur', async () => {
    const sw = worker(served(encodePack(files)));
    sw.run(SCRIPT);
    await sw.fire('install');
    expect(sw.fetched).toEqual(['https://cours.example.org/cours/hors-ligne/paquet-abc.json']);
    const cache = sw.stores.get('cours-conteneurs-paquet-abc')!;
    const page = cache.get('https://cours.example.org/cours/chapitre-2/index.html.gz')!;
    expect(gunzipSync(Buffer.from(await page.clone().arrayBuffer())).toString()).toBe(files[2]!.text);
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('etag')).toBeNull();
    const fragment = cache.get('https://cours.example.org/cours/pagefind/fragment/fr_1.pf_fragment')!;
    expect(gunzipSync(Buffer.from(await fragment.arrayBuffer())).toString()).toBe(files[4]!.text);
    expect(cache.has('https://cours.example.org/cours/hors-ligne/complet')).toBe(true);
    // Installed again (the browser retries an install): nothing downloaded twice.
    await sw.fire('install');
    expect(sw.fetched).toHaveLength(1);
  });

  it('un paquet abîmé fait échouer l’installation sans rien marquer comme complet', async () => {
    const pack = encodePack(files);
    pack.files[3]!.length += 1;
    const sw = worker(served(pack));
    sw.run(SCRIPT);
    await expect(sw.fire('install')).rejects.toThrow('Paquet hors ligne abîmé : chapitre-3/index.html');
    expect(sw.stores.get('cours-conteneurs-paquet-abc')?.has('https://cours.example.org/cours/hors-ligne/complet')).toBe(false);
    const missing = worker(() => new Response('absent', { status: 404 }));
    missing.run(SCRIPT);
    await expect(missing.fire('install')).rejects.toThrow('HTTP 404');
  });

  it('à l’activation, supprime les paquets précédents et rien d’autre', async () => {
    const sw = worker(served(encodePack(files)));
    sw.run(SCRIPT);
    for (const name of ['cours-conteneurs-paquet-ancien', 'workbox-precache-v2-https://cours.example.org/cours/', 'cours-conteneurs-optimiseur']) sw.stores.set(name, new Map());
    await sw.fire('install');
    await sw.fire('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['cours-conteneurs-optimiseur', 'cours-conteneurs-paquet-abc', 'workbox-precache-v2-https://cours.example.org/cours/']);
  });
});

describe('paquet hors ligne : écriture dans dist/', () => {
  it('écrit le paquet et son script sous un nom tiré du contenu, pages puis fragments décompressés', () => {
    const dist = mkdtempSync(join(tmpdir(), 'paquet-'));
    try {
      for (const f of sitePages(3)) {
        mkdirSync(join(dist, f.url, '..'), { recursive: true });
        writeFileSync(join(dist, f.url), f.text);
      }
      writeFileSync(join(dist, '404.html'), '<h1>Cette page n’existe pas.</h1>');
      mkdirSync(join(dist, 'pagefind/fragment'), { recursive: true });
      writeFileSync(join(dist, 'pagefind/fragment/fr_9.pf_fragment'), gzipSync('pagefind_dcd{"content":"x"}'));
      const first = writePrecachePack(dist);
      expect(first.pack).toMatch(/^hors-ligne\/paquet-[0-9a-f]{12}\.json$/);
      expect(first.script).toBe(first.pack.replace(/\.json$/, '.sw.js'));
      const decoded = decodePack(JSON.parse(readFileSync(join(dist, first.pack), 'utf8')));
      expect(decoded.map((f) => f.url)).toEqual(['404.html', 'chapitre-0/index.html', 'chapitre-1/index.html', 'chapitre-2/index.html', 'pagefind/fragment/fr_9.pf_fragment']);
      expect(decoded.at(-1)!.text).toBe('pagefind_dcd{"content":"x"}');
      expect(readFileSync(join(dist, first.script), 'utf8')).toContain(JSON.stringify(first.pack));
      // Another page text, another name: browsers install the new version.
      writeFileSync(join(dist, '404.html'), '<h1>Page introuvable</h1>');
      const second = writePrecachePack(dist);
      expect(second.pack).not.toBe(first.pack);
      expect(readdirSync(join(dist, 'hors-ligne')).sort()).toEqual([second.pack, second.script].map((f) => f.slice('hors-ligne/'.length)).sort());
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
