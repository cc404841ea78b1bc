import { defineMiddleware } from 'astro:middleware';
import { fixPageHtml } from './plugins/html-a11y';

/** Applies the build-time accessibility fixes of src/plugins/html-a11y.ts to every page. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(fixPageHtml(await response.text()), {
    status: response.status,
    headers: response.headers,
  });
});
