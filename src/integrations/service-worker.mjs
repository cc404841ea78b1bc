// @ts-check
// The offline site: once `astro build` has written dist/ (and Starlight has run Pagefind in its
// own `astro:build:done`, which is why this integration comes after starlight() in
// astro.config.mjs), workbox-build generates dist/sw.js, a service worker that precaches every
// page, the CSS and JS, the Pagefind index and fragments, the icons and the manifest. The page
// side (registration and the French messages) is src/components/offline/register.ts, part of the
// one script of every page (src/components/page/page.ts), active in a production build only.
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { join } from 'node:path';
import { PACK_DIR, writePrecachePack } from './precache-pack.mjs';
import { precompress, precompressFile } from './precompress.mjs';

/**
 * What Workbox's precache holds, relative to dist/: hashed files under _astro/ (CSS, JS, fonts,
 * images); of Pagefind, what Starlight's search loads except the fragments (not its other UI
 * bundles); of public/, the icons and the manifest (not the social images, which only crawlers
 * fetch). The pages and Pagefind's fragments come in the offline pack (precache-pack.mjs),
 * unpacked at install by the worker's imported script.
 */
/** The optimizer's worker, its code and its WebAssembly (Vite names them after their sources). */
const OPTIMIZER_FILES = '_astro/{optimizer.worker,fsrs_browser,workerHelpers}*';

/** Extensions whose gzip copy nginx serves but the precache does not hold (it holds the originals). */
const GZIP_ONLY_FOR_NGINX = 'css,js,mjs,json,svg,webmanifest,xml,txt,wasm';

const PRECACHE_GLOBS = {
  globPatterns: [
    '**/*.woff2',
    '_astro/**/*',
    // The WebAssembly of the site's language only (`wasm.fr.pagefind`; `wasm.unknown` is for pages
    // without a lang, and this site has none).
    'pagefind/{pagefind.js,pagefind-worker.js,pagefind-entry.json,*.pf_meta,wasm.fr.pagefind,index/*.pf_index,filter/*.pf_filter}',
    '{favicon.svg,manifest.webmanifest,icons/*.png}',
    // The questions, cards and course outline (src/quiz/data-files.ts) and their manifest.
    'donnees/*.json',
  ],
  // The FSRS optimizer (about 440 kB gzip) is fetched on « Optimiser mes paramètres » only, and
  // kept then by the last runtime route below.
  // The other gzip copies are for nginx only: the browser receives those files compressed anyway.
  globIgnores: ['sw.js', 'workbox-*.js', OPTIMIZER_FILES, `**/*.{${GZIP_ONLY_FOR_NGINX}}.gz`, `${PACK_DIR}/**`],
  // A page weighs a few hundred kB at most; refuse anything absurd rather than cache it.
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
};

