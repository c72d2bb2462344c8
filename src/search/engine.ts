import { gzipSync } from 'node:zlib';

/**
 * Which index answers queries on the search page over HTTP, decided when the site is built
 * (from file:// the page always uses the plain-script index: browsers block Pagefind there).
 *
 * - `plain`: the page loads search/offline-index.js (every record, as a classic script) with the
 *   page itself and searches it in memory. One request, no WebAssembly, no fragment per result.
 * - `pagefind`: the page asks Pagefind (in its web worker) for candidates, fetching only the index
 *   chunks and fragments a query needs.
 *
 * The threshold is the plain index's gzip size. Pagefind's first query on the real site costs ~120 KiB
 * gzip of its own (pagefind.js, its worker, wasm, metadata, index chunks, a fragment per result;
 * BENCHMARKS.md), fetched mostly one after the other, whatever the size of the archive; the plain
 * index costs ~0.23 KiB gzip per task and is fetched in parallel with the page's scripts. Up to 100 KiB gzip (~450 tasks,
 * about five reports) the plain index is no more bytes than Pagefind's first query and answers in
 * one request; its load (script evaluation, folding the text once) and a query over it stay far
 * below a 50 ms task on a mobile CPU (measured: BENCHMARKS.md, 2026-12-01). Above it, every visit
 * would download an index that grows with every year, so Pagefind answers.
 */
export type SearchEngine = 'plain' | 'pagefind';

/** Largest plain index (gzip bytes) the page loads over HTTP instead of asking Pagefind. */
export const PLAIN_INDEX_MAX_GZIP = 100 * 1024;

/**
 * The engine for a plain index script of `indexScript`. `override` (the build's environment,
 * GZBG_SEARCH_ENGINE=plain|pagefind) forces one, so tests and benchmarks can build both pages from
 * the same content; anything else is an error rather than a silent default.
 */
export function searchEngineFor(indexScript: string, override?: string): SearchEngine {
  if (override === 'plain' || override === 'pagefind') return override;
  if (override)
    throw new Error(
      `GZBG_SEARCH_ENGINE=${override} is not an engine: use plain (the plain-script index) or pagefind, or leave it unset to choose by the index's size`,
    );
  return gzipSync(indexScript).length <= PLAIN_INDEX_MAX_GZIP ? 'plain' : 'pagefind';
}
