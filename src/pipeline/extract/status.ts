import type { Metric, Span, Status } from '../../schema/index.ts';
import { hasBoundary } from './clauses.ts';
import { CUE_NOT_IN, DONE_CUES, PROGRESS_CUES, RATE_PATTERNS, VOLUME_VERBS, longestFirst } from './lexicon.ts';
import { nameRanges, insideAny } from './names.ts';
import { extractQuantities } from './quantities.ts';
import { statusReasons, statusSentences } from './reasons.ts';

/**
 * A task's status: the pipeline's reading, from its metric verdicts and the completion text's own
 * words. The rules, in order:
 * 1. any metric `not_met` → not_met (未达目标);
 * 2. metrics, all `met` → completed (已完成);
 * 3. the text uses an in-progress word (正在, 已开工, 初方案, 基本完成, 完成95%…) → in_progress (推进中);
 * 4. no metrics, and the text uses a done word (已完成, 建成投用, 竣工…) → completed;
 * 5. otherwise → unclear (待核实): metrics that cannot be judged, or text with neither kind of word.
 */
export function statusOf(
  metrics: Pick<Metric, 'verdict' | 'subject'>[],
  completion: string,
): { value: Status; reason: string; evidence: Span[] } {
  const rates = rateSpans(completion);
  const outsideRates = (c: Span) => !rates.some((r) => c.start < r.span.end && r.span.start < c.end);
  const progress = cues(completion, PROGRESS_CUES)
    .filter(outsideRates)
    .concat(rates.filter((r) => r.share < 100).map((r) => r.span))
    .sort((a, b) => a.start - b.start);
  const volumes: Span[] = [];
  const done = withoutVolumes(completion, cues(completion, DONE_CUES).filter(outsideRates), volumes)
    .concat(rates.filter((r) => r.share >= 100).map((r) => r.span))
    .sort((a, b) => a.start - b.start);
  const failed = metrics.filter((m) => m.verdict === 'not_met');
  if (failed.length > 0) {
    return {
      value: 'not_met',
      reason: statusSentences.notMet(
        metrics.length,
        failed.map((m) => m.subject),
      ),
      evidence: [],
    };
  }
  if (metrics.length > 0 && metrics.every((m) => m.verdict === 'met')) {
    return { value: 'completed', reason: statusSentences.allMet(metrics.length), evidence: done };
  }
  const words = (spans: Span[]) => [...new Set(spans.map((s) => s.text))].slice(0, 3);
  if (progress.length > 0) {
    return {
      value: 'in_progress',
      reason: statusSentences.progress(metrics.length > 0, words(progress)),
      evidence: progress,
    };
  }
  if (metrics.length === 0 && done.length > 0) {
    return {
      value: 'completed',
      reason: statusSentences.done(words(done)),
      evidence: done,
    };
  }
  if (metrics.length > 0) return { value: 'unclear', reason: statusSentences.metricsUnclear, evidence: [] };
  if (volumes.length > 0)
    return { value: 'unclear', reason: statusReasons.volumeOnly(volumes.map((v) => v.text)), evidence: volumes };
  return { value: 'unclear', reason: statusSentences.nothing, evidence: [] };
}

/** Cue words of a list in the text, longest first, not inside titles or quoted names. */
function cues(text: string, list: readonly string[]): Span[] {
  const names = nameRanges(text);
  for (const w of CUE_NOT_IN)
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) names.push([at, at + w.length]);
  const words = longestFirst(list);
  const out: Span[] = [];
  const taken: boolean[] = [];
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (insideAny(names, at, end) || taken.slice(at, end).some(Boolean)) continue;
      for (let k = at; k < end; k++) taken[k] = true;
      out.push({ text: w, start: at, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Shares of the plan as the text states them (完成95%, 完成率47.23%, 完成年度计划的58%): below 100 they
 * are progress, never completion; at or over 100 the plan is done.
 */
function rateSpans(text: string): { span: Span; share: number }[] {
  const out: { span: Span; share: number }[] = [];
  for (const source of RATE_PATTERNS) {
    for (const m of text.matchAll(new RegExp(source, 'gu'))) {
      const span = { text: m[0], start: m.index!, end: m.index! + m[0].length };
      if (!out.some((o) => o.span.start < span.end && span.start < o.span.end))
        out.push({ span, share: Number(m.groups!.share) });
    }
  }
  return out;
}

/**
 * 完成 before an amount says how much was done, not that the task is finished (完成投资240.3亿元,
 * 全年完成职业培训量4753人次, 完成市场政策资金兑付1400余万元): such a cue is dropped when a figure
 * follows it in its clause.
 */
function withoutVolumes(text: string, spans: Span[], volumes: Span[] = []): Span[] {
  const figures = extractQuantities(text);
  return spans.filter((c) => {
    if (!VOLUME_VERBS.some((v) => c.text.endsWith(v))) return true;
    const q = figures.find((f) => f.start >= c.end && !hasBoundary(text, c.end, f.start));
    if (!q) return true;
    volumes.push({ text: text.slice(c.start, q.end), start: c.start, end: q.end });
    return false;
  });
}
