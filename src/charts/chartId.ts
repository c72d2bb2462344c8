/**
 * A stable id prefix for one chart: derived from the chart kind, the year and (on a task page)
 * the task number, never from a counter, so a page's ids do not depend on build order.
 */
export function chartId(kind: string, year: number, task?: number | string): string {
  const safe = kind.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return task === undefined ? `${safe}-${year}` : `${safe}-${year}-t${String(task).replace(/[^0-9]/g, '-')}`;
}
