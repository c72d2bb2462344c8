import type { Metric, Span, Task } from '../../schema/index.ts';

/**
 * Honest readings of an in-year report (issue 13, ARCHITECTURE.md invariant): a figure reported
 * before the year's end is progress, not a result. A pure pass over the derived tasks of a
 * progress report, applied after `derive` (and before overrides). The rules, in order:
 *
 * 1. A metric judged `not_met` becomes `unclear` (the gap is pace, not a miss); its pace is shown.
 * 2. A metric judged `met` stays `met` only when the item itself is reported finished (rule 4's
 *    finish words): a figure that seems to reach the target mid-year may count something else
 *    (all funds, not the district's), and a rate reached in June is not the year's, so otherwise
 *    it becomes `unclear`, with its pace.
 * 3. The status 未达目标 (`not_met`) never stands: it becomes 推进中 (`in_progress`).
 * 4. 已完成 (`completed`) stands only when the item itself is reported finished (a finish word:
 *    办结, 已建成, 全面完成, 已完成…); otherwise 推进中.
 * 5. 待核实 (`unclear`) and 推进中 stay as they are.
 *
 * Pace (reported ÷ target) is recorded for every metric with a figure in the target's unit.
 */

/** Words by which a government reports the item itself finished (not merely a figure reached). */
export const FINISH_WORDS = [
  '办结',
  '已建成',
  '已全部建成',
  '建成投用',
  '建成投运',
  '全面完成',
  '全部完成',
  '已完成',
  '已全部完成',
  '提前完成',
  '超额完成',
  '完成全年',
  '完成年度',
  '已竣工',
  '竣工验收',
  '已投用',
  '投入使用',
] as const;

/** The finish words found in a completion text, as spans of the verbatim text, longest first wins. */
export function finishWords(text: string): Span[] {
  const words = [...FINISH_WORDS].sort((a, b) => b.length - a.length);
  const taken: boolean[] = [];
  const out: Span[] = [];
  for (const w of words) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const end = at + w.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      // 未完成 / 尚未完成 / 未全部完成: a negated finish word is not one.
      if (/未|没有|尚未/.test(text.slice(Math.max(0, at - 2), at))) continue;
      for (let k = at; k < end; k++) taken[k] = true;
      out.push({ text: w, start: at, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reported ÷ target of one metric, when both are figures in the same unit and the target is a count. */
export function paceOf(metric: Metric): NonNullable<Task['pace']>[number] | undefined {
  const { target, actual } = metric;
  if (!actual || target.change || actual.change) return undefined;
  if (target.unit !== actual.unit || target.unit === '%' || target.unit === '个百分点') return undefined;
  if (!(target.value > 0) || !(actual.value >= 0)) return undefined;
  return {
    subject: metric.subject,
    reported: actual.value,
    target: target.value,
    unit: target.unit,
    percent: Math.round((actual.value / target.value) * 100),
  };
}

/** The in-year reading of one derived task of a progress report. */
export function inYearTask(task: Task): Task {
  const finished = finishWords(task.completion.verbatim);
  const metrics: Metric[] = task.metrics.map((m) => {
    const pace = paceOf(m);
    const paceText = pace
      ? `：已报${pace.reported}${pace.unit}，为全年目标${pace.target}${pace.unit}的${pace.percent}%`
      : '';
    if (m.verdict === 'not_met')
      return { ...m, verdict: 'unclear', reason: `年度中的进展报告，数字是进度，不是结果${paceText}，不判“未达目标”` };
    if (m.verdict === 'met' && finished.length === 0)
      return {
        ...m,
        verdict: 'unclear',
        reason: `年度中的进展报告，没有写明事项已经完成，年中数字不作“达到目标”判断${paceText}`,
      };
    return m;
  });
  const pace = metrics.map(paceOf).filter((p) => p !== undefined);
  const was = task.status;
  let status: Task['status'] = was;
  if (was.value === 'not_met') {
    status = {
      value: 'in_progress',
      reason: '年度中的进展报告：差距是进度，不是结果，年底前不判“未达目标”',
      evidence: [],
    };
  } else if (was.value === 'completed' && finished.length === 0) {
    status = {
      value: 'in_progress',
      reason: '年度中的进展报告：没有写明事项已经完成（如办结、已建成、全面完成），按推进中显示',
      evidence: [],
    };
  } else if (was.value === 'completed') {
    status = {
      ...was,
      reason: `年度中的进展报告写明事项已经完成（${[...new Set(finished.map((s) => `“${s.text}”`))].slice(0, 3).join('、')}）`,
      evidence: finished,
    };
  }
  const changed = status.value !== was.value;
  return {
    ...task,
    metrics,
    status,
    ...(pace.length ? { pace } : {}),
    ...(changed ? { inYear: { value: was.value, reason: was.reason } } : {}),
  };
}

/** The in-year pass over every task of a progress report. */
export function inYearReadings(tasks: Task[]): Task[] {
  return tasks.map(inYearTask);
}
