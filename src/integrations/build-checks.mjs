// @ts-check
// Checks of a production build that protect readers rather than pages:
// - without SITE_URL, every shared link and preview points to http://localhost:4321: say so;
// - every inline script of the built pages is in the reviewed allow-list of the CSP
//   (deploy/csp-inline-scripts.json, see scripts/csp.mjs): an unknown one fails the build.
import { fileURLToPath } from 'node:url';
import { policyForDist } from '../../scripts/csp.mjs';

/** @returns {import('astro').AstroIntegration} */
export default function buildChecks() {
  return {
    name: 'cours-conteneurs:build-checks',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL) {
          logger.warn(
            'SITE_URL n’est pas défini : les liens partagés, les aperçus (og:url, og:image), l’URL canonique et le plan du site ' +
              'pointeront vers http://localhost:4321. Pour publier : SITE_URL=https://votre.domaine npm run build',
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, scripts } = policyForDist(fileURLToPath(dir));
        logger.info(`CSP : ${scripts} scripts en ligne de ${pages} pages, tous dans la liste autorisée.`);
      },
    },
  };
}
