// dist/data/<year>.json: the year's tasks, figures and readings as open data (issue 3 item 8).
import type { APIRoute } from 'astro';
import { openData, openDataJson } from '../../lib/open-data.ts';
import { siteData, yearData } from '../../lib/site.ts';

export async function getStaticPaths() {
  const site = await siteData();
  return site.years.map((y) => ({ params: { year: String(y.report.year) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await siteData();
  const { report, tasks } = yearData(site, Number(params.year));
  return new Response(openDataJson(openData(report, tasks, site.taxonomy)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
