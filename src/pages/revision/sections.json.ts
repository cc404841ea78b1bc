// /revision/sections.json: the heading of every course section a question or a card asks about
// (`/docker/volumes/#les-volumes-nommés` → « Les volumes nommés »), the way Starlight renders it.
// Fetched only by a session limited to one section (resume/section-data.ts), to name it.
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';

export const GET: APIRoute = async () => {
  const cited = new Set([...(await getCollection('quiz')), ...(await getCollection('cards'))].map((e) => (e.data as { section: string }).section));
  const pages = new Set([...cited].map((s) => s.split('#')[0]));
  const headings: Record<string, string> = {};
  for (const doc of await getCollection('docs')) {
    const page = `/${doc.id}/`;
    if (!pages.has(page)) continue;
    for (const h of (await render(doc)).headings) {
      const section = `${page}#${h.slug}`;
      if (cited.has(section)) headings[section] = h.text;
    }
  }
  return new Response(JSON.stringify(headings), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
