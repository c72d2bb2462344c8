import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { t } from '../i18n/index.ts';
import { chartId } from './chartId.ts';
import { comparatorSign } from './comparatorSign.ts';
import { escape } from './escape.ts';
import { fixed } from './fixed.ts';
import { formatDifference, formatQuantity } from './format.ts';
import { metricComparisons, type MetricComparison } from './metricComparisons.ts';
import { svgImage } from './svgImage.ts';
import { textLine } from './textLine.ts';
import { textWidth } from './textWidth.ts';
import { taskKey, type ChartTask } from './types.ts';
import { wrapText } from './wrapText.ts';

export interface TargetVsResultOptions {
  year: number;
  /** Set on a task page (its id, or 编号): the chart shows that task's metrics and its ids carry it. */
  task?: number | string;
  width?: number;
  /** An in-year report's metrics: the finding names no «未达目标» count (issue 13: never judged before the year's end). */
  inYear?: boolean;
}

const FONT = 15;
const SMALL = 14;
const BAR = 10;

/** Target as printed: 目标 ≥2400套. */
export function targetText(c: MetricComparison): string {
  const tg = c.metric.target;
  return t('chart.tvr.target', { value: `${comparatorSign[tg.comparator]}${formatQuantity(tg.value, tg.unit)}` });
}

/** Reported value as printed, in its own unit: 实际 2650套. */
export function actualText(c: MetricComparison): string {
  const a = c.metric.actual;
  return t(c.actual === null ? 'chart.tvr.actualOtherUnit' : 'chart.tvr.actual', {
    value: formatQuantity(a.value, a.unit),
  });
}

/** The verdict in words, with the gap when the basis is the same, or why the basis differs. */
export function verdictText(c: MetricComparison): string {
  const verdict = t(`verdict.${c.metric.verdict}`);
  if (c.metric.basis !== 'same') return t('chart.tvr.why', { verdict, why: t(`basis.${c.metric.basis}`) });
  if (c.actual === null) return verdict;
  const diff = c.actual - c.metric.target.value;
  if (diff === 0) return t('chart.tvr.equal', { verdict });
  return t(diff > 0 ? 'chart.tvr.above' : 'chart.tvr.below', {
    verdict,
    diff: formatDifference(Math.abs(diff), c.metric.target.unit),
  });
}

/** The finding: how many met, missed or could not be judged, and the largest shortfall. */
export function targetVsResultFinding(list: readonly MetricComparison[], inYear = false): string {
  if (list.length === 0) return t('chart.tvr.none');
  const n = (v: string) => list.filter((c) => c.metric.verdict === v).length;
  const parts = [
    t(inYear ? 'chart.tvr.summaryInYear' : 'chart.tvr.summary', {
      count: list.length,
      met: n('met'),
      notMet: n('not_met'),
      unclear: n('unclear'),
      otherBasis: list.filter((c) => c.metric.basis !== 'same').length,
    }),
  ];
  const worst = list[0]!;
  if (worst.metric.basis === 'same' && worst.margin !== null && worst.margin < 0) {
    parts.push(
      t('chart.tvr.worst', {
        number: taskKey(worst.task),
        subject: worst.metric.subject,
        target: targetText(worst),
        actual: actualText(worst),
      }),
    );
  }
  return parts.join('');
}

/** One small multiple: heading, target tick, reported bar on the metric's own scale, verdict. */
function panel(c: MetricComparison, top: number, width: number, withTask: boolean): { svg: string; height: number } {
  const tg = c.metric.target.value;
  const values = c.actual === null ? [0, tg] : [0, tg, c.actual];
  const lo = min(values)!;
  const hi = max(values)!;
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi * 1.08])
    .nice()
    .range([0, width]);
  const out: string[] = [];
  let y = top;
  // Each label has its own line box (textLine), so no two labels share vertical space.
  const text = (content: string, size: number, x0: number, cls: string) => {
    out.push(
      `<text font-size="${size}" class="${cls}" x="${fixed(x0)}" y="${fixed(y + size * textLine.baseline)}">${escape(content)}</text>`,
    );
    y += size * textLine.height;
  };
  const heading = withTask
    ? t('chart.tvr.heading', { number: taskKey(c.task), subject: c.metric.subject })
    : c.metric.subject;
  for (const line of wrapText(heading, FONT, width)) text(line, FONT, 0, 'chart-label strong');
  // Labels are clamped inside the panel and sit on their own lines, so they never collide.
  const place = (label: string, at: number, size: number) =>
    Math.min(Math.max(at - textWidth(label, size) / 2, 0), width - textWidth(label, size));
  const tLabel = targetText(c);
  text(tLabel, SMALL, place(tLabel, x(tg), SMALL), 'chart-small');
  const track = y + 8;
  const hollow = c.metric.basis !== 'same';
  out.push(
    `<line class="chart-grid" aria-hidden="true" x1="0" x2="${fixed(width)}" y1="${fixed(track + BAR / 2)}" y2="${fixed(track + BAR / 2)}"/>`,
  );
  if (c.actual !== null) {
    const x0 = x(Math.min(0, c.actual));
    const x1 = x(Math.max(0, c.actual));
    out.push(
      `<rect class="v-${c.metric.verdict} ${hollow ? 'm-hollow' : 'm-fill'}" x="${fixed(x0)}" y="${fixed(track)}" width="${fixed(Math.max(x1 - x0, 1))}" height="${BAR}"/>`,
    );
  }
  out.push(
    `<line class="target-tick" x1="${fixed(x(tg))}" x2="${fixed(x(tg))}" y1="${fixed(track - 6)}" y2="${fixed(track + BAR + 6)}"/>`,
  );
  y = track + BAR + 8;
  const aLabel = actualText(c);
  text(aLabel, SMALL, place(aLabel, c.actual === null ? 0 : x(c.actual), SMALL), 'chart-small');
  for (const line of wrapText(verdictText(c), SMALL, width, 3))
    text(line, SMALL, 0, `chart-small v-${c.metric.verdict}-text`);
  return { svg: `<g class="tvr-panel${hollow ? ' other-basis' : ''}">${out.join('')}</g>`, height: y - top };
}

/**
 * Target against result: one small multiple per metric that has a reported value, sorted by how
 * far it lies from its target, each on its own scale in its own unit, labelled with both numbers
 * and the verdict in words. A figure reported on another basis is drawn hollow and dashed and
 * says why. role="img" with a title and a description stating the finding.
 */
export function targetVsResult(tasks: readonly ChartTask[], options: TargetVsResultOptions): string {
  const { year, task, width = 320 } = options;
  const id = chartId('target-result', year, task);
  const list = metricComparisons(task === undefined ? tasks : tasks.filter((x) => taskKey(x) === String(task)));
  let y = 0;
  const panels = list.map((c) => {
    const p = panel(c, y, width, task === undefined);
    y += p.height + 12;
    return p.svg;
  });
  return svgImage({
    id,
    kind: 'chart-tvr',
    width,
    height: y - 12,
    title: task === undefined ? t('chart.tvr.title', { year }) : t('chart.tvr.titleTask', { number: task }),
    desc: targetVsResultFinding(list, options.inYear),
    body: panels.join(''),
  });
}
