// Not published: a year's small generated files that need no route of their own (each task's .bib
// and .json citation), path → text. src/integration/side-files.ts writes them at build end and
// deletes this folder, so dist/ never holds it. See taskCitationFiles in src/lib/cite-routes.ts.
import type { APIRoute } from 'astro';
import { taskCitationFiles } from '../../lib/cite-routes.ts';
import { siteData } from '../../lib/site.ts';
import { yearPaths } from '../../lib/static-paths.ts';

export const getStaticPaths = yearPaths;
export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify({ files: taskCitationFiles(await siteData(), Number(params.year)) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
