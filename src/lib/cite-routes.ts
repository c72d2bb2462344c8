import type { APIRoute } from 'astro';
import { splitTasks } from './counts.ts';
import { bibtex, cslJson } from './cite.ts';
import { siteData, yearData, type SiteData } from './site.ts';
import { renderedYears } from './static-paths.ts';
import { paths, taskSlug } from './urls.ts';

/** Every task page's citation id in a rendered year: each task and sub-item, and each split 编号. */
function taskCiteIds(y: SiteData['years'][number]): string[] {
  return [...y.tasks.map((task) => task.id), ...splitTasks(y.tasks).map((s) => String(s.number))];
}

/**
 * getStaticPaths for a task's citation files under `astro dev` only. A build (GZBG_SIDE_FILES, set
 * by src/integration/index.ts) writes these files without a route (taskCitationFiles below, through
 * src/integration/side-files.ts): two files per task rendered one route at a time cost Astro
 * ~0.7 ms each, a third of the render phase of a 2,000-task archive (BENCHMARKS.md, 2026-12-01,
 * session 4). Both paths call the same bibtex/cslJson.
 */
export async function taskCitePaths() {
  if (import.meta.env.GZBG_SIDE_FILES === true) return [];
  const site = await siteData();
  return renderedYears(site).flatMap((y) =>
    taskCiteIds(y).map((id) => ({ params: { year: String(y.report.year), n: taskSlug(id) }, props: { id } })),
  );
}

/**
 * A year's per-task citation files (`<year>/tasks/<n>.bib` and `.json`), path → text, for the
 * integration to write at build end: one entry per task page, sub-items and split 编号 included.
 */
export function taskCitationFiles(site: SiteData, year: number): Record<string, string> {
  const y = yearData(site, year);
  const files: Record<string, string> = {};
  for (const id of taskCiteIds(y)) {
    files[paths.citeBib(year, id)] = bibtex(y.report, id);
    files[paths.citeJson(year, id)] = cslJson(y.report, id);
  }
  return files;
}

/** An endpoint writing the citation of a report (no `id` prop) or of a task in one format. */
export function citeRoute(format: 'bib' | 'json'): APIRoute {
  return async ({ params, props }) => {
    const { report } = yearData(await siteData(), Number(params.year));
    const id = (props as { id?: string }).id;
    const body = format === 'bib' ? bibtex(report, id) : cslJson(report, id);
    const type = format === 'bib' ? 'application/x-bibtex' : 'application/vnd.citationstyles.csl+json';
    return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
  };
}
