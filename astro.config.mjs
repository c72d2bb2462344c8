// @ts-check
import { defineConfig } from 'astro/config';

// Static, zero-JavaScript output whose every page is a named file (2024/tasks/7.html), so that
// relative links work at /, under any sub-path and from file:// (see src/lib/urls.ts).
const outDir = process.env.GZBG_OUT_DIR ?? './dist';

export default defineConfig({
  outDir,
  // scripts/build.ts gives each output folder its own cache: builds of different content
  // folders (tests, fixture sites, benchmarks) side by side must not share Astro's data store.
  cacheDir: process.env.GZBG_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'preserve', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
});
