// @ts-check
// The one script every page runs (src/components/page/page.ts), injected as a `page` script: Astro
// bundles the page scripts of all integrations into a single file, `page.*.js`, loaded by every
// page in its <head>.
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export default function pageScript() {
  return {
    name: 'cours-conteneurs:page-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        const page = fileURLToPath(new URL('../components/page/page.ts', import.meta.url));
        injectScript('page', `import ${JSON.stringify(page)};`);
      },
    },
  };
}
