import { Errors, type Metric } from '../../schema/index.ts';
import type { TaskOverride } from '../../schema/overrides.ts';
import { basisOf } from './basis.ts';
import { targetStageOfWords } from './stage.ts';
import { actualOf, judge } from './metric.ts';
import { extractQuantities, type Found } from './quantities.ts';
import { overrideReasons, pairingReasons } from './reasons.ts';

/**
 * An override that cannot be applied: which metric, which catalogue entry (src/schema/errors.ts) and
 * the text the editor wrote. src/pipeline/overrides.ts turns it into the entry's problem, at the line
 * of that metric's correction.
 */
export class MetricOverrideError extends Error {
  /** 0-based position of the metric whose correction cannot be applied. */
  readonly metric: number;
  readonly entry: typeof Errors.OverrideMetricNotInText | typeof Errors.OverrideMetricNoFigure;
  /** The correction's text (`actual` or a part), as written. */
  readonly text: string;
  constructor(metric: number, entry: MetricOverrideError['entry'], text: string) {
    super(`${entry.code} (metric ${metric + 1}): ${text}`);
    this.name = 'MetricOverrideError';
    this.metric = metric;
    this.entry = entry;
    this.text = text;
  }
}

/**
 * Apply an editor's metric corrections to the derived metrics of one task. Each entry addresses a
 * metric by its number on the site (`metric`, from 1) or, in older files, by `index` (from 0); `actual` (or `parts`) name the completion figures by their exact verbatim text,
 * which must occur in the completion cell. Unless the entry sets them, basis and verdict are judged
 * again by the same rules, so an override changes the reading, not the rules. Every changed metric
 * keeps the editor's reason in `override`; removed metrics drop out.
 */
export function applyMetricOverrides(
  metrics: Metric[],
  entries: NonNullable<TaskOverride['metrics']>,
  completionVerbatim: string,
): Metric[] {
  const byIndex = new Map(entries.map((e) => [metricPosition(e), e]));
  const found = extractQuantities(completionVerbatim);
  const out: Metric[] = [];
  metrics.forEach((metric, index) => {
    const e = byIndex.get(index);
    if (!e) return void out.push(metric);
    if (e.remove) return;
    const target = { ...metric.target, ...(e.comparator ? { comparator: e.comparator } : {}) };
    let actual = metric.actual;
    let basis = metric.basis;
    let basisReason = '';
    const texts = e.parts ?? (e.actual === undefined ? undefined : e.actual === null ? [] : [e.actual]);
    if (texts) {
      const parts = texts.map((text) => figureAt(found, completionVerbatim, text, index));
      actual = actualOf(parts, completionVerbatim);
      const reading =
        parts.length === 0
          ? { basis: 'none' as const, reason: pairingReasons.noResult }
          : basisOf(target.basisWords, parts[0]!, targetStageOfWords(target.basisWords));
      basis = reading.basis;
      basisReason = reading.reason;
    }
    if (e.basis) basis = e.basis;
    const judged = judge(target, actual, basis === 'same', basisReason || overrideReasons.basisSet(basis));
    out.push({
      ...metric,
      subject: e.subject ?? metric.subject,
      target,
      actual,
      basis,
      verdict: e.verdict ?? judged.verdict,
      reason: e.verdict ? overrideReasons.editorVerdict(e.reason) : overrideReasons.rejudged(judged.reason),
      override: e.reason,
    });
  });
  return out;
}

/** 0-based position of the metric an entry addresses: `metric` counts from 1 (as the site shows), `index` from 0. */
export function metricPosition(e: { metric?: number | undefined; index?: number | undefined }): number {
  return e.metric !== undefined ? e.metric - 1 : (e.index ?? -1);
}

/** The completion figure written exactly as `text`: the first figure whose span is `text` or lies inside it. */
function figureAt(found: Found[], completion: string, text: string, index: number): Found {
  const at = completion.indexOf(text);
  if (at < 0) throw new MetricOverrideError(index, Errors.OverrideMetricNotInText, text);
  const q = found.find((f) => f.start >= at && f.end <= at + text.length);
  if (!q) throw new MetricOverrideError(index, Errors.OverrideMetricNoFigure, text);
  return q;
}
