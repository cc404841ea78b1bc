import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { serviceWorkerOptions } from '../../src/integrations/service-worker.mjs';

type Route = { urlPattern: (o: { url: URL }) => boolean; handler: string; options?: { cacheName?: string } };

const options = serviceWorkerOptions('/tmp/dist');
const files = ['_astro/optimizer.worker-Cd3tfD67.js', '_astro/fsrs_browser-Cqe6Wwah.js', '_astro/fsrs_browser_bg-Bh4aITD1.wasm', '_astro/workerHelpers-5ONZO_Id.js'];

describe('l’optimiseur hors ligne', () => {
  it('n’est pas précaché (il ne se télécharge qu’au clic), mais gardé après le premier usage', () => {
    for (const f of files) expect(options.globIgnores!.some((g) => minimatch(f, g)), f).toBe(true);
    expect(options.globIgnores!.some((g) => minimatch('_astro/CardsApp.KEpL3JiK.js', g))).toBe(false);
    const route = (options.runtimeCaching as unknown as Route[]).find((r) => r.options?.cacheName === 'cours-conteneurs-optimiseur')!;
    expect(route.handler).toBe('CacheFirst');
    for (const f of files) expect(route.urlPattern({ url: new URL(`https://cours.example.org/cours/${f}`) }), f).toBe(true);
    expect(route.urlPattern({ url: new URL('https://cours.example.org/_astro/CardsApp.KEpL3JiK.js') })).toBe(false);
    // workbox copies the function's text into sw.js: it must not use anything from its module.
    expect(String(route.urlPattern)).toMatch(/\/\\\/_astro\\\//);
  });
});
