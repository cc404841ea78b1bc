// The build plugins behind the one script of every page (src/components/page/page.ts):
// Starlight's search script left out only while it still does what site-search.ts replaces, and
// `?lazy` imports that become a chunk of their own, loaded by address.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import lazyChunk from '../../src/integrations/lazy-chunk.mjs';
import starlightSearchScript from '../../src/integrations/starlight-search-script.mjs';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: object, name: string) => (plugin as Record<string, Hook>)[name]!;

const SEARCH = 'node_modules/@astrojs/starlight/dist/components/Search.astro';
const SEARCH_ID = `/work/${SEARCH}?astro&type=script&index=0&lang.ts`;
/** The module script of Starlight's Search component, as installed. */
const starlightScript = () => {
  const source = readFileSync(SEARCH, 'utf8');
  const scripts = [...source.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(scripts).toHaveLength(1);
  return scripts[0]!;
};

describe('le script de recherche de Starlight', () => {
  const transform = hook(starlightSearchScript(), 'transform');

  it('est remplacé par un module vide tant qu’il fait ce que site-search.ts reprend', () => {
    expect(transform.call({}, starlightScript(), SEARCH_ID)).toEqual({ code: 'export {};', map: null });
  });

  it('arrête la construction, en français, s’il a changé', () => {
    const changed = starlightScript().replace("import('@pagefind/default-ui')", "import('@pagefind/component-ui')");
    expect(() => transform.call({}, changed, SEARCH_ID)).toThrow(/Le script de recherche de Starlight a changé .*default-ui.*site-search\.ts/);
  });

  it('ne touche à aucun autre module', () => {
    expect(transform.call({}, 'export const a = 1;', '/work/src/components/page/page.ts')).toBeNull();
    expect(transform.call({}, 'export const a = 1;', SEARCH_ID.replace('index=0', 'index=1'))).toBeNull();
  });
});

describe('les imports « ?lazy »', () => {
  const setup = (command: 'build' | 'serve') => {
    const plugin = lazyChunk();
    hook(plugin, 'configResolved')({ command, base: '/cours/', root: '/work' });
    return plugin;
  };
  const resolve = vi.fn(async (source: string) => ({ id: `/work/src/${source.replace('./', '')}` }));

  it('à la construction, émettent le module comme un chunk à part et donnent son adresse', async () => {
    const plugin = setup('build');
    const id = (await hook(plugin, 'resolveId').call({ resolve }, './messages.ts?lazy', '/work/src/register.ts')) as string;
    expect(resolve).toHaveBeenCalledWith('./messages.ts', '/work/src/register.ts', { skipSelf: true });
    const emitFile = vi.fn(() => 'ref42');
    expect(hook(plugin, 'load').call({ emitFile }, id)).toBe('export default import.meta.ROLLUP_FILE_URL_ref42;');
    // Its exports are kept, although nothing imports it statically.
    expect(emitFile).toHaveBeenCalledWith({ type: 'chunk', id: '/work/src/messages.ts', preserveSignature: 'strict' });
  });

  it('avec astro dev, donnent le chemin du source sous la base', async () => {
    const plugin = setup('serve');
    const id = await hook(plugin, 'resolveId').call({ resolve }, './messages.ts?lazy', '/work/src/register.ts');
    expect(hook(plugin, 'load').call({}, id)).toBe('export default "/cours/src/messages.ts";');
  });

  it('refusent un module introuvable, en le nommant', async () => {
    const plugin = setup('build');
    await expect(hook(plugin, 'resolveId').call({ resolve: async () => null }, './absent.ts?lazy', '/work/src/x.ts')).rejects.toThrow(
      'Module chargé à la demande introuvable : ./absent.ts?lazy',
    );
    expect(await hook(plugin, 'resolveId').call({ resolve }, './messages.ts', '/work/src/x.ts')).toBeNull();
  });
});
