import type { IndicatorRegistry, Report, Task } from '../../schema/index.ts';
import { indicatorSeries, type IndicatorSeries } from './indicators.ts';
import { LINK_THRESHOLD, linkYears, type YearLinks } from './link.ts';
import { summarizeYear, type YearSummary } from './summary.ts';

export { counterpartsOf, LINK_THRESHOLD, type Counterpart, type TaskCounterparts, type YearLinks } from './link.ts';
export type { IndicatorSeries, IndicatorYear } from './indicators.ts';
export type { YearSummary } from './summary.ts';

/** Everything the comparison pages show, for all years at once. */
export interface Comparison {
  /** Report years, oldest first. */
  years: number[];
  summaries: YearSummary[];
  indicators: IndicatorSeries[];
  /** Links between each pair of adjacent years, oldest pair first; empty with one year. */
  links: YearLinks[];
}

/** Compare the years of the site. Pure: same reports, tasks and registry, same result. */
export function compareYears(
  years: { report: Report; tasks: Task[] }[],
  registry: IndicatorRegistry,
  threshold = LINK_THRESHOLD,
): Comparison {
  const ordered = [...years].sort((a, b) => a.report.year - b.report.year);
  const linkable = (tasks: Task[]) =>
    tasks.map((t) => ({ year: t.year, number: t.number, id: t.id, target: t.target.display }));
  const links = ordered.slice(1).map((y, k) => linkYears(linkable(ordered[k]!.tasks), linkable(y.tasks), threshold));
  return {
    years: ordered.map((y) => y.report.year),
    summaries: ordered.map((y) => summarizeYear(y.report.year, y.tasks)),
    indicators: indicatorSeries(
      registry,
      ordered.map((y) => ({ year: y.report.year, tasks: y.tasks })),
    ),
    links,
  };
}
