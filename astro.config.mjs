// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import gzbg from './src/integration/index.ts';

// Static, zero-JavaScript output whose every page is a named file (2024/tasks/7.html), so that
// relative links work at /, under any sub-path and from file:// (see src/lib/urls.ts).
// GZBG_CONTENT_DIR / GZBG_OUT_DIR choose other folders (tests, fixture sites, benchmarks; see
// scripts/build.ts); unset, `astro build` builds content/ into dist/.
const root = fileURLToPath(new URL('.', import.meta.url));
const content = resolve(root, process.env.GZBG_CONTENT_DIR ?? 'content');
const outDir = resolve(root, process.env.GZBG_OUT_DIR ?? 'dist');

export default defineConfig({
  outDir,
  // scripts/build.ts gives each output folder its own cache: builds of different content
  // folders (tests, fixture sites, benchmarks) side by side must not share Astro's data store.
  cacheDir: process.env.GZBG_CACHE_DIR ?? './node_modules/.astro',
  // build.concurrency stays at Astro's 1: four pages in flight gained no time on the 10,000-task
  // build and held ~40–90 MiB more at the peak (BENCHMARKS.md, 2026-12-01).
  build: { format: 'preserve', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [gzbg({ content })],
});
