// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';

import { CHAPTERS as chapters } from './src/lib/chapters.mjs';
import serviceWorker from './src/integrations/service-worker.mjs';
import buildChecks from './src/integrations/build-checks.mjs';
import lazyChunk from './src/integrations/lazy-chunk.mjs';
import starlightSearchScript from './src/integrations/starlight-search-script.mjs';
import pageScript from './src/integrations/page-script.mjs';
import { frenchStringsPlugin } from './src/integrations/french-strings.mjs';

// Canonical URLs must be absolute: the deployment sets SITE_URL, local builds get a default.
const site = process.env.SITE_URL || 'http://localhost:4321';
// The site can live under a sub-path (BASE_PATH=/cours/): `/cours/` whatever the slashes given.
const base = `/${(process.env.BASE_PATH || '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No link prefetching (Starlight turns it on; 1.1 KB gzip of script on every page): the service
  // worker keeps every page of the course from the first visit on, so a prefetch only re-read its cache.
  prefetch: false,
  vite: {
    // Module workers: the FSRS optimizer's worker imports fsrs-browser on demand (code-splitting).
    worker: { format: 'es' },
    // `?lazy` imports (chunks loaded on demand without Vite's preload helper), and Starlight's
    // search script replaced by src/components/search/site-search.ts (UI downloaded on first use);
    // French no-break spaces in the islands' own strings (src/integrations/french-strings.mjs).
    plugins: [lazyChunk(), starlightSearchScript(), frenchStringsPlugin()],
  },
  integrations: [
    starlight({
      title: 'Cours Conteneurs',
      description:
        'Un cours complet en français sur les conteneurs : VM, namespaces, cgroups, Docker, Podman, Compose, production, CI/CD et Kubernetes.',
      // The site title is shown next to the logo, so the logo itself is decorative.
      logo: { src: './src/assets/logo.svg', alt: '' },
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: { root: { label: 'Français', lang: 'fr' } },
      // print.css: any page prints without the site's chrome; the aide-mémoire fit one A4 page.
      customCss: ['./src/styles/theme.css', './src/styles/offline.css', './src/styles/print.css'],
      // Installable (public/manifest.webmanifest, icons from scripts/make-icons.mjs); the
      // theme colour follows the header's, light or dark.
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}icons/apple-touch-icon.png` } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#f6f7f9', media: '(prefers-color-scheme: light)' } },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#23262f', media: '(prefers-color-scheme: dark)' } },
      ],
      components: {
        // Appends « Testez-vous » to the course pages that have questions.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // The search button, followed by the badge of the flashcards due today.
        Search: './src/components/cards/SearchWithBadge.astro',
        // Sharing: the « Partager » button under the title, and the script that copies links.
        PageTitle: './src/components/overrides/PageTitle.astro',
        Head: './src/components/overrides/Head.astro',
        // One language: no language menu, and none of its script.
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
      },
      // Sharing: og:image (one PNG per page, src/pages/og/), og:locale fr_FR; the pages of
      // revision/aide-memoire/ listed in the Révision chapter rather than in a sub-group.
      routeMiddleware: ['./src/starlight-route-data.ts', './src/plugins/sidebar-subfolders.ts'],
      lastUpdated: false,
      sidebar: chapters.map(([directory, label]) => ({
        label,
        items: [{ autogenerate: { directory } }],
      })),
      // The content writes its links from the root (`/docker/volumes/`); under a BASE_PATH,
      // src/middleware.ts adds the base to them, which the validator cannot see: the links are
      // checked by the root build (npm test), and the sub-path build by tests/e2e/base-path.spec.ts.
      plugins:
        base === '/'
          ? [
              // Local addresses (http://localhost:8080) are part of the lessons, not broken links.
              starlightLinksValidator({ errorOnRelativeLinks: true, errorOnLocalLinks: false }),
            ]
          : [],
    }),
    preact(),
    // The one script of every page: sharing, search, offline, header badge (src/components/page/).
    pageScript(),
    // Last: generates dist/sw.js once Starlight has written the pages and the Pagefind index.
    serviceWorker(),
    // SITE_URL warning; inline scripts checked against the CSP allow-list.
    buildChecks(),
  ],
});
