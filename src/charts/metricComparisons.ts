import type { Metric } from '../schema/index.ts';
import type { ChartTask } from './types.ts';

/** One paired metric, with the reported value expressed in the target's unit when possible. */
export interface MetricComparison {
  task: ChartTask;
  /** Index of the metric in the task's list. */
  index: number;
  metric: Metric & { actual: NonNullable<Metric['actual']> };
  /** Reported value in the target's unit; null when the units cannot be put on one scale. */
  actual: number | null;
  /**
   * Signed distance from the target relative to its size, positive in the direction the target
   * asks for (above for ≥, below for ≤); null when the units differ.
   */
  margin: number | null;
}

const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];
/** Measure words that count the same kind of thing (公交候车亭30个 vs 44座; GLOSSARY.md). */
const COUNT_WORDS = new Set(['个', '座', '家', '处', '所', '项', '件', '条', '张', '头', '套', '辆', '批', '场']);

function splitUnit(unit: string): { factor: number; base: string } {
  for (const [prefix, factor] of MULTIPLIERS) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) return { factor, base: unit.slice(prefix.length) };
  }
  return { factor: 1, base: unit };
}

/** `value` (in `from`) expressed in the unit `to`, or null when the two do not measure alike. */
export function convertUnit(value: number, from: string, to: string): number | null {
  if (from === to) return value;
  const a = splitUnit(from);
  const b = splitUnit(to);
  const alike = a.base === b.base || (COUNT_WORDS.has(a.base) && COUNT_WORDS.has(b.base));
  return alike ? (value * a.factor) / b.factor : null;
}

/**
 * Every metric with a reported value, sorted meaningfully: first those reported on the same basis,
 * furthest short of the target first; then those whose basis differs or whose units cannot be
 * compared, in 编号 order. Ties keep 编号 and metric order, so the order is stable.
 */
export function metricComparisons(tasks: readonly ChartTask[]): MetricComparison[] {
  const list: MetricComparison[] = [];
  for (const task of tasks) {
    task.metrics.forEach((metric, index) => {
      if (!metric.actual) return;
      const target = metric.target;
      const actual = convertUnit(metric.actual.value, metric.actual.unit, target.unit);
      let margin: number | null = null;
      if (actual !== null) {
        const lower = target.comparator === '<=' || target.comparator === '<';
        const diff = lower ? target.value - actual : actual - target.value;
        margin = target.value === 0 ? diff : diff / Math.abs(target.value);
      }
      list.push({ task, index, metric: metric as MetricComparison['metric'], actual, margin });
    });
  }
  const ranked = (c: MetricComparison) => c.metric.basis === 'same' && c.margin !== null;
  return list.toSorted((a, b) => {
    if (ranked(a) !== ranked(b)) return ranked(a) ? -1 : 1;
    if (ranked(a) && a.margin !== b.margin) return a.margin! - b.margin!;
    return a.task.number - b.task.number || (a.task.sub ?? 0) - (b.task.sub ?? 0) || a.index - b.index;
  });
}
