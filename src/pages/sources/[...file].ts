// Publishes each report's raw source byte for byte at sources/<year>/[<report>/]<file>, the path paths.source() links to.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site.ts';
import { sourceBytes, sourceParam } from '../../lib/sources.ts';
import type { Report } from '../../schema/index.ts';

export async function getStaticPaths() {
  const site = await siteData();
  // Each report of the year: the headline's source and those of its in-year reports (issue 13).
  return site.years.flatMap((y) =>
    [y.report, ...(y.others ?? []).map((o) => o.report)].map((report) => ({
      params: { file: sourceParam(report) },
      props: { report },
    })),
  );
}

export const GET: APIRoute = ({ props }) => new Response(sourceBytes((props as { report: Report }).report));
