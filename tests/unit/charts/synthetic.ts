// SYNTHETIC test data for the chart functions: invented tasks, not any real report.
import {
  statuses,
  type Basis,
  type Comparator,
  type Metric,
  type Status,
  type Verdict,
} from '../../../src/schema/index.ts';
import type { ChartArea, ChartTask } from '../../../src/charts/types.ts';
import type { IndicatorSeries, IndicatorYear } from '../../../src/pipeline/compare/index.ts';

export const areas: ChartArea[] = [
  { slug: 'alpha', name: '合成领域甲' },
  { slug: 'beta', name: '合成领域乙' },
  { slug: 'gamma', name: '合成领域丙' },
];

interface MetricSpec {
  subject?: string;
  target: number;
  unit?: string;
  comparator?: Comparator;
  actual?: number | null;
  actualUnit?: string;
  basis?: Basis;
  verdict?: Verdict;
}

export function metric(spec: MetricSpec): Metric {
  const unit = spec.unit ?? '个';
  const targetText = `${spec.target}${unit}`;
  const actual = spec.actual === undefined || spec.actual === null ? null : spec.actual;
  const actualText = actual === null ? '' : `${actual}${spec.actualUnit ?? unit}`;
  return {
    subject: spec.subject ?? '合成指标',
    target: {
      text: targetText,
      start: 0,
      end: targetText.length,
      value: spec.target,
      unit,
      qualifiers: [],
      basisWords: [],
      comparator: spec.comparator ?? '>=',
    },
    actual:
      actual === null
        ? null
        : {
            text: actualText,
            start: 0,
            end: actualText.length,
            value: actual,
            unit: spec.actualUnit ?? unit,
            qualifiers: [],
            basisWords: [],
            parts: [],
          },
    basis: spec.basis ?? (actual === null ? 'none' : 'same'),
    verdict: spec.verdict ?? 'unclear',
    reason: '合成数据的理由',
  };
}

export function task(
  number: number,
  area: string,
  status: Status,
  metrics: Metric[] = [],
  shortTitle = `合成任务${number}`,
): ChartTask {
  return {
    year: 2099,
    number,
    shortTitle,
    area: { slug: area, evidence: [] },
    status: { value: status, reason: '合成数据', evidence: [] },
    metrics,
  };
}

/** n tasks spread over the areas and statuses by a fixed rule (no randomness). */
export function manyTasks(n: number): ChartTask[] {
  return Array.from({ length: n }, (_, i) =>
    task(i + 1, areas[(i * 7) % areas.length]!.slug, statuses[(i * 5 + (i >> 2)) % statuses.length]!),
  );
}

/** One year of an indicator as the comparison hands it to the chart (target, result or none, met). */
export const indicatorYear = (y: number, target: number, actual: number | null, unit = '%'): IndicatorYear => ({
  year: y,
  task: 1,
  taskId: '1',
  subject: 's',
  target: { text: `${target}${unit}`, value: target, unit, comparator: '~' },
  actual: actual === null ? null : { text: `${actual}${unit}`, value: actual, unit },
  verdict: 'met',
  basis: 'same',
});

/** A registered indicator over the given years. */
export const indicatorSeries = (name: string, years: IndicatorYear[], unit = '%'): IndicatorSeries => ({
  id: name,
  name,
  unit,
  registered: true,
  years,
});
