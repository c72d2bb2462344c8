import { statuses, verdicts, type Status, type Task, type Verdict } from '../../schema/index.ts';
import { byCodeUnit } from '../order.ts';

/** One year's figures for the side-by-side summary. */
export interface YearSummary {
  year: number;
  tasks: number;
  /** Tasks per status, every status present (0 when none). */
  statuses: Record<Status, number>;
  /** Tasks per policy-area slug, largest first (ties: slug order). */
  areas: { slug: string; count: number }[];
  /** Quantified targets and their verdicts. */
  metrics: number;
  verdicts: Record<Verdict, number>;
  /** Tasks with at least one quantified target. */
  quantifiedTasks: number;
}

/** Count one year's tasks by status, area and target verdict. */
export function summarizeYear(year: number, tasks: Task[]): YearSummary {
  const statusCounts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  const verdictCounts = Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
  const areas = new Map<string, number>();
  let metrics = 0;
  for (const t of tasks) {
    statusCounts[t.status.value]++;
    areas.set(t.area.slug, (areas.get(t.area.slug) ?? 0) + 1);
    for (const m of t.metrics) {
      verdictCounts[m.verdict]++;
      metrics++;
    }
  }
  return {
    year,
    tasks: tasks.length,
    statuses: statusCounts,
    areas: [...areas]
      .map(([slug, count]) => ({ slug, count }))
      .sort((a, b) => b.count - a.count || byCodeUnit(a.slug, b.slug)),
    metrics,
    verdicts: verdictCounts,
    quantifiedTasks: tasks.filter((t) => t.metrics.length > 0).length,
  };
}
