// `import url from './module.ts?lazy'`: the address of the module built as a chunk of its own
// (src/integrations/lazy-chunk.mjs), to load later with `import(url)`.
declare module '*?lazy' {
  const url: string;
  export default url;
}

// Starlight's Pagefind options (its own Search script reads them; ours replaces it: src/components/search/).
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
