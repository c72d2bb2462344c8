import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PLAIN_INDEX_MAX_GZIP, searchEngineFor } from '../../../src/search/engine.ts';

/** A script whose gzip size is about `bytes` (random bytes as hex: gzip keeps ~1.08 bytes per random byte). */
const scriptOf = (bytes: number) => `window.GZBG_SEARCH_INDEX = ${JSON.stringify(randomBytes(bytes).toString('hex'))};`;

describe('searchEngineFor', () => {
  it('answers from the plain index up to the threshold and from Pagefind above it', () => {
    const small = scriptOf(PLAIN_INDEX_MAX_GZIP * 0.9);
    const large = scriptOf(PLAIN_INDEX_MAX_GZIP);
    expect(gzipSync(small).length).toBeLessThanOrEqual(PLAIN_INDEX_MAX_GZIP);
    expect(gzipSync(large).length).toBeGreaterThan(PLAIN_INDEX_MAX_GZIP);
    expect(searchEngineFor(small)).toBe('plain');
    expect(searchEngineFor(large)).toBe('pagefind');
  });

  it('follows GZBG_SEARCH_ENGINE when set, and refuses any other value (a developer’s setting, in English)', () => {
    expect(searchEngineFor(scriptOf(10), 'pagefind')).toBe('pagefind');
    expect(searchEngineFor(scriptOf(PLAIN_INDEX_MAX_GZIP), 'plain')).toBe('plain');
    expect(searchEngineFor(scriptOf(10), '')).toBe('plain');
    expect(() => searchEngineFor(scriptOf(10), 'worker')).toThrow(/GZBG_SEARCH_ENGINE=worker is not an engine/);
  });
});
