// bench/precache.mjs: the precache counted as the browser gets it from nginx (issue 14).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precacheFigures } from '../../bench/precache.mjs';

describe('chiffres du précache', () => {
  it('compte sur disque ce que garde Cache Storage et transférés ce qu’envoie nginx', () => {
    const dist = mkdtempSync(join(tmpdir(), 'precache-figures-'));
    try {
      mkdirSync(join(dist, 'docker/volumes'), { recursive: true });
      mkdirSync(join(dist, '_astro'));
      mkdirSync(join(dist, 'pagefind/index'), { recursive: true });
      mkdirSync(join(dist, 'donnees'));
      const html = `<p>${'Volumes et montages liés. '.repeat(400)}</p>`;
      const page = gzipSync(html, { level: 9 });
      writeFileSync(join(dist, 'docker/volumes/index.html'), html);
      writeFileSync(join(dist, 'docker/volumes/index.html.gz'), page);
      const js = 'export const x = 1;\n'.repeat(300);
      writeFileSync(join(dist, '_astro/a.js'), js);
      writeFileSync(join(dist, '_astro/a.js.gz'), gzipSync(js, { level: 9 }));
      const json = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: `q-${i}` })) });
      writeFileSync(join(dist, 'donnees/questions-0123456789ab.json'), json);
      const index = Buffer.alloc(3000, 7);
      writeFileSync(join(dist, 'pagefind/index/fr_1.pf_index'), index);
      const urls = ['docker/volumes/index.html.gz', '_astro/a.js', 'donnees/questions-0123456789ab.json', 'pagefind/index/fr_1.pf_index'];
      writeFileSync(join(dist, 'sw.js'), `e([${urls.map((u, i) => `{url:"${u}",revision:"${i}"}`).join(',')}])`);

      const p = precacheFigures(dist);
      expect(p.urls).toEqual(urls);
      // The page: its gzip copy on disk and on the wire; its HTML reported beside.
      expect(p.kinds['pages HTML']).toEqual({ files: 1, disk: page.length, sent: page.length });
      expect(p.html).toBe(Buffer.byteLength(html));
      // A script: decoded on disk, its gzip copy on the wire.
      expect(p.kinds['JavaScript']).toEqual({ files: 1, disk: js.length, sent: gzipSync(js, { level: 9 }).length });
      // Data without a copy: gzip level 6 on the fly; Pagefind's index as it is.
      expect(p.kinds['données JSON']!.sent).toBe(gzipSync(json, { level: 6 }).length);
      expect(p.kinds['Pagefind : index']).toEqual({ files: 1, disk: 3000, sent: 3000 });
      expect(p.disk).toBe(page.length + js.length + json.length + 3000);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
