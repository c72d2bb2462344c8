// dist/feed.xml: the Atom feed of reports (in-year progress reports too), revisions and corrections (issue 16.2, src/lib/feed.ts).
import type { APIRoute } from 'astro';
import { feedXml } from '../lib/feed.ts';
import { hostName, siteData } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await siteData();
  const body = feedXml({
    config: site.config,
    reports: site.years.map((y) => y.report),
    progress: site.years.flatMap((y) => (y.others ?? []).map((o) => o.report)),
    fallbackAuthor: hostName(site, site.years[0]?.report),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
