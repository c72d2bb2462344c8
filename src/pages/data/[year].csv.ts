// dist/data/<year>.csv: one row per metric, UTF-8 with BOM so Excel opens the Chinese text (issue 3 item 8).
import type { APIRoute } from 'astro';
import { openData, openDataCsv } from '../../lib/open-data.ts';
import { siteData, yearData } from '../../lib/site.ts';
import { yearPaths } from '../../lib/static-paths.ts';

export const getStaticPaths = yearPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await siteData();
  const { report, tasks, others } = yearData(site, Number(params.year));
  return new Response(openDataCsv(openData(report, tasks, site.taxonomy, others)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
