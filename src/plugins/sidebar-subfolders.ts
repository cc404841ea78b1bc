// Starlight route middleware: a sub-folder of a chapter (revision/aide-memoire/) would become a
// nested sidebar group labelled with the folder's name, listed before the chapter's pages. Its
// pages join their chapter's list instead, under their own labels (« Aide-mémoire Docker »…),
// right after the page they complement.
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

/** Sub-folder listed directly in its chapter → the page (address ending) it follows. */
export const FLATTENED: Record<string, string> = { 'aide-memoire': '/revision/glossaire/' };

type Entry = StarlightRouteData['sidebar'][number];

export function flatten(entries: Entry[]): Entry[] {
  const out: Entry[] = [];
  const pending: [string, Entry[]][] = [];
  for (const entry of entries) {
    if (entry.type === 'group' && entry.label in FLATTENED) pending.push([FLATTENED[entry.label]!, flatten(entry.entries)]);
    else out.push(entry.type === 'group' ? { ...entry, entries: flatten(entry.entries) } : entry);
  }
  for (const [after, inner] of pending) {
    const at = out.findIndex((e) => e.type === 'link' && e.href.endsWith(after));
    out.splice(at === -1 ? out.length : at + 1, 0, ...inner);
  }
  return out;
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = flatten(route.sidebar);
});
