// The service worker's precache, as the learner's browser gets it from nginx (deploy/nginx.conf)
// on the first visit, file by file from the manifest of dist/sw.js:
// - « sur disque » is what Cache Storage holds: the body as it arrived, decoded when nginx sent
//   it with Content-Encoding (so a script counts its full size), as it is otherwise (a page's gzip
//   copy `index.html.gz`, Pagefind's index, which is compressed already);
// - « transférés » is what nginx sends: the gzip copy written at build (gzip_static) when there
//   is one, else gzip level 6 on the fly for the types of gzip_types above 256 bytes, else the file.
// tests/e2e/nginx.spec.ts checks the first figure against Cache Storage itself.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Extensions nginx compresses on the fly (its gzip_types, by file name). */
const GZIP_TYPES = /\.(html|css|js|mjs|json|webmanifest|xml|txt|svg|wasm)$/;

/** The kind of a precached file, for the per-kind lines. @param {string} url */
export function kindOf(url) {
  if (url.endsWith('.html.gz') || url.endsWith('.html')) return 'pages HTML';
  if (url.startsWith('pagefind/')) {
    if (url.endsWith('.pf_index')) return 'Pagefind : index';
    if (url.endsWith('.pf_fragment')) return 'Pagefind : fragments';
    if (/wasm\.[^/]+\.pagefind$/.test(url)) return 'Pagefind : WebAssembly';
    return 'Pagefind : code et méta';
  }
  if (url.startsWith('donnees/')) return 'données JSON';
  if (url.endsWith('.js')) return 'JavaScript';
  if (url.endsWith('.css')) return 'CSS';
  if (/\.(woff2?|ttf)$/.test(url)) return 'polices';
  if (/\.(png|svg|ico|webp|jpg)$/.test(url) || url.endsWith('.webmanifest')) return 'icônes et manifeste';
  return 'autre';
}

/** [on disk, transferred] for one file of dist/. @param {string} dist @param {string} url */
export function storedAndSent(dist, url) {
  const file = join(dist, decodeURI(url));
  const body = readFileSync(file);
  if (existsSync(`${file}.gz`)) return [body.length, statSync(`${file}.gz`).size];
  if (GZIP_TYPES.test(url) && body.length >= 256) return [body.length, Math.min(body.length, gzipSync(body, { level: 6 }).length)];
  return [body.length, body.length];
}

/** The precache's URLs (relative to dist/), its totals and its figures per kind. @param {string} dist */
export function precacheFigures(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]);
  /** @type {Record<string, { files: number, disk: number, sent: number }>} */
  const kinds = {};
  let disk = 0;
  let sent = 0;
  for (const url of urls) {
    const [d, s] = storedAndSent(dist, url);
    const kind = (kinds[kindOf(url)] ??= { files: 0, disk: 0, sent: 0 });
    kind.files += 1;
    kind.disk += d;
    kind.sent += s;
    disk += d;
    sent += s;
  }
  // The pages' own HTML, for comparison with what their gzip copies take.
  const html = urls.filter((u) => u.endsWith('.html.gz')).reduce((n, u) => n + statSync(join(dist, decodeURI(u.slice(0, -3)))).size, 0);
  return { urls, disk, sent, kinds, html };
}
