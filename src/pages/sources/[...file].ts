// Publishes each year's raw source byte for byte at sources/<year>/<file>, the path paths.source() links to.
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site.ts';
import { sourceFiles } from '../../lib/sources.ts';

// A revised table publishes every version (the current one among them), each under its own name.
export async function getStaticPaths() {
  const site = await siteData();
  return site.years.flatMap((y) =>
    sourceFiles(y.report).map((f) => ({ params: { file: f.param }, props: { bytes: f.bytes } })),
  );
}

export const GET: APIRoute = ({ props }) => new Response((props as { bytes: () => Uint8Array<ArrayBuffer> }).bytes());
