// @ts-check
// The offline pack: every page and every Pagefind fragment of the site in one file that the
// service worker downloads once, at install, instead of one gzip file per page (issue 14:
// precache ≤ 1.5 MB transferred).
//
// Why: gzip only looks 32 kB back, and each page repeats some 45 kB of head, header and sidebar,
// so each page's gzip copy pays for them again (≈ 9 kB of its ≈ 21 kB). Here each file is written
// as literal text and copies of earlier text of the pack, however far back (a long-distance LZ77
// over the whole pack); nginx then gzips the pack, which squeezes the literals. A fragment is
// mostly its page's text, so it costs little after its page. About 1.37 MB of gzip files become
// about 0.56 MB.
//
// The service worker (`runtimeScript`, loaded by sw.js through importScripts) decodes the pack
// with `decodePack` — the very function below, copied as text — checks every file's length, and
// stores each file gzip-compressed (CompressionStream) in its own cache, under the URL the
// previous precache used (`…/index.html.gz`, `pagefind/fragment/….pf_fragment`): Cache Storage
// keeps about what it kept before (≤ 4 MB), and the navigation route reads pages as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What the pack says it is: a service worker refuses anything else. */
export const PACK_FORMAT = 'cours-conteneurs/paquet-hors-ligne';
export const PACK_VERSION = 1;
/** Folder of dist/ holding the pack and the service worker's script that reads it. */
export const PACK_DIR = 'hors-ligne';
/** Prefix of the pack's cache (the rest is the pack's hash); older ones go on activation. */
export const PACK_CACHE_PREFIX = 'cours-conteneurs-paquet-';

// Matches are found through the 16-character sequences starting every 8 characters of earlier
// text, and kept from 32 characters on (shorter ones cost about what they save once gzipped).
const SEED = 16;
const STEP = 8;
const MIN_COPY = 32;

/**
 * @typedef {{ url: string, type: string, length: number, ops: (string | number)[] }} PackedFile
 * `ops`: literal, then (offset, length) of a copy of earlier text of the pack, then literal…,
 * always ending with a literal. Offsets count UTF-16 code units of all earlier files, joined.
 * @typedef {{ format: string, version: number, files: PackedFile[] }} Pack
 */

/** Bits of the seed table (2 M slots: a few collisions for the ≈ 1 M seeds of a site). */
const TABLE_BITS = 21;
const BASE = 257;
/** BASE^(SEED-1), modulo 2^32, to take a character out of a rolling hash. */
const TOP = Array.from({ length: SEED - 1 }).reduce((/** @type {number} */ n) => Math.imul(n, BASE), 1);

/** Slot of a hash (Fibonacci hashing: spreads nearby hashes). @param {number} h */
const slot = (h) => Math.imul(h, 0x9e3779b1) >>> (32 - TABLE_BITS);

/** Hash of `text[at … at + SEED)`. @param {string} text @param {number} at */
function seedHash(text, at) {
  let h = 0;
  for (let k = 0; k < SEED; k++) h = (Math.imul(h, BASE) + text.charCodeAt(at + k)) | 0;
  return h;
}

/**
 * Writes the files (in order) as literals and copies of earlier text. A table keeps, for the
 * hash of every sampled sequence of earlier text, its first position; the text to write is
 * scanned with a rolling hash of the same sequences (linear time: the site packs in well under a second).
 * @param {{ url: string, type: string, text: string }[]} files
 * @returns {Pack}
 */
