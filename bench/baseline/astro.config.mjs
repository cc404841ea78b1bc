// @ts-check
// The Lighthouse baseline (bench/lighthouse.mjs): a plain Starlight site, same Astro and Starlight
// as the course (resolved from the project's node_modules), French, no override, no island. It
// holds a home page and a copy of the course's /docker/volumes/ page, copied at bench time.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Starlight de référence',
      defaultLocale: 'root',
      locales: { root: { label: 'Français', lang: 'fr' } },
    }),
  ],
});
