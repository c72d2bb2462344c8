import { max, sum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { t } from '../i18n/index.ts';
import { statusSymbol } from '../lib/status.ts';
import { statuses, type Status } from '../schema/index.ts';
import { chartId } from './chartId.ts';
import { escape } from './escape.ts';
import { fitText } from './fitText.ts';
import { fixed } from './fixed.ts';
import { formatShare } from './format.ts';
import { groupByArea } from './groupByArea.ts';
import { svgImage } from './svgImage.ts';
import { textLine } from './textLine.ts';
import { textWidth } from './textWidth.ts';
import type { ChartArea, ChartTask } from './types.ts';

export interface StatusByAreaOptions {
  year: number;
  areas: readonly ChartArea[];
  width?: number;
}

/** One area's row: its counts per status, in the schema's status order. */
export interface AreaRow {
  area: ChartArea;
  total: number;
  counts: { status: Status; count: number }[];
}

const FONT = 15;
const SMALL = 14;
const BAR = 24;

/** Rows of the chart and its table: one per area with tasks, in taxonomy order. */
export function areaRows(
  tasks: readonly ChartTask[],
  areas: readonly ChartArea[],
  shown: readonly Status[] = statuses,
): AreaRow[] {
  return groupByArea(tasks, areas).map(({ area, tasks: members }) => ({
    area,
    total: members.length,
    counts: shown.map((status) => ({ status, count: members.filter((m) => m.status.value === status).length })),
  }));
}

/** The finding in words: which area has the most unfinished tasks, which the highest share done. */
export function statusByAreaFinding(rows: readonly AreaRow[], options: { perRow?: boolean } = {}): string {
  if (rows.length === 0) return t('chart.area.empty');
  const done = (r: AreaRow) => r.counts.find((c) => c.status === 'completed')!.count;
  const open = (r: AreaRow) => r.total - done(r);
  const names = (list: AreaRow[]) =>
    list
      .slice(0, 3)
      .map((r) => `「${r.area.name}」`)
      .join('、');
  const most = max(rows, open)!;
  const total = sum(rows, (r) => r.total);
  const summary = options.perRow ? 'chart.area.summaryRows' : 'chart.area.summary';
  const parts = [t(summary, { areas: rows.length, total, done: sum(rows, done) })];
  if (most === 0) parts.push(t('chart.area.allDone'));
  else parts.push(t('chart.area.mostOpen', { areas: names(rows.filter((r) => open(r) === most)), count: most }));
  const best = max(rows, (r) => done(r) / r.total)!;
  if (best > 0 && most > 0)
    parts.push(
      t('chart.area.bestShare', {
        areas: names(rows.filter((r) => done(r) / r.total === best)),
        share: formatShare(best),
      }),
    );
  return parts.join('');
}

/**
 * Labels too wide for their segment, written beneath the bar: each as near its segment's centre
 * as it can be, pushed right past the previous one, then pulled back left from the chart's edge.
 */
function spreadLabels<T extends { x: number; w: number }>(labels: T[], width: number, gap = 6): T[] {
  const out = labels.map((l) => ({ ...l }));
  out.forEach((l, i) => (l.x = Math.max(l.x, 0, i > 0 ? out[i - 1]!.x + out[i - 1]!.w + gap : 0)));
  for (let i = out.length - 1; i >= 0; i--)
    out[i]!.x = Math.min(out[i]!.x, (i < out.length - 1 ? out[i + 1]!.x - gap : width) - out[i]!.w);
  return out;
}

/**
 * Status by area: one horizontal stacked bar per area on a shared scale, each segment labelled
 * with its status symbol and count (inside when it fits, else beneath the bar), role="img"
 * with a title and a description that states the finding.
 */
export function statusByArea(tasks: readonly ChartTask[], options: StatusByAreaOptions): string {
  const { year, areas, width = 320 } = options;
  const id = chartId('status-by-area', year);
  const rows = areaRows(tasks, areas);
  const x = scaleLinear()
    .domain([0, max(rows, (r) => r.total) ?? 1])
    .range([0, width]);
  let y = 0;
  const drawn = rows.map((row) => {
    const label = `<text class="chart-label" font-size="${FONT}" x="0" y="${fixed(y + FONT * textLine.baseline)}">${escape(fitText(t('chart.area.row', { area: row.area.name, count: row.total }), FONT, width))}</text>`;
    const top = y + FONT * textLine.height + 2;
    let start = 0;
    const segments: string[] = [];
    const labels: string[] = [];
    const below: { text: string; x: number; w: number }[] = [];
    for (const { status, count } of row.counts) {
      if (count === 0) continue;
      const x0 = x(start);
      const x1 = x(start + count);
      start += count;
      segments.push(
        `<rect class="st-${status} m-fill" x="${fixed(x0)}" y="${fixed(top)}" width="${fixed(Math.max(x1 - x0 - 1, 0.5))}" height="${BAR}"/>`,
      );
      const text = `${statusSymbol[status]}${count}`;
      const w = textWidth(text, SMALL);
      if (w + 6 <= x1 - x0 - 1) {
        labels.push(
          `<text font-size="${SMALL}" class="on-mark st-${status}" x="${fixed((x0 + x1 - 1) / 2)}" y="${fixed(top + BAR / 2 + SMALL * 0.36)}" text-anchor="middle">${escape(text)}</text>`,
        );
      } else {
        below.push({ text, x: (x0 + x1) / 2 - w / 2, w });
      }
    }
    const outside = spreadLabels(below, width).map(
      (b) =>
        `<text font-size="${SMALL}" class="chart-small" x="${fixed(b.x)}" y="${fixed(top + BAR + 2 + SMALL * textLine.baseline)}">${escape(b.text)}</text>`,
    );
    y = top + BAR + (below.length ? SMALL * textLine.height + 2 : 0) + 12;
    return `<g>${label}${segments.join('')}${labels.join('')}${outside.join('')}</g>`;
  });
  return svgImage({
    id,
    kind: 'chart-area',
    width,
    height: y - 12 + 2,
    title: t('chart.area.title', { year }),
    desc: statusByAreaFinding(rows, { perRow: tasks.some((task) => task.sub !== undefined) }),
    body: drawn.join(''),
  });
}
