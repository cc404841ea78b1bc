// bench/precache.mjs: the precache counted as the browser gets it from nginx (issue 14).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precacheFigures } from '../../bench/precache.mjs';
import { writePrecachePack } from '../../src/integrations/precache-pack.mjs';
import { precompressFile } from '../../src/integrations/precompress.mjs';

describe('chiffres du précache', () => {
  it('compte sur disque ce que garde Cache Storage et transférés ce qu’envoie nginx', () => {
    const dist = mkdtempSync(join(tmpdir(), 'precache-figures-'));
    try {
      mkdirSync(join(dist, 'docker/volumes'), { recursive: true });
      mkdirSync(join(dist, '_astro'));
      mkdirSync(join(dist, 'pagefind/index'), { recursive: true });
      mkdirSync(join(dist, 'donnees'));
      const html = `<p>${'Volumes et montages liés. '.repeat(400)}</p>`;
      writeFileSync(join(dist, 'docker/volumes/index.html'), html);
      writeFileSync(join(dist, 'docker/volumes/index.html.gz'), gzipSync(html, { level: 9 }));
      // The page travels in the offline pack, downloaded by the script sw.js imports.
      const pack = writePrecachePack(dist);
      precompressFile(join(dist, pack.pack));
      precompressFile(join(dist, pack.script));
      const js = 'export const x = 1;\n'.repeat(300);
      writeFileSync(join(dist, '_astro/a.js'), js);
      writeFileSync(join(dist, '_astro/a.js.gz'), gzipSync(js, { level: 9 }));
      const json = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: `q-${i}` })) });
      writeFileSync(join(dist, 'donnees/questions-0123456789ab.json'), json);
      const index = Buffer.alloc(3000, 7);
      writeFileSync(join(dist, 'pagefind/index/fr_1.pf_index'), index);
      const urls = ['_astro/a.js', 'donnees/questions-0123456789ab.json', 'pagefind/index/fr_1.pf_index'];
      writeFileSync(join(dist, 'sw.js'), `importScripts("${pack.script}");e([${urls.map((u, i) => `{url:"${u}",revision:"${i}"}`).join(',')}])`);

      const p = precacheFigures(dist);
      expect(p.urls).toEqual([...urls, 'docker/volumes/index.html']);
      // The page: stored gzip-compressed by the worker (level 6), sent inside the pack; its HTML reported beside.
      const stored = gzipSync(html, { level: 6 }).length;
      expect(p.kinds['pages HTML (paquet)']).toEqual({ files: 1, disk: stored, sent: 0 });
      const sent = statSync(join(dist, `${pack.pack}.gz`)).size + statSync(join(dist, `${pack.script}.gz`)).size;
      expect(p.kinds['paquet hors ligne (envoi)']).toEqual({ files: 2, disk: 0, sent });
      expect(p.html).toBe(Buffer.byteLength(html));
      // A script: decoded on disk, its gzip copy on the wire.
      expect(p.kinds['JavaScript']).toEqual({ files: 1, disk: js.length, sent: gzipSync(js, { level: 9 }).length });
      // Data without a copy: gzip level 6 on the fly; Pagefind's index as it is.
      expect(p.kinds['données JSON']!.sent).toBe(gzipSync(json, { level: 6 }).length);
      expect(p.kinds['Pagefind : index']).toEqual({ files: 1, disk: 3000, sent: 3000 });
      expect(p.disk).toBe(stored + js.length + json.length + 3000);
      expect(p.sent).toBe(sent + gzipSync(js, { level: 9 }).length + gzipSync(json, { level: 6 }).length + 3000);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
