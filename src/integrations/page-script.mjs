// @ts-check
// The one script every page runs (src/components/page/page.ts), injected as a `page` script: Astro
// bundles the page scripts of all integrations into a single file, `page.*.js`, loaded by every
// page in its <head>.
//
// Bundled apart from the islands: a module that both the page script and an island import (the
// storage keys, the study day, the due count…) would otherwise land in a chunk of its own, shared,
// which every page then downloads as one more file with its own gzip overhead. Here every module
// the page script reaches is a copy of its own (`?page-script` on its id), so `page.*.js` holds
// all of it; an island that imports the same module keeps its own copy. Chunks loaded on demand
// (`?lazy`) and modules from node_modules are left shared.
import { fileURLToPath } from 'node:url';

const MARK = '?page-script';
const SRC = fileURLToPath(new URL('..', import.meta.url));

/** @returns {import('vite').Plugin} */
function pageScriptApart() {
  return {
    name: 'cours-conteneurs:page-script-apart',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith(MARK) || source.includes('?') || source.startsWith('\0') || source.startsWith('virtual:')) return null;
      const target = await this.resolve(source, importer.slice(0, -MARK.length), { ...options, skipSelf: true });
      if (!target || target.external || !target.id.startsWith(SRC) || target.id.includes('?')) return target;
      return { ...target, id: target.id + MARK };
    },
  };
}

/** @returns {import('astro').AstroIntegration} */
export default function pageScript() {
  return {
    name: 'cours-conteneurs:page-script',
    hooks: {
      'astro:config:setup': ({ injectScript, updateConfig, command }) => {
        const page = fileURLToPath(new URL('../components/page/page.ts', import.meta.url));
        injectScript('page', `import ${JSON.stringify(command === 'build' ? page + MARK : page)};`);
        updateConfig({ vite: { plugins: [pageScriptApart()] } });
      },
    },
  };
}
