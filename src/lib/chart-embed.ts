/**
 * Every chart as a standalone file (issue 16.3): the same SVG the page draws, made self-contained
 * (its styles inside, a white ground, the source and licence lines beneath), and a CSV of exactly
 * the data its table shows, both at a stable URL named by the chart's id (paths.chartSvg/chartCsv).
 * Pure: the pages, the endpoints and the tests call the same functions.
 */
import { chartId } from '../charts/chartId.ts';
import { comparatorSign } from '../charts/comparatorSign.ts';
import { escape } from '../charts/escape.ts';
import { fixed } from '../charts/fixed.ts';
import { metricComparisons } from '../charts/metricComparisons.ts';
import { reportGlance } from '../charts/reportGlance.ts';
import { areaRows, statusByArea } from '../charts/statusByArea.ts';
import { targetVsResult } from '../charts/targetVsResult.ts';
import { textLine } from '../charts/textLine.ts';
import { wrapText } from '../charts/wrapText.ts';
import { taskKey, type ChartArea } from '../charts/types.ts';
import { t } from '../i18n/index.ts';
import { byTaskOrder } from './order.ts';
import { csvCell } from './open-data.ts';
import { href, paths } from './urls.ts';
import type { Task } from '../schema/index.ts';
import { shownStatuses } from './status.ts';

/** A year's charts: the report's glance, status by area and target/result; a task's target/result and pace timelines. */
export type ChartKind = 'glance' | 'area' | 'tvr' | 'pace';

/** One chart of a year the site draws: its kind, its year, the task (task-page charts) and its stable id. */
export interface ChartSpec {
  kind: ChartKind;
  year: number;
  task?: string;
  /** A pace timeline's place among its task's (from 1): a task has one per figure reported through the year. */
  series?: number;
  id: string;
}

/** A chart of the comparison pages: it spans the years, so its files live under compare/charts/. */
export interface CompareChartSpec {
  kind: 'indicators';
  id: string;
}

export function chartSpec(kind: ChartKind, year: number, task?: string, series?: number): ChartSpec {
  const name = { glance: 'glance', area: 'status-by-area', tvr: 'target-result', pace: 'pace-timeline' }[kind];
  // A pace timeline is named by its task and its place (pace-timeline-2024-t12-1), as src/charts/paceTimeline.ts names its ids.
  const key = kind === 'pace' ? `${task}.${series}` : task;
  return {
    kind,
    year,
    ...(task !== undefined ? { task } : {}),
    ...(series !== undefined ? { series } : {}),
    id: chartId(name, year, key),
  };
}

/** Where a chart's two files are (src/lib/urls.ts chartFiles). */
export { chartFiles } from './urls.ts';

/** Every chart of a year, as the pages draw them: the report's three (target/result when any metric compares) and each task page's. */
export function yearCharts(year: number, tasks: readonly Task[]): ChartSpec[] {
  return [
    chartSpec('glance', year),
    chartSpec('area', year),
    ...(metricComparisons(tasks).length > 0 ? [chartSpec('tvr', year)] : []),
    ...tasks.filter((x) => metricComparisons([x]).length > 0).map((x) => chartSpec('tvr', year, x.id)),
  ];
}

/** The chart's caption: what the page's <figcaption> says. */
export function chartCaption(spec: ChartSpec): string {
  if (spec.kind === 'pace') throw new Error('a pace timeline’s caption is paceCaption (src/lib/pace-charts.ts)');
  if (spec.kind === 'glance') return t('chart.glance.caption');
  if (spec.kind === 'area') return t('chart.area.caption');
  return t(spec.task === undefined ? 'chart.tvr.caption' : 'chart.tvr.captionTask');
}

/** The chart's SVG as the page at `page` draws it (links in the glance chart are relative to `page`). */
export function chartSvg(
  spec: ChartSpec,
  tasks: readonly Task[],
  areas: readonly ChartArea[],
  page: string,
  /** An in-year report's chart (its finding names no «未达目标» count), as on its page. */
  inYear = false,
): string {
  if (spec.kind === 'pace') throw new Error('a pace timeline is drawn by paceSvg (src/lib/pace-charts.ts)');
  if (spec.kind === 'glance')
    return reportGlance(tasks, {
      year: spec.year,
      areas,
      link: (task) => href(page, paths.task(spec.year, taskKey(task))),
    });
  if (spec.kind === 'area') return statusByArea(tasks, { year: spec.year, areas });
  return targetVsResult(tasks, { year: spec.year, inYear, ...(spec.task !== undefined ? { task: spec.task } : {}) });
}

/** A chart's data as its CSV holds it: a header and rows of text. */
export interface ChartData {
  header: string[];
  rows: string[][];
}

