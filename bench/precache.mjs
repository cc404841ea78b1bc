// The service worker's precache, as the learner's browser gets it from nginx (deploy/nginx.conf)
// on the first visit, file by file from the manifest of dist/sw.js:
// - « sur disque » is what Cache Storage holds: the body as it arrived, decoded when nginx sent
//   it with Content-Encoding (so a script counts its full size), as it is otherwise (Pagefind's
//   index, which is compressed already);
// - « transférés » is what nginx sends: the gzip copy written at build (gzip_static) when there
//   is one, else gzip level 6 on the fly for the types of gzip_types above 256 bytes, else the file.
// Pages and Pagefind's fragments come in the offline pack (src/integrations/precache-pack.mjs),
// imported by sw.js: sent as the pack's gzip copy (and its script's), stored as each file's gzip
// (CompressionStream, zlib's default level 6, as counted here).
// tests/e2e/nginx.spec.ts checks the first figure against Cache Storage itself.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodePack } from '../src/integrations/precache-pack.mjs';

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
  // The offline pack: what the script that sw.js imports downloads and stores at install.
  let html = 0;
  const script = sw.match(/importScripts\("([^"]+\.sw\.js)"\)/)?.[1];
  if (script) {
    const packUrl = script.replace(/\.sw\.js$/, '.json');
    const pack = (kinds['paquet hors ligne (envoi)'] ??= { files: 0, disk: 0, sent: 0 });
    for (const url of [packUrl, script]) {
      const [, s] = storedAndSent(dist, url);
      pack.files += 1;
      pack.sent += s;
      sent += s;
    }
    for (const file of decodePack(JSON.parse(readFileSync(join(dist, packUrl), 'utf8')))) {
      const bytes = Buffer.from(file.text, 'utf8');
      const stored = gzipSync(bytes, { level: 6 }).length;
      const kind = (kinds[`${kindOf(file.url)} (paquet)`] ??= { files: 0, disk: 0, sent: 0 });
      kind.files += 1;
      kind.disk += stored;
      disk += stored;
      if (file.url.endsWith('.html')) html += bytes.length;
      urls.push(file.url);
    }
  }
  return { urls, disk, sent, kinds, html };
}
