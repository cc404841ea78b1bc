// @ts-check
// `import url from './module.ts?lazy'` gives the address of `module.ts` built as a chunk of its
// own, to load later with a plain `import(url)`. Vite wraps every `import('./module')` it sees in
// its preload helper (0.9 KB gzip, a static import of the caller): the script that every page
// runs at load would carry it for a chunk it may never load. Here the chunk is emitted as an
// entry (its exports kept) and the caller only holds its hashed address.
import { relative } from 'node:path';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy-chunk:';
const PAGE_SCRIPT = '?page-script';

/** @returns {import('vite').Plugin} */
export default function lazyChunk() {
  /** @type {import('vite').ResolvedConfig} */
  let config;
  return {
    name: 'cours-conteneurs:lazy-chunk',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      // Asked for by the page script (page-script.mjs marks its modules `?page-script`), the chunk
      // is still resolved as the islands' modules are: otherwise a module both use (the study
      // day) would leave the page script for a chunk of its own, one more file on every page.
      const from = importer?.endsWith(PAGE_SCRIPT) ? importer.slice(0, -PAGE_SCRIPT.length) : importer;
      const target = await this.resolve(source.slice(0, -SUFFIX.length), from, { skipSelf: true });
      if (!target) throw new Error(`Module chargé à la demande introuvable : ${source} (importé par ${importer})`);
      return PREFIX + target.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // `astro dev` serves sources by their path from the project's root.
      if (config.command === 'serve') return `export default ${JSON.stringify(config.base + relative(config.root, file))};`;
      const ref = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'strict' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