export function encodePack(files) {
  // Earlier text as UTF-16 code units in one array: read millions of times, never a string.
  const history = new Uint16Array(files.reduce((n, f) => n + f.text.length, 0));
  let length = 0;
  const table = new Int32Array(1 << TABLE_BITS).fill(-1);
  /** @param {number} from */
  const sample = (from) => {
    for (let p = Math.ceil(from / STEP) * STEP; p + SEED <= length; p += STEP) {
      let h = 0;
      for (let k = 0; k < SEED; k++) h = (Math.imul(h, BASE) + history[p + k]) | 0;
      const s = slot(h);
      if (table[s] === -1) table[s] = p;
    }
  };
  /** Whether `text` at `i` and `history` at `at` hold the same SEED characters. */
  const same = (/** @type {string} */ text, /** @type {number} */ i, /** @type {number} */ at) => {
    for (let k = 0; k < SEED; k++) if (text.charCodeAt(i + k) !== history[at + k]) return false;
    return true;
  };
  /** @type {PackedFile[]} */
  const packed = [];
  for (const { url, type, text } of files) {
    /** @type {(string | number)[]} */
    const ops = [];
    let literalStart = 0;
    let i = 0;
    let h = text.length >= SEED ? seedHash(text, 0) : 0;
    while (i + SEED <= text.length) {
      const at = table[slot(h)];
      if (at !== -1 && same(text, i, at)) {
        let forward = SEED;
        while (i + forward < text.length && at + forward < length && text.charCodeAt(i + forward) === history[at + forward]) forward++;
        // The sample grid may start a match late: take back the literal's end when it matches.
        let back = 0;
        while (i - back > literalStart && back < at && text.charCodeAt(i - 1 - back) === history[at - 1 - back]) back++;
        if (forward + back >= MIN_COPY) {
          ops.push(text.slice(literalStart, i - back), at - back, forward + back);
          i += forward;
          literalStart = i;
          if (i + SEED <= text.length) h = seedHash(text, i);
          continue;
        }
      }
      if (i + SEED < text.length) h = (Math.imul(h - Math.imul(text.charCodeAt(i), TOP), BASE) + text.charCodeAt(i + SEED)) | 0;
      i += 1;
    }
    ops.push(text.slice(literalStart));
    packed.push({ url, type, length: text.length, ops });
    const start = length;
    for (let k = 0; k < text.length; k++) history[length + k] = text.charCodeAt(k);
    length += text.length;
    sample(Math.max(0, start - SEED));
  }
  return { format: PACK_FORMAT, version: PACK_VERSION, files: packed };
}

/**
 * The files of a pack, as text. Throws (in French) on anything that is not a whole, valid pack.
 * Self-contained but for PACK_FORMAT and PACK_VERSION: the service worker runs a copy of this
 * function's text, after its own copy of those two constants (runtimeScript).
 * @param {unknown} pack
 * @returns {{ url: string, type: string, text: string }[]}
 */
export function decodePack(pack) {
  const p = /** @type {Pack} */ (pack);
  if (!p || p.format !== PACK_FORMAT || p.version !== PACK_VERSION || !Array.isArray(p.files)) {
    throw new Error('Paquet hors ligne illisible : format ou version inconnus.');
  }
  // Earlier files stay as they are, with their start offsets: a copy reads the one(s) it spans.
  /** @type {string[]} */
  const texts = [];
  /** @type {number[]} */
  const starts = [];
  let total = 0;
  /** @param {number} from @param {number} count @param {string[]} into */
  const copy = (from, count, into) => {
    let lo = 0;
    let hi = texts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= from) lo = mid;
      else hi = mid - 1;
    }
    for (let k = lo; count > 0; k++) {
      const offset = from - starts[k];
      const piece = texts[k].slice(offset, offset + count);
      into.push(piece);
      from += piece.length;
      count -= piece.length;
    }
  };
  return p.files.map((file) => {
    const ops = file && Array.isArray(file.ops) ? file.ops : [];
    const bad = () => new Error(`Paquet hors ligne abîmé : ${file && file.url}`);
    /** @type {string[]} */
    const parts = [];
    for (let i = 0; i < ops.length; i += 3) {
      const literal = ops[i];
      if (typeof literal !== 'string') throw bad();
      parts.push(literal);
      if (i + 1 === ops.length) break;
      const from = /** @type {number} */ (ops[i + 1]);
      const count = /** @type {number} */ (ops[i + 2]);
      if (!Number.isInteger(from) || !Number.isInteger(count) || from < 0 || count < 1 || from + count > total) throw bad();
      copy(from, count, parts);
    }
    const text = parts.join('');
    if (typeof file.url !== 'string' || typeof file.type !== 'string' || text.length !== file.length || ops.length % 3 !== 1) throw bad();
    texts.push(text);
    starts.push(total);
    total += text.length;
    return { url: file.url, type: file.type, text };
  });
}

