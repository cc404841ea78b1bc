// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';

/** Chapter folders under src/content/docs, in course order, with their sidebar labels. */
const chapters = [
  ['introduction', 'Introduction'],
  ['fondations', 'Fondations'],
  ['ecosysteme', 'L’écosystème'],
  ['docker', 'Docker'],
  ['dockerfile', 'Dockerfile'],
  ['compose', 'Compose'],
  ['production', 'Production'],
  ['ci-cd', 'CI/CD'],
  ['kubernetes', 'Kubernetes'],
  ['pratique', 'Pratique'],
];

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
