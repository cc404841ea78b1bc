// Starlight route middleware: a sub-folder of a chapter becomes a sidebar group labelled with the
// folder's name (`aide-memoire`); this gives such groups their French label.
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

/** Folder name → label shown in the sidebar. */
export const GROUP_LABELS: Record<string, string> = { 'aide-memoire': 'Aide-mémoire' };

type Entry = StarlightRouteData['sidebar'][number];

export function relabel(entries: Entry[]): Entry[] {
  return entries.map((entry) =>
    entry.type === 'group' ? { ...entry, label: GROUP_LABELS[entry.label] ?? entry.label, entries: relabel(entry.entries) } : entry,
  );
}

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = relabel(route.sidebar);
});
