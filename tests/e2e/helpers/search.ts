// Waiting for Pagefind's first results: the first search downloads the search UI, its WebAssembly
// and the index, then the fragments; on a 2-core machine shared with other CPU-heavy work that
// takes well over 15 s. An explicit budget for this slow step, shared by every spec that searches.
export const SEARCH_TIMEOUT = 45_000;
