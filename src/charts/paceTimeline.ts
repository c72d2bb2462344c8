import { scaleLinear } from 'd3-scale';
import { chartId } from './chartId.ts';
import { escape } from './escape.ts';
import { fixed } from './fixed.ts';
import { svgImage } from './svgImage.ts';
import { textWidth } from './textWidth.ts';

/** One reading of a figure through the year: its as-of date and the figure reported then. */
export interface PacePoint {
  /** As-of date, YYYY-MM-DD. */
  date: string;
  /** The reported figure. */
  value: number;
  /** Which report, for the text alternative (e.g. 半年度进展情况). */
  report: string;
}

export interface PaceTimelineData {
  /** What is counted (新增认知障碍照护专区床位). */
  subject: string;
  unit: string;
  /** The year's target figure. */
  target: number;
  points: PacePoint[];
}

export interface PaceTimelineOptions {
  year: number;
  task: string;
  width?: number;
  height?: number;
}

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/**
 * A figure against the year's target over the dates of the year's reports (issue 13): the year on
 * the x axis (1 January to 31 December), the figure on the y axis, a dashed line at the target,
 * a dot per reading labelled with its figure. role="img" with a title and a description that
 * states every reading in words; the page puts a real table beside it. Strokes and fills are
 * presentation attributes in currentColor (no page style selects these marks), so the lines show
 * on the page in either colour scheme and in the standalone file alike.
 */
export function paceTimeline(
  data: PaceTimelineData,
  { year, task, width = 480, height = 180 }: PaceTimelineOptions,
): string {
  const id = chartId('pace-timeline', year, task);
  const figure = (v: number) => `${v}${data.unit}`;
  // Room on the right for the target's label (目标2.5万千瓦), at the page's 16 px text, so a standalone file does not clip it.
  const margin = {
    top: 16,
    right: Math.max(64, textWidth(`目标${figure(data.target)}`, 16) + 8),
    bottom: 28,
    left: 16,
  };
  const points = data.points.toSorted((a, b) => a.date.localeCompare(b.date));
  const day = (date: string) =>
    (Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) -
      Date.UTC(year, 0, 1)) /
    86_400_000;
  const yearDays = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000 - 1;
  const x = scaleLinear()
    .domain([0, yearDays])
    .range([margin.left, width - margin.right]);
  const top = Math.max(data.target, ...points.map((p) => p.value)) * 1.1 || 1;
  const y = scaleLinear()
    .domain([0, top])
    .range([height - margin.bottom, margin.top]);
  const desc =
    `${data.subject}：全年目标${figure(data.target)}。` +
    points
      .map(
        (p) =>
          `截至${monthDay(p.date)}（${p.report}）${figure(p.value)}，为目标的${Math.round((p.value / data.target) * 100)}%`,
      )
      .join('；') +
    '。';
  const axisY = height - margin.bottom;
  const ticks = [1, 4, 7, 10, 12].map((m) => {
    const d = m === 12 ? `${year}-12-31` : `${year}-${String(m).padStart(2, '0')}-01`;
    return `<g class="pace-timeline__tick"><line stroke="currentColor" x1="${fixed(x(day(d)))}" x2="${fixed(x(day(d)))}" y1="${fixed(axisY)}" y2="${fixed(axisY + 4)}"/><text x="${fixed(x(day(d)))}" y="${fixed(axisY + 16)}" text-anchor="middle">${m === 12 ? '12月底' : `${m}月`}</text></g>`;
  });
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fixed(x(day(p.date)))} ${fixed(y(p.value))}`).join(' ');
  const body =
    `<line class="pace-timeline__axis" stroke="currentColor" x1="${fixed(margin.left)}" x2="${fixed(width - margin.right)}" y1="${fixed(axisY)}" y2="${fixed(axisY)}"/>` +
    ticks.join('') +
    `<line class="pace-timeline__target" stroke="currentColor" stroke-width="1.5" x1="${fixed(margin.left)}" x2="${fixed(width - margin.right)}" y1="${fixed(y(data.target))}" y2="${fixed(y(data.target))}" stroke-dasharray="4 3"/>` +
    `<text class="pace-timeline__target-label" x="${fixed(width - margin.right + 4)}" y="${fixed(y(data.target) + 4)}">目标${escape(figure(data.target))}</text>` +
    (points.length > 1
      ? `<path class="pace-timeline__line" d="${path}" fill="none" stroke="currentColor" stroke-width="1.5"/>`
      : '') +
    points
      .map(
        (p) =>
          `<g class="pace-timeline__point"><circle fill="currentColor" cx="${fixed(x(day(p.date)))}" cy="${fixed(y(p.value))}" r="4"/><text x="${fixed(x(day(p.date)))}" y="${fixed(y(p.value) - 8)}" text-anchor="middle">${escape(figure(p.value))}</text></g>`,
      )
      .join('');
  return svgImage({
    id,
    kind: 'pace-timeline',
    width,
    height,
    title: `${data.subject}：各次报告的数字与全年目标`,
    desc,
    body,
  });
}
