// Publishes each year's raw source byte for byte at sources/<year>/<file>, the path paths.source() links to.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site.ts';
import { sourceBytes, sourceParam } from '../../lib/sources.ts';
import type { Report } from '../../schema/index.ts';

export async function getStaticPaths() {
  const site = await siteData();
  return site.years.map((y) => ({ params: { file: sourceParam(y.report) }, props: { report: y.report } }));
}

export const GET: APIRoute = ({ props }) => new Response(sourceBytes((props as { report: Report }).report));
