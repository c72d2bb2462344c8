// Publishes each report's raw source byte for byte at sources/<year>/[<report>/]<file>, the path
// paths.source() links to: the headline's source and those of its in-year reports (issue 13), and
// every version of a revised table, the current one among them (issue 16).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site.ts';
import { renderedYears } from '../../lib/static-paths.ts';
import { sourceFiles } from '../../lib/sources.ts';

export async function getStaticPaths() {
  const site = await siteData();
  return renderedYears(site).flatMap((y) =>
    [y.report, ...(y.others ?? []).map((o) => o.report)].flatMap((report) =>
      sourceFiles(report).map((f) => ({ params: { file: f.param }, props: { bytes: f.bytes } })),
    ),
  );
}

export const GET: APIRoute = ({ props }) => new Response((props as { bytes: () => Uint8Array<ArrayBuffer> }).bytes());
