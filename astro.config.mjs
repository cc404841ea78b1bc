// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';

import { CHAPTERS as chapters } from './src/lib/chapters.mjs';

// Canonical URLs must be absolute: the deployment sets SITE_URL, local builds get a default.
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
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
      customCss: ['./src/styles/theme.css'],
      components: {
        // Appends « Testez-vous » to the course pages that have questions.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      lastUpdated: false,
      sidebar: chapters.map(([directory, label]) => ({
        label,
        items: [{ autogenerate: { directory } }],
      })),
      plugins: [
        // Local addresses (http://localhost:8080) are part of the lessons, not broken links.
        starlightLinksValidator({ errorOnRelativeLinks: true, errorOnLocalLinks: false }),
      ],
    }),
    preact(),
  ],
});