/** The files of dist/ that go into the pack: every page, then every Pagefind fragment. @param {string} dist */
export function packedFiles(dist) {
  /** @type {string[]} */
  const pages = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(relative(dist, path));
    }
  };
  walk(dist);
  const fragmentDir = join(dist, 'pagefind/fragment');
  /** @type {string[]} */
  let fragments = [];
  try {
    fragments = readdirSync(fragmentDir).filter((f) => f.endsWith('.pf_fragment')).map((f) => `pagefind/fragment/${f}`);
  } catch {
    // A build without search (tests of the integration): pages only.
  }
  return [
    ...pages.sort().map((url) => ({ url, type: 'text/html; charset=utf-8', text: readFileSync(join(dist, url), 'utf8') })),
    // Pagefind writes its fragments gzip-compressed; the pack holds their text, which Pagefind
    // reads back either way (it accepts a fragment already decompressed).
    ...fragments.sort().map((url) => ({ url, type: 'application/octet-stream', text: gunzipSync(readFileSync(join(dist, url))).toString('utf8') })),
  ];
}

/**
 * The service worker's part (a classic script, loaded by importScripts before Workbox's code):
 * unpacks at install, removes older packs at activation. Its URLs are relative to sw.js (the
 * worker's `self.location`, also inside an imported script), so a build for /cours/ works as is.
 * @param {string} packUrl relative to sw.js @param {string} cacheName
 */
export function runtimeScript(packUrl, cacheName) {
  return `// Généré par src/integrations/precache-pack.mjs : le paquet hors ligne (pages et fragments de recherche).
(() => {
  const PACK = new URL(${JSON.stringify(packUrl)}, self.location.href);
  const CACHE = ${JSON.stringify(cacheName)};
  const PREFIX = ${JSON.stringify(PACK_CACHE_PREFIX)};
  // Written once all files are stored: a pack half stored (install interrupted) is stored again.
  const DONE = new URL('${PACK_DIR}/complet', self.location.href);
  const PACK_FORMAT = ${JSON.stringify(PACK_FORMAT)};
  const PACK_VERSION = ${JSON.stringify(PACK_VERSION)};
  const decodePack = ${decodePack.toString()};
  const HEADERS_OF_FILE = ['content-type', 'content-length', 'content-encoding', 'etag', 'last-modified', 'vary', 'accept-ranges', 'date', 'age'];
  async function unpack() {
    const cache = await caches.open(CACHE);
    if (await cache.match(DONE)) return;
    const response = await fetch(PACK, { cache: 'no-cache' });
    if (!response.ok) throw new Error('Paquet hors ligne : HTTP ' + response.status);
    const files = decodePack(await response.json());
    // The server's headers (the CSP among them) go with every file, as they did in the precache.
    const headers = new Headers(response.headers);
    for (const name of HEADERS_OF_FILE) headers.delete(name);
    const encoder = new TextEncoder();
    const gzip = typeof CompressionStream === 'function';
    for (const file of files) {
      const bytes = encoder.encode(file.text);
      const body = gzip ? await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer() : bytes;
      const own = new Headers(headers);
      own.set('content-type', file.url.endsWith('.html') ? 'application/gzip' : file.type);
      const key = new URL(file.url.endsWith('.html') ? file.url + '.gz' : file.url, self.location.href);
      await cache.put(key, new Response(body, { headers: own }));
    }
    await cache.put(DONE, new Response(String(files.length)));
  }
  async function removeOlderPacks() {
    for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
  }
  self.addEventListener('install', (event) => event.waitUntil(unpack()));
  self.addEventListener('activate', (event) => event.waitUntil(removeOlderPacks()));
})();
`;
}

/**
 * Writes the pack and its service-worker script into dist/hors-ligne/, named after their content.
 * Returns their paths relative to dist/, the cache name and the figures for the build's log.
 * @param {string} dist
 */
export function writePrecachePack(dist) {
  const files = packedFiles(dist);
  const json = JSON.stringify(encodePack(files));
  // Named after the pack and the script's code: a new version of either is a new install.
  const hash = createHash('sha256').update(json).update(runtimeScript('', '')).digest('hex').slice(0, 12);
  const cacheName = `${PACK_CACHE_PREFIX}${hash}`;
  const pack = `${PACK_DIR}/paquet-${hash}.json`;
  const script = `${PACK_DIR}/paquet-${hash}.sw.js`;
  // One pack in dist/: an earlier one left there would be served for nothing.
  rmSync(join(dist, PACK_DIR), { recursive: true, force: true });
  mkdirSync(join(dist, PACK_DIR), { recursive: true });
  writeFileSync(join(dist, pack), json);
  writeFileSync(join(dist, script), runtimeScript(pack, cacheName));
  return { pack, script, cacheName, files: files.length, text: files.reduce((n, f) => n + f.text.length, 0), bytes: json.length };
}