/** The chart's data: header and rows, the text of the table the page shows beside it (statuses in words). */
export function chartTable(
  spec: ChartSpec,
  tasks: readonly Task[],
  areas: readonly ChartArea[],
  /** An in-year report's table has no «未达目标» column, as on its page (shownStatuses). */
  inYear = false,
): ChartData {
  if (spec.kind === 'pace') throw new Error('a pace timeline’s data is paceTable (src/lib/pace-charts.ts)');
  if (spec.kind === 'glance') {
    const areaName = (slug: string) => areas.find((a) => a.slug === slug)?.name ?? slug;
    return {
      header: [t('col.number'), t('col.task'), t('col.area'), t('col.status')],
      rows: tasks
        .toSorted(byTaskOrder)
        .map((x) => [x.id, x.shortTitle, areaName(x.area.slug), t(`status.${x.status.value}`)]),
    };
  }
  if (spec.kind === 'area')
    return {
      header: [t('col.area'), ...shownStatuses(inYear).map((s) => t(`status.${s}`)), t('col.total')],
      rows: areaRows(tasks, areas, shownStatuses(inYear)).map((r) => [
        r.area.name,
        ...r.counts.map((c) => String(c.count)),
        String(r.total),
      ]),
    };
  const overview = spec.task === undefined;
  const list = metricComparisons(overview ? tasks : tasks.filter((x) => x.id === spec.task));
  return {
    header: [
      ...(overview ? [t('col.number')] : []),
      t('chart.col.metric'),
      t('chart.col.target'),
      t('chart.col.actual'),
      t('chart.col.basis'),
      t('chart.col.verdict'),
    ],
    rows: list.map((c) => [
      ...(overview ? [taskKey(c.task)] : []),
      c.metric.subject,
      `${t(`comparator.${c.metric.target.comparator}`)}（${comparatorSign[c.metric.target.comparator]}）${c.metric.target.text}`,
      c.metric.actual.text,
      t(`basis.${c.metric.basis}`),
      t(`verdict.${c.metric.verdict}`),
    ]),
  };
}

/** RFC 4180 CSV, CRLF, UTF-8 with a BOM (as the open data), formula-like cells defused. */
export function chartCsv(table: ChartData): string {
  return '\uFEFF' + [table.header, ...table.rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The chart styles a standalone file carries: the page's chart CSS without its @media blocks (light colours, as on paper). */
export function standaloneCss(chartsCss: string): string {
  let out = '';
  let i = 0;
  while (i < chartsCss.length) {
    const at = chartsCss.indexOf('@media', i);
    if (at === -1) {
      out += chartsCss.slice(i);
      break;
    }
    out += chartsCss.slice(i, at);
    let depth = 0;
    let j = chartsCss.indexOf('{', at);
    for (; j < chartsCss.length; j++) {
      if (chartsCss[j] === '{') depth++;
      else if (chartsCss[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const NOTE_FONT = 12;

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

/** A chart's accessible name as plain text: its <title> (a role="img" chart), else its group label. */
export function svgName(svg: string): string {
  const root = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
  const id = /\bid="([^"]+)"/.exec(root)?.[1] ?? '';
  const name =
    new RegExp(`<title id="${id}-title">([^<]*)</title>`).exec(svg)?.[1] ??
    /aria-label="([^"]*)"/.exec(root)?.[1] ??
    '';
  return unescape(name);
}

/**
 * A chart's SVG as a file of its own: an outer <svg> with the chart's title and description, its
 * styles, a white ground, the chart itself, and beneath it the source line and the licence
 * (content/site.yaml `rights`; without one, that no licence was stated).
 */
export function standaloneSvg(
  svg: string,
  /** `source`: the source line, or one per report the chart draws on (as beneath the chart on its page). */
  options: { caption: string; source: string | readonly string[]; rights: string; css: string },
): string {
  const root = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
  const box = /viewBox="(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+)"/.exec(root);
  if (!box) throw new Error('chart SVG without a viewBox');
  const width = Number(box[3]);
  const height = Number(box[4]);
  const id = /\bid="([^"]+)"/.exec(root)?.[1] ?? '';
  // The chart's own name and finding (a role="img" chart), else its group label and the caption.
  const title = escape(svgName(svg));
  const desc = new RegExp(`<desc id="${id}-desc">([^<]*)</desc>`).exec(svg)?.[1] ?? escape(options.caption);
  const notes = [options.source, options.rights].flat().flatMap((s) => wrapText(s, NOTE_FONT, width, 6));
  const step = NOTE_FONT * textLine.height;
  const top = height + 12;
  const total = top + notes.length * step + 4;
  // The chart's marks in a group carrying its classes (the styles select .chart …), moved to the origin.
  const cls = /\bclass="([^"]*)"/.exec(root)?.[1] ?? 'chart';
  const body = svg.slice(root.length, svg.lastIndexOf('</svg>'));
  const inner = `<g class="${cls}" transform="translate(${fixed(-Number(box[1]))} ${fixed(-Number(box[2]))})">${body}</g>`;
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fixed(width)} ${fixed(total)}" width="${fixed(width * 2)}" height="${fixed(total * 2)}" role="img" aria-labelledby="embed-title embed-desc" font-family="sans-serif">` +
    `<title id="embed-title">${title}</title><desc id="embed-desc">${desc}</desc>` +
    `<style>${escape(options.css)}</style>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    inner +
    notes
      .map(
        (line, k) =>
          `<text class="chart-note" font-size="${NOTE_FONT}" fill="#333333" x="0" y="${fixed(top + k * step + NOTE_FONT * textLine.baseline)}">${escape(line)}</text>`,
      )
      .join('') +
    `</svg>\n`
  );
}
