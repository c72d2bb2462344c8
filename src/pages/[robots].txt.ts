// robots.txt, written only when content/site.yaml sets `url` (it names the sitemap's absolute URL).
import type { APIRoute } from 'astro';
import { siteData } from '../lib/site.ts';
import { robotsTxt } from '../lib/sitemap.ts';

export async function getStaticPaths() {
  const site = await siteData();
  return site.config.url ? [{ params: { robots: 'robots' } }] : [];
}

export const GET: APIRoute = async () => new Response(robotsTxt(await siteData()));
