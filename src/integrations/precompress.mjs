// @ts-check
// Gzip copies of the built text files, written next to them (`index.html.gz`), at the highest
// level, once per build. nginx serves them as they are (`gzip_static on` in deploy/nginx.conf)
// instead of compressing at level 6 on every request, and the service worker precaches the pages'
// copies: a page then takes its gzip size in Cache Storage, not its full size (service-worker.mjs).
import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** What nginx would compress (its gzip_types): text, and the optimizer's WebAssembly. */
export const PRECOMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.webmanifest', '.xml', '.txt', '.wasm']);

/** @param {string} file */
const gzip = (file) => gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION });

/** Writes `file.gz`, with the original's modification time (nginx's Last-Modified and ETag). */
function writeCopy(/** @type {string} */ file, /** @type {Buffer} */ gz) {
  writeFileSync(`${file}.gz`, gz);
  const { atime, mtime } = statSync(file);
  utimesSync(`${file}.gz`, atime, mtime);
}

/** Compresses one file (sw.js, written after the others). @param {string} file */
export function precompressFile(file) {
  writeCopy(file, gzip(file));
}

/**
 * Compresses every text file under `dir`. Returns the count and the bytes before and after.
 * A page always gets its copy (the service worker relies on it); another file only when the
 * copy is smaller, otherwise nginx serves it as it is.
 * @param {string} dir
 */
export function precompress(dir) {
  let files = 0;
  let before = 0;
  let after = 0;
  /** @param {string} d */
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (PRECOMPRESSED.has(extname(entry.name))) {
        const size = statSync(path).size;
        const gz = gzip(path);
        if (gz.length >= size && !entry.name.endsWith('.html')) continue;
        writeCopy(path, gz);
        files += 1;
        before += size;
        after += gz.length;
      }
    }
  };
  walk(dir);
  return { files, before, after };
}
