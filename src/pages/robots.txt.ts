// robots.txt: everything may be indexed, and the sitemap Starlight generates (with `site` set) is
// given as an absolute, base-aware URL.
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/social';

export const GET: APIRoute = ({ site, url }) => {
  const sitemap = siteUrl('sitemap-index.xml', import.meta.env.BASE_URL, site ?? url);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
