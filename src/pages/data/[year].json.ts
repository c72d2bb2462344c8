// dist/data/<year>.json: the year's tasks, figures and readings as open data (issue 3 item 8).
import type { APIRoute } from 'astro';
import { openData, openDataJson } from '../../lib/open-data.ts';
import { siteData, yearData } from '../../lib/site.ts';
import { yearPaths } from '../../lib/static-paths.ts';

export const getStaticPaths = yearPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await siteData();
  const { report, tasks, others } = yearData(site, Number(params.year));
  return new Response(openDataJson(openData(report, tasks, site.taxonomy, others)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
