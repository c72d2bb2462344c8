import type { Report, Task } from '../schema/index.ts';
import { byTaskOrder } from '../lib/order.ts';
import { paths } from '../lib/urls.ts';

/**
 * One searchable page: a task page (one per task, so ranking works per task) or a report overview.
 * Pages that gather many tasks (all-tasks, areas, statuses, home) get no record: they would repeat
 * every task's text and crowd the task pages out of the first results.
 * The same records feed Pagefind and the plain-script index used from file://, so both searches
 * see the same text, titles and filters.
 */
export interface SearchRecord {
  /** Root-relative path of the page (src/lib/urls.ts), which is also its link from search.html. */
  url: string;
  kind: 'task' | 'report';
  year: number;
  /** 编号 of a task; 0 for a report overview (sorts before its tasks). */
  number: number;
  /** Sub-item index when the 编号 spans rows (a task “12.3” has number 12, sub 3); sorts after number. */
  sub?: number;
  /** Heading of the result, e.g. 「第 7 项:……」 or the report's title. */
  title: string;
  /** Area name and status label of a task (filters); empty for a report. */
  area: string;
  status: string;
  /** The page's own text, fields separated by newlines: what a query must be found in. */
  text: string;
}

export interface RecordLabels {
  /** Area name for a taxonomy slug. */
  areaName: (slug: string) => string;
  /** Status label for a status value. */
  statusLabel: (value: Task['status']['value']) => string;
  /** Result heading of a task. */
  taskTitle: (task: Task) => string;
}

/** Records of one year: its overview first, then its tasks in 编号 order. */
export function yearRecords(report: Report, tasks: readonly Task[], labels: RecordLabels): SearchRecord[] {
  const overview: SearchRecord = {
    url: paths.report(report.year),
    kind: 'report',
    year: report.year,
    number: 0,
    title: report.title,
    area: '',
    status: '',
    // The overview's own words: title, region and the 政务公开 block (the task table is left out).
    text: [report.title, report.region, ...Object.values(report.meta)].filter(Boolean).join('\n'),
  };
  const taskRecords = tasks.toSorted(byTaskOrder).map((task): SearchRecord => ({
    url: paths.task(task.year, task.id),
    kind: 'task',
    year: task.year,
    number: task.number,
    ...(task.sub !== undefined ? { sub: task.sub } : {}),
    title: labels.taskTitle(task),
    area: labels.areaName(task.area.slug),
    status: labels.statusLabel(task.status.value),
    // The short title is a prefix of the target, so it is not repeated here.
    // Every other column the page shows (issue 12), in place of responsible/nextSteps when present.
    text: [
      task.target,
      task.completion,
      task.group?.cell,
      ...(task.columns.length > 0 ? task.columns.map((c) => c.cell) : [task.responsible, task.nextSteps]),
    ]
      .filter((c) => c !== undefined)
      .map((c) => c.display)
      .join('\n'),
  }));
  return [overview, ...taskRecords];
}
