// search/offline-index.js: every search record as a plain script, for the search page opened from
// disk (file://). The build's Pagefind step indexes the same records from this file
// (src/integration/search-index.ts), so the site data is read once, by Astro.
import type { APIRoute } from 'astro';
import { siteOfflineIndex } from '../../lib/search-records.ts';
import { OFFLINE_INDEX_RENDERED } from '../../search/offline-index.ts';
import { siteData } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const script = siteOfflineIndex(await siteData());
  // In a build, the integration's hook starts Pagefind on this script at once, while Astro renders
  // the other pages; at build end it checks the file holds this very script. Only the key is shared:
  // this page imports no build code.
  const rendered = (globalThis as Record<symbol, unknown>)[OFFLINE_INDEX_RENDERED];
  if (typeof rendered === 'function') rendered(script);
  return new Response(script);
};
