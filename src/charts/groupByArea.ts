import type { ChartArea, ChartTask } from './types.ts';

export interface AreaGroup<T extends ChartTask> {
  area: ChartArea;
  tasks: T[];
}

/**
 * Tasks grouped by area in the taxonomy's order, each group in 编号 order; areas without tasks are
 * left out, and a slug the taxonomy lacks still gets its own group (named by its slug) at the end,
 * so no task ever disappears from a chart.
 */
export function groupByArea<T extends ChartTask>(tasks: readonly T[], areas: readonly ChartArea[]): AreaGroup<T>[] {
  const known = new Set(areas.map((a) => a.slug));
  const extra = [...new Set(tasks.map((t) => t.area.slug).filter((s) => !known.has(s)))].sort();
  return [...areas, ...extra.map((slug) => ({ slug, name: slug }))]
    .map((area) => ({
      area,
      tasks: tasks
        .filter((t) => t.area.slug === area.slug)
        .toSorted((a, b) => a.number - b.number || (a.sub ?? 0) - (b.sub ?? 0)),
    }))
    .filter((g) => g.tasks.length > 0);
}
