import { statuses, verdicts, type Status, type Verdict } from '../schema/index.ts';

/**
 * How a status or verdict is shown: its words (from zh-CN.json) plus a shape, so meaning never
 * rests on colour alone (WCAG 1.4.1). The symbols are decorative next to the words.
 */
export const statusSymbol: Record<Status, string> = {
  completed: '✓',
  in_progress: '◔',
  not_met: '✕',
  unclear: '?',
};
export const verdictSymbol: Record<Verdict, string> = { met: '✓', not_met: '✕', unclear: '?' };

/** URL slug of a status page: ASCII with hyphens (in_progress → in-progress). */
export function statusSlug(status: Status): string {
  return status.replace(/_/g, '-');
}

/** The status a slug names, or undefined. */
export function statusFromSlug(slug: string): Status | undefined {
  return statuses.find((s) => statusSlug(s) === slug);
}

export { statuses, verdicts };

/**
 * The statuses a report's pages show. An in-year progress report never judges «未达目标» (issue 13:
 * a shortfall before the year's end is not a miss), so its pages do not offer that category at all,
 * not even with a count of 0.
 */
export function shownStatuses(inYear: boolean): Status[] {
  return inYear ? statuses.filter((s) => s !== 'not_met') : [...statuses];
}

/** Whether a report is an in-year progress report (its figures are progress, not results). */
export function isInYear(report: { kind?: 'final' | 'progress' | undefined }): boolean {
  return report.kind === 'progress';
}
