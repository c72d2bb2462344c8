import { isSingleFileEdition } from './csp-check.ts';

/**
 * The response headers DEPLOY.md recommends, as code: the CSP browser test serves the built site
 * with exactly these, and a unit test keeps DEPLOY.md's copies of the policies in step.
 */

/** Every page: nothing but the site's own files; no plugins, no framing, no <base> tricks. */
export const PAGE_CSP =
  "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The search page and Pagefind's files: Pagefind compiles WebAssembly (needs 'wasm-unsafe-eval'),
 * fetches its index (connect-src, from default-src 'self') and runs in pagefind-worker.js (worker-src,
 * from script-src; the search page of a large site uses it). A worker gets its CSP from its own
 * response, so pagefind/*.js carries this policy too, not PAGE_CSP.
 */
export const SEARCH_CSP = `${PAGE_CSP}; script-src 'self' 'wasm-unsafe-eval'`;

/** The single-file edition loads nothing at all: its CSS and images are inline (it repeats this in a <meta>). */
export const SINGLE_FILE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The part of SINGLE_FILE_CSP a `<meta>` can carry (src/layouts/SingleFile.astro): browsers ignore
 * frame-ancestors there and report it as a console error, so the meta copy leaves the
 * header-only directives out; it still forbids every load.
 */
export const SINGLE_FILE_META_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** Fingerprinted (content-hashed) files: safe to cache for a year, a new build gives new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and other stable names: cached briefly, so a new build shows within minutes. */
export const SHORT = 'public, max-age=300';
/** Files that say which fingerprinted files to load next: always revalidated. */
export const REVALIDATE = 'no-cache';

/** Is `path` (site-relative) a content-hashed file? Astro's /_astro/ and Pagefind's index chunks (pagefind/<first>-<last>/…). */
export function isFingerprinted(path: string): boolean {
  return (
    /^_astro\//.test(path) ||
    /^pagefind\/(\d{4}-\d{4}\/)?(fragment|index|filter)\//.test(path) ||
    /^pagefind\/(\d{4}-\d{4}\/)?[^/]+\.pf_meta$/.test(path)
  );
}

/** Recommended headers for the site file at `path` (site-relative, e.g. `2024/tasks/7.html`). */
export function recommendedHeaders(path: string): Record<string, string> {
  const csp = isSingleFileEdition(path)
    ? SINGLE_FILE_CSP
    : path === 'search.html' || /^(pagefind|search)\//.test(path)
      ? SEARCH_CSP
      : PAGE_CSP;
  const cache = isFingerprinted(path)
    ? IMMUTABLE
    : /^pagefind\/(\d{4}-\d{4}\/)?(pagefind-entry\.json|[^/]+\.js)$/.test(path)
      ? REVALIDATE
      : SHORT;
  return {
    'Content-Security-Policy': csp,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
