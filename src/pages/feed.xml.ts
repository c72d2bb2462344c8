// dist/feed.xml: the Atom feed of reports, revisions and corrections (issue 16.2, src/lib/feed.ts).
import type { APIRoute } from 'astro';
import { feedXml } from '../lib/feed.ts';
import { hostName, siteData } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await siteData();
  const body = feedXml({
    config: site.config,
    reports: site.years.map((y) => y.report),
    fallbackAuthor: hostName(site, site.years[0]?.report),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
