// @ts-check
import { defineConfig } from 'astro/config';

// Static, zero-JavaScript output whose every page is a named file (2024/tasks/7.html), so that
// relative links work at /, under any sub-path and from file:// (see src/lib/urls.ts).
export default defineConfig({
  outDir: process.env.GZBG_OUT_DIR ?? './dist',
  build: { format: 'preserve', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
});
