// @ts-check
// Starlight's Search component keeps its markup, styles and inline shortcut script, but its module
// script is left out: it imported the Pagefind UI at idle on every page, through Vite's preload
// helper (2.3 KB gzip with the three chunks it pulled). Its behaviour is in
// src/components/search/site-search.ts, part of the one script every page runs
// (src/components/page/page.ts), which downloads the UI when the search first opens.
// If a Starlight update changes that script, the build stops here: compare it with site-search.ts.

// In dev, Vite puts its version mark first in the query: `Search.astro?v=c740c268&astro&type=script…`.
const SCRIPT = /\/@astrojs\/starlight\/.*components\/Search\.astro\?(?:v=\w+&)?astro&type=script&index=0&lang\.ts$/;
// What the replaced script does, checked in its source; site-search.ts must do the same.
const EXPECTED = [/customElements\.define\(["']site-search["']/, /import\(["']@pagefind\/default-ui["']\)/, /button\[data-open-modal\]/, /button\[data-close-modal\]/];

/** @returns {import('vite').Plugin} */
export default function starlightSearchScript() {
  return {
    name: 'cours-conteneurs:starlight-search-script',
    enforce: 'pre',
    transform(code, id, options) {
      if (!SCRIPT.test(id)) return null;
      // The server render has no client script: in dev, Astro gives it an empty module (a comment),
      // which has nothing to check or to replace. Checking it made every page of `npm start` a 500.
      if (options?.ssr) return null;
      const missing = EXPECTED.filter((re) => !re.test(code)).map((re) => re.source);
      if (missing.length) {
        throw new Error(
          `Le script de recherche de Starlight a changé (${id}) : ${missing.join(', ')} introuvable. ` +
            'Vérifiez que src/components/search/site-search.ts fait encore ce qu’il faisait, puis mettez à jour src/integrations/starlight-search-script.mjs.',
        );
      }
      return { code: 'export {};', map: null };
    },
  };
}
