import type { Pace, Report, Task } from '../schema/index.ts';
import type { YearData } from './site.ts';

/** One reading of a target through the year: which report, as of when, and the row it gave. */
export interface Reading {
  report: Report;
  task: Task;
  /** Whether this reading comes from the year's headline report (the final result, or the latest snapshot). */
  headline: boolean;
}

/**
 * A task's timeline (issue 13): every reading of its target through the year in date order — the
 * rows of the year's progress reports linked to it, then its own row (the final result, or the
 * latest snapshot when the year has no final report yet). One reading when the year has one report.
 */
export function timelineOf(year: YearData, task: Task): Reading[] {
  const earlier = (year.others ?? []).flatMap((o) =>
    o.tasks.filter((t) => t.link?.id === task.id).map((t) => ({ report: o.report, task: t, headline: false })),
  );
  const own = { report: year.report, task, headline: true };
  return [...earlier, own].toSorted((a, b) => dateKey(a.report).localeCompare(dateKey(b.report)));
}

/** Date order: as-of date; a final report without one comes last. */
export function dateKey(r: Report): string {
  return r.asOf ?? (r.kind === 'progress' ? '0000' : '9999-12-31');
}

/** 截至6月30日 / 截至12月31日: the as-of label of a report, or undefined for a final report without a date. */
export function asOfLabel(report: Pick<Report, 'asOf'>): string | undefined {
  if (!report.asOf) return undefined;
  return `截至${Number(report.asOf.slice(5, 7))}月${Number(report.asOf.slice(8, 10))}日`;
}

/** 截至 6 月: the month an in-year headline stands at, for the year's label. */
export function asOfMonth(report: Pick<Report, 'asOf'>): string | undefined {
  return report.asOf ? `截至 ${Number(report.asOf.slice(5, 7))} 月` : undefined;
}

/** A figure series for the timeline chart: one metric's pace at each reading that reports it. */
export function paceSeries(
  readings: Reading[],
): { subject: string; unit: string; target: number; points: { date: string; value: number; report: string }[] }[] {
  const bySubject = new Map<
    string,
    { subject: string; unit: string; target: number; points: { date: string; value: number; report: string }[] }
  >();
  for (const r of readings) {
    const date = r.report.asOf ?? `${r.report.year}-12-31`;
    const paces: Pace[] =
      r.task.pace ??
      r.task.metrics.flatMap((m) =>
        m.actual && m.actual.unit === m.target.unit && !m.target.change && !m.actual.change && m.target.value > 0
          ? [{ subject: m.subject, reported: m.actual.value, target: m.target.value, unit: m.target.unit, percent: 0 }]
          : [],
      );
    for (const p of paces) {
      const key = `${p.subject}|${p.unit}|${p.target}`;
      const s = bySubject.get(key) ?? { subject: p.subject, unit: p.unit, target: p.target, points: [] };
      s.points.push({ date, value: p.reported, report: r.report.title });
      bySubject.set(key, s);
    }
  }
  return [...bySubject.values()];
}
