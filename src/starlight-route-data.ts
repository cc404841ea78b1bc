// Starlight route middleware: completes each page's <head> for sharing (see src/lib/social.ts),
// and adds « Testez-vous » to « Sur cette page » on every page that ends with a quiz, so that a
// phone user reaches the quiz from the table of contents instead of scrolling the whole page.
// Starlight already writes the canonical URL, og:title, og:url, og:description, og:site_name and
// twitter:card; this adds og:image (the PNG drawn by src/pages/og/[...slug].ts, absolute and
// base-aware) with its size and text, and turns og:locale `fr` into `fr_FR`.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { completeHead, ogImageKey, ogSubtitle, siteUrl, SITE_TITLE } from './lib/social';

/** Image key → title of the page it was drawn for. */
let titles: Promise<Map<string, string>> | undefined;
/** Paths (`/docker/volumes/`) of the pages whose questions make a « Testez-vous » section. */
let quizPages: Promise<Set<string>> | undefined;

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const site = context.site ?? context.url;
  titles ??= getCollection('docs').then((entries) => new Map(entries.map((e) => [e.id, e.data.title])));
  const known = await titles;
  const key = ogImageKey(route.id, new Set(known.keys()));
  const imageAlt = key === 'index' ? `${SITE_TITLE} : ${ogSubtitle(key)}` : `${known.get(key)} (${ogSubtitle(key)})`;
  quizPages ??= getCollection('quiz').then((entries) => new Set(entries.map((e) => String(e.data.section).split('#')[0])));
  const page = route.id ? `/${route.id.replace(/\/index$/, '')}/` : '/';
  // Same test as QuizSection.astro (which renders the section with the id `testez-vous`).
  if (route.toc && route.entry.data.template !== 'splash' && (await quizPages).has(page) && !route.toc.items.some((i) => i.slug === 'testez-vous')) {
    route.toc.items.push({ depth: 2, slug: 'testez-vous', text: 'Testez-vous', children: [] });
  }
  route.head = completeHead(route.head, {
    imageUrl: siteUrl(`og/${key}.png`, import.meta.env.BASE_URL, site),
    imageAlt,
    isHome: route.id.replace(/(^|\/)index$/, '') === '',
  });
});
