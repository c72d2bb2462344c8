// sitemap.xml, written only when content/site.yaml sets `url`: without it there is no absolute URL to list.
import type { APIRoute } from 'astro';
import { siteData } from '../lib/site.ts';
import { sitemapXml } from '../lib/sitemap.ts';

export async function getStaticPaths() {
  const site = await siteData();
  return site.config.url ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export const GET: APIRoute = async () =>
  new Response(sitemapXml(await siteData()), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
