// search/offline-index.js: every search record as a plain script, for the search page opened from
// disk (file://). The build's Pagefind step indexes the same records from this file
// (src/integration/search-index.ts), so the site data is read once, by Astro.
import type { APIRoute } from 'astro';
import { siteOfflineIndex } from '../../lib/search-records.ts';
import { siteData } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const script = siteOfflineIndex(await siteData());
  // In a build, the integration's hook starts Pagefind on this script at once, while Astro renders
  // the other pages (src/integration/search-index.ts, OFFLINE_INDEX_RENDERED); at build end it checks
  // the file holds this very script. A plain symbol lookup, so this page imports no build code.
  const rendered = (globalThis as Record<symbol, unknown>)[Symbol.for('gzbg.offline-index-rendered')];
  if (typeof rendered === 'function') rendered(script);
  return new Response(script);
};
