import type { Metric, Span, Status } from '../../schema/index.ts';
import { CUE_NOT_IN, DONE_CUES, PROGRESS_CUES, longestFirst } from './lexicon.ts';
import { nameRanges, insideAny } from './names.ts';

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
  const progress = cues(completion, PROGRESS_CUES).concat(partialPercents(completion));
  const done = cues(completion, DONE_CUES);
  const failed = metrics.filter((m) => m.verdict === 'not_met');
  if (failed.length > 0) {
    return {
      value: 'not_met',
      reason: `${metrics.length}个量化指标中有${failed.length}个未达到目标（${failed.map((m) => m.subject).join('、')}）`,
      evidence: [],
    };
  }
  if (metrics.length > 0 && metrics.every((m) => m.verdict === 'met')) {
    return { value: 'completed', reason: `${metrics.length}个量化指标全部达到目标`, evidence: done };
  }
  const quoted = (spans: Span[]) => [...new Set(spans.map((s) => `“${s.text}”`))].slice(0, 3).join('、');
  if (progress.length > 0) {
    const lead = metrics.length > 0 ? '量化指标无法全部判断；' : '没有量化指标；';
    return {
      value: 'in_progress',
      reason: `${lead}完成情况使用了${quoted(progress)}等表示仍在进行的用语`,
      evidence: progress,
    };
  }
  if (metrics.length === 0 && done.length > 0) {
    return {
      value: 'completed',
      reason: `没有量化指标；完成情况使用了${quoted(done)}等表示完成的用语，且没有表示仍在进行的用语`,
      evidence: done,
    };
  }
  if (metrics.length > 0)
    return { value: 'unclear', reason: '有量化指标无法判断是否达到，完成情况也没有说明进度的用语', evidence: [] };
  return { value: 'unclear', reason: '没有量化指标，完成情况也没有表示完成或仍在进行的用语', evidence: [] };
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

/** 完成95%: a share of the work below 100% is progress, not completion. */
function partialPercents(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/完成(?:了)?([0-9]+(?:\.[0-9]+)?)[%％]/g)) {
    if (Number(m[1]) < 100) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
