import type { APIRoute } from 'astro';
import { splitTasks } from './counts.ts';
import { bibtex, cslJson } from './cite.ts';
import { siteData, yearData } from './site.ts';
import { renderedYears } from './static-paths.ts';
import { taskSlug } from './urls.ts';

/** getStaticPaths for a task's citation files: one per task page (sub-items and split 编号 included). */
export async function taskCitePaths() {
  const site = await siteData();
  return renderedYears(site).flatMap((y) => [
    ...y.tasks.map((task) => ({ params: { year: String(task.year), n: taskSlug(task.id) }, props: { id: task.id } })),
    ...splitTasks(y.tasks).map((s) => ({
      params: { year: String(y.report.year), n: String(s.number) },
      props: { id: String(s.number) },
    })),
  ]);
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
