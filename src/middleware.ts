import { defineMiddleware } from 'astro:middleware';
import { fixPageHtml } from './plugins/html-a11y';
import { prefixInternalLinks } from './lib/url';

/**
 * Applies the build-time accessibility fixes of src/plugins/html-a11y.ts to every page, and
 * gives the base path (BASE_PATH) to the content's root-absolute links (src/lib/url.ts).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(prefixInternalLinks(fixPageHtml(await response.text())), {
    status: response.status,
    headers: response.headers,
  });
});
