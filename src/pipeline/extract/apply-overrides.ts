import type { Metric } from '../../schema/index.ts';
import type { TaskOverride } from '../../schema/overrides.ts';

/**
 * Apply an editor's metric corrections to the derived metrics of one task.
 * STUB — the figures work (issue 3) replaces this body; the signature is the contract.
 */
export function applyMetricOverrides(metrics: Metric[], entries: NonNullable<TaskOverride['metrics']>, _completionVerbatim: string): Metric[] {
  return entries.length === 0 ? metrics : metrics;
}