/** @param {string} distDir @returns {import('workbox-build').GenerateSWOptions} */
export function serviceWorkerOptions(distDir) {
  return {
    globDirectory: distDir,
    swDest: `${distDir}/sw.js`,
    ...PRECACHE_GLOBS,
    // URLs in the precache are relative to sw.js, so a build for /cours/ works as it is.
    // Hashed names need no revision of their own (Astro's, and the data files').
    dontCacheBustURLsMatching: /^(_astro\/|donnees\/[a-z]+-[0-9a-f]{12}\.json$)/,
    // `/docker/volumes/` is served by `docker/volumes/index.html` (Workbox's default, said here).
    directoryIndex: 'index.html',
    // A static site serves the same file whatever the query string: Pagefind's cache-busting
    // `pagefind-entry.json?ts=…`, the exam's `?graine=…`, the flashcards' `?paquet=…` all find
    // their file in the precache.
    ignoreURLParametersMatching: [/./],
    // Outdated precaches of earlier versions are deleted when the new worker activates.
    cleanupOutdatedCaches: true,
    // The new worker waits until the learner clicks « Recharger » (it then posts SKIP_WAITING);
    // the first one takes control of the open page at once, so it works offline without a reload.
    skipWaiting: false,
    clientsClaim: true,
    // No navigateFallback: the 404 page never stands in for a page. A navigation to a page of the
    // precache gets it from there (cache first, as Workbox's precache route did with the raw
    // HTML); any other goes to the network, which answers with its real status; only when the
    // network is gone does the precached French 404 page answer, instead of the browser's error.
    runtimeCaching: [
      {
        // `/docker/volumes` (a link typed or pasted without its final slash) → `/docker/volumes/`,
        // as the web server would answer, so that it is found in the precache offline too.
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname),
        handler: async ({ url }) => Response.redirect(`${url.origin}${url.pathname}/${url.search}${url.hash}`, 301),
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        // (Written out here: workbox copies this function's text into sw.js, without its scope.)
        handler: async ({ request, url }) => {
          /**
           * The stored gzip copy of a page (`/docker/volumes/index.html` → `….html.gz`, as the
           * offline pack's script stores it; any query string), decompressed, with the headers
           * it was stored with (the CSP among them). A copy stored plain (a browser without
           * CompressionStream) is answered as it is.
           * @param {string} path @param {number} status
           */
          const precached = async (path, status) => {
            const cached = await caches.match(`${url.origin}${path}.gz`, { ignoreSearch: true });
            if (!cached || typeof DecompressionStream !== 'function') return undefined;
            const body = await cached.arrayBuffer();
            const head = new Uint8Array(body.slice(0, 2));
            const gzipped = head[0] === 0x1f && head[1] === 0x8b;
            const headers = new Headers(cached.headers);
            for (const name of ['content-encoding', 'content-length', 'etag', 'last-modified']) headers.delete(name);
            headers.set('content-type', 'text/html; charset=utf-8');
            const stream = gzipped ? new Blob([body]).stream().pipeThrough(new DecompressionStream('gzip')) : body;
            return new Response(stream, { status, statusText: status === 404 ? 'Not Found' : 'OK', headers });
          };
          const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
          const page = path.endsWith('.html') ? await precached(path, 200) : undefined;
          if (page) return page;
          try {
            return await fetch(request);
          } catch (error) {
            // Offline, a page that is not in the precache gets the French 404 page *with status
            // 404* (a precacheFallback would answer 200, as if the page existed).
            // Runs in the service worker, whose `self` has a `registration`.
            const scope = /** @type {{ registration: { scope: string } }} */ (/** @type {unknown} */ (self)).registration.scope;
            const missing = await precached(new URL('404.html', scope).pathname, 404);
            if (missing) return missing;
            throw error;
          }
        },
      },
      {
        // Pagefind's fragments, stored by the offline pack's script (with any `?ts=`), else the network.
        // (Written out here: workbox copies this function's text into sw.js, without its scope.)
        urlPattern: ({ url }) => /\/pagefind\/fragment\/[^/]+\.pf_fragment$/.test(url.pathname),
        handler: async ({ request }) => (await caches.match(request.url, { ignoreSearch: true })) ?? fetch(request),
      },
      {
        // The optimizer, kept after its first use so that it also runs offline; hashed names,
        // so a kept file is never stale, and older versions go after a few updates.
        // (Written out here: workbox copies this function's text into sw.js, without its scope.)
        urlPattern: ({ url }) => /\/_astro\/(optimizer\.worker|fsrs_browser|workerHelpers)[^/]*$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: 'cours-conteneurs-optimiseur', expiration: { maxEntries: 12 } },
      },
    ],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    disableDevLogs: true,
  };
}

/** @returns {import('astro').AstroIntegration} */
export default function serviceWorker() {
  return {
    name: 'cours-conteneurs:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir).replace(/\/$/, '');
        const copies = precompress(distDir);
        const ko = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} Ko`;
        logger.info(`gzip : ${copies.files} fichiers compressés d’avance, ${ko(copies.before)} → ${ko(copies.after)}`);
        const pack = writePrecachePack(distDir);
        precompressFile(join(distDir, pack.pack));
        precompressFile(join(distDir, pack.script));
        logger.info(`paquet hors ligne : ${pack.files} pages et fragments, ${ko(pack.text)} → ${ko(pack.bytes)} (${pack.pack})`);
        const { count, size, warnings } = await generateSW({ ...serviceWorkerOptions(distDir), importScripts: [pack.script] });
        for (const warning of warnings) logger.warn(warning);
        precompressFile(`${distDir}/sw.js`);
        logger.info(`sw.js : ${count} fichiers précachés, ${(size / 1024 / 1024).toFixed(2)} Mo, plus le paquet hors ligne`);
      },
    },
  };
}
