import { defineMiddleware } from 'astro:middleware';
import { fixPageHtml } from './plugins/html-a11y';
import { prefixInternalLinks } from './lib/url';
import { frenchHtml } from './plugins/french-typography.mjs';

/**
 * Applies the build-time accessibility fixes of src/plugins/html-a11y.ts to every page, and
 * gives the base path (BASE_PATH) to the content's root-absolute links (src/lib/url.ts), and
 * adds the French no-break spaces to the text (src/plugins/french-typography.mjs): titles, table
 * of contents and sidebar included, code excluded.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(frenchHtml(prefixInternalLinks(fixPageHtml(await response.text()))), {
    status: response.status,
    headers: response.headers,
  });
});
