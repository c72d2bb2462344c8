// search/offline-index.js: every search record as a plain script, for the search page opened from
// disk (file://). The build's Pagefind step indexes the same records from this file
// (src/integration/search-index.ts), so the site data is read once, by Astro.
import type { APIRoute } from 'astro';
import { siteOfflineIndex } from '../../lib/search-records.ts';
import { siteData } from '../../lib/site.ts';

export const GET: APIRoute = async () => new Response(siteOfflineIndex(await siteData()));
