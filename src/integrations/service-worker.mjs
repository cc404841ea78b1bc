// @ts-check
// The offline site: once `astro build` has written dist/ (and Starlight has run Pagefind in its
// own `astro:build:done`, which is why this integration comes after starlight() in
// astro.config.mjs), workbox-build generates dist/sw.js, a service worker that precaches every
// page, the CSS and JS, the Pagefind index and fragments, the icons and the manifest. The page
// side (registration and the French messages) is src/components/offline/register.ts, part of the
// one script of every page (src/components/page/page.ts), active in a production build only.
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * What the precache holds, relative to dist/. HTML pages are listed by their index.html;
 * hashed files under _astro/ are all kept (CSS, JS, fonts, images); of Pagefind, only what
 * Starlight's search loads (not its other UI bundles); of public/, the icons and the manifest
 * (not the social images, which only crawlers fetch).
 */
/** The optimizer's worker, its code and its WebAssembly (Vite names them after their sources). */
const OPTIMIZER_FILES = '_astro/{optimizer.worker,fsrs_browser,workerHelpers}*';

const PRECACHE_GLOBS = {
  globPatterns: [
    '**/*.{html,woff2}',
    '_astro/**/*',
    'pagefind/{pagefind.js,pagefind-worker.js,pagefind-entry.json,*.pf_meta,wasm.*.pagefind,index/*.pf_index,fragment/*.pf_fragment,filter/*.pf_filter}',
    '{favicon.svg,manifest.webmanifest,icons/*.png}',
    // The questions, cards and course outline (src/quiz/data-files.ts) and their manifest.
    'donnees/*.json',
  ],
  // The FSRS optimizer (about 440 kB gzip) is fetched on « Optimiser mes paramètres » only, and
  // kept then by the last runtime route below.
  globIgnores: ['sw.js', 'workbox-*.js', OPTIMIZER_FILES],
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
    // No navigateFallback: the 404 page never stands in for a page. A navigation that is not
    // precached goes to the network, which answers with its real status; only when the network
    // is gone does the precached French 404 page answer, instead of the browser's error page.
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
        handler: 'NetworkOnly',
        options: {
          plugins: [
            {
              // Offline, a page that is not in the precache gets the French 404 page *with status
              // 404* (a precacheFallback would answer 200, as if the page existed). The precache
              // stores 404.html under a revisioned URL: match it ignoring the query string.
              handlerDidError: async () => {
                // Runs in the service worker, whose `self` has a `registration`.
                const scope = /** @type {{ registration: { scope: string } }} */ (/** @type {unknown} */ (self)).registration.scope;
                const url = new URL('404.html', scope).href;
                const cached = await caches.match(url, { ignoreSearch: true });
                if (!cached) return undefined;
                return new Response(await cached.blob(), {
                  status: 404,
                  statusText: 'Not Found',
                  headers: { 'Content-Type': 'text/html; charset=utf-8' },
                });
              },
            },
          ],
        },
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
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir).replace(/\/$/, '')));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js : ${count} fichiers précachés, ${(size / 1024 / 1024).toFixed(2)} Mo (non compressés)`);
      },
    },
  };
}
