// search/t2s.js: OpenCC's traditional → simplified dictionary for the search page (query-time
// conversion, over HTTP and from file:// alike), generated from opencc-js at build time.
import type { APIRoute } from 'astro';
import { t2sScript } from '../../search/t2s.ts';

export const GET: APIRoute = () => new Response(t2sScript());
