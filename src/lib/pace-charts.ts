/**
 * The in-year pace timelines of a task page (issue 13) as chart files (issue 16.3): which a task
 * page draws, their data, their SVG, their CSV table and the reports they draw on. Pure: the task
 * page (src/components/progress/Timeline.astro), the chart endpoints and the tests call the same
 * functions, so a page and its files cannot disagree.
 */
import { paceTimeline, type PaceTimelineData } from '../charts/paceTimeline.ts';
import { t } from '../i18n/index.ts';
import { progressText as p } from '../i18n/progress.ts';
import type { Report } from '../schema/index.ts';
import { chartSpec, type ChartData, type ChartSpec } from './chart-embed.ts';
import type { YearData } from './site.ts';
import { paceSeries, timelineOf, type Reading } from './timeline.ts';

/**
 * The pace timelines a task page draws from its readings, in order: one per figure reported at two
 * or more dates, and none when the year has a single reading of the target (no timeline section).
 */
export function paceCharts(readings: readonly Reading[]): PaceTimelineData[] {
  return readings.length > 1 ? paceSeries([...readings]).filter((s) => s.points.length > 1) : [];
}

/** Every pace timeline of a year's task pages, by its stable id (pace-timeline-<year>-t<id>-<k>). */
export function yearPaceCharts(year: YearData): ChartSpec[] {
  return year.tasks.flatMap((task) =>
    paceCharts(timelineOf(year, task)).map((_, i) => chartSpec('pace', year.report.year, task.id, i + 1)),
  );
}

/** A pace timeline's data and the task's readings, found by its spec; an error names a chart no task page draws. */
export function paceChart(year: YearData, spec: ChartSpec): { data: PaceTimelineData; readings: Reading[] } {
  const task = year.tasks.find((x) => x.id === spec.task);
  const readings = task ? timelineOf(year, task) : [];
  const data = paceCharts(readings)[(spec.series ?? 0) - 1];
  if (spec.kind !== 'pace' || !data) throw new Error(`no pace timeline ${spec.id} on the task pages of ${spec.year}`);
  return { data, readings };
}

/** The chart as the task page draws it. */
export function paceSvg(spec: ChartSpec, data: PaceTimelineData): string {
  return paceTimeline(data, { year: spec.year, task: `${spec.task}.${spec.series}` });
}

/** The chart's caption: what the page's <figcaption> says. */
export function paceCaption(data: PaceTimelineData): string {
  return `${p.timelineChart}：${data.subject}`;
}

/** The date a reading stands at on the chart: its as-of date, or the year's end for a final report without one. */
const pointDate = (report: Report) => report.asOf ?? `${report.year}-12-31`;

/** The reports the chart draws on, in date order: those whose reading gave one of its points. */
export function paceReports(readings: readonly Reading[], data: PaceTimelineData): Report[] {
  return readings
    .map((r) => r.report)
    .filter((r, i, all) => all.indexOf(r) === i)
    .filter((r) => data.points.some((x) => x.report === r.title && x.date === pointDate(r)));
}

/**
 * The chart's data: one row per point in date order — as-of date (YYYY-MM-DD), report, the figure reported,
 * the year's target, the unit and the share of the target (as the chart's description states it).
 */
export function paceTable(data: PaceTimelineData): ChartData {
  return {
    header: [
      t('chart.col.metric'),
      p.colDate,
      p.colReport,
      p.paceColReported,
      p.paceColTarget,
      p.paceColUnit,
      p.paceColShare,
    ],
    rows: data.points
      .toSorted((a, b) => a.date.localeCompare(b.date))
      .map((x) => [
        data.subject,
        x.date,
        x.report,
        String(x.value),
        String(data.target),
        data.unit,
        String(Math.round((x.value / data.target) * 100)),
      ]),
  };
}
