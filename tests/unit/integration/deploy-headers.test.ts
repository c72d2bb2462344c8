import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  IMMUTABLE,
  PAGE_CSP,
  REVALIDATE,
  SEARCH_CSP,
  SHORT,
  SINGLE_FILE_CSP,
  recommendedHeaders,
} from '../../../src/integration/deploy-headers.ts';

describe('recommendedHeaders(path)', () => {
  test.each([
    ['index.html', PAGE_CSP, SHORT],
    ['2024/tasks/7.html', PAGE_CSP, SHORT],
    ['_astro/Base.CjFpZ92H.css', PAGE_CSP, IMMUTABLE],
    ['search.html', SEARCH_CSP, SHORT],
    ['pagefind/pagefind-worker.js', SEARCH_CSP, REVALIDATE],
    ['pagefind/pagefind-entry.json', SEARCH_CSP, REVALIDATE],
    ['pagefind/fragment/zh-cn_1a2b3c.pf_fragment', SEARCH_CSP, IMMUTABLE],
    ['pagefind/pagefind.zh-cn_f18dfa7c3ed0c.pf_meta', SEARCH_CSP, IMMUTABLE],
    // One bundle per decade of report years (src/search/volumes.ts).
    ['pagefind/2020-2029/pagefind.js', SEARCH_CSP, REVALIDATE],
    ['pagefind/2020-2029/pagefind-entry.json', SEARCH_CSP, REVALIDATE],
    ['pagefind/2020-2029/index/zh-cn_9f8e7d.pf_index', SEARCH_CSP, IMMUTABLE],
    ['pagefind/2020-2029/pagefind.zh-cn_f18dfa7c3ed0c.pf_meta', SEARCH_CSP, IMMUTABLE],
    ['pagefind/2020-2029/wasm.unknown.pagefind', SEARCH_CSP, SHORT],
    ['2024/report-2024.html', SINGLE_FILE_CSP, SHORT],
  ])('%s', (path, csp, cache) => {
    expect(recommendedHeaders(path)).toEqual({
      'Content-Security-Policy': csp,
      'Cache-Control': cache,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
  });
  test('only the search policy allows WebAssembly; no policy allows inline script', () => {
    expect(PAGE_CSP).not.toContain('wasm');
    expect(SEARCH_CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");
    for (const csp of [PAGE_CSP, SEARCH_CSP, SINGLE_FILE_CSP])
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});

describe('DEPLOY.md', () => {
  const doc = readFileSync(resolve(import.meta.dirname, '../../../DEPLOY.md'), 'utf8');
  test('gives the same policies and cache values the CSP browser test serves', () => {
    for (const value of [
      PAGE_CSP,
      SEARCH_CSP,
      SINGLE_FILE_CSP,
      IMMUTABLE,
      SHORT,
      REVALIDATE,
      'nosniff',
      'strict-origin-when-cross-origin',
    ]) {
      expect(doc).toContain(value);
    }
  });
});
