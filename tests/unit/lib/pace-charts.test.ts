import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chartCsv, chartFiles, svgName } from '../../../src/lib/chart-embed.ts';
import {
  paceCaption,
  paceChart,
  paceCharts,
  paceReports,
  paceSvg,
  paceTable,
  yearPaceCharts,
} from '../../../src/lib/pace-charts.ts';
import { byTaskOrder } from '../../../src/lib/order.ts';
import type { YearData } from '../../../src/lib/site.ts';
import { paceSeries, timelineOf } from '../../../src/lib/timeline.ts';
import { Report, Task } from '../../../src/schema/index.ts';
import { readCsv } from './csv-read.ts';

const frontmatter = (md: string) => parseYaml(md.slice(4, md.indexOf('\n---\n', 4)));
const report = Report.parse(frontmatter(readFileSync('content/reports/2024/index.md', 'utf8')));
const tasks = readdirSync('content/reports/2024/tasks')
  .map((f) => Task.parse(frontmatter(readFileSync(`content/reports/2024/tasks/${f}`, 'utf8'))))
  .sort(byTaskOrder);
// The first real 2024 task whose final row reports a figure against its target (one pace point).
const task = tasks.find((x) => paceSeries([{ report, task: x, headline: true }]).length > 0)!;
const [final] = paceSeries([{ report, task, headline: true }]);

// SYNTHETIC (合成, for this test only): an in-year report of 2024 whose row for that task reports
// half the target at 30 June. The real half-year report (tests/fixtures/years/progress) has no such row.
const half = Math.round(final!.target / 2);
const progress = {
  ...report,
  title: '合成的年中进展报告（单元测试用）',
  kind: 'progress' as const,
  asOf: '2024-06-30',
  slug: 'progress-2024-06-30',
};
const row = {
  ...task,
  id: '1',
  number: 1,
  link: { id: task.id, score: 1, method: 'exact' as const },
  pace: [{ subject: final!.subject, reported: half, target: final!.target, unit: final!.unit, percent: 50 }],
};
const year: YearData = { report, tasks, others: [{ report: progress, tasks: [row] }] };
const id = `pace-timeline-2024-t${task.id.replace('.', '-')}-1`;

describe('paceCharts(readings) and yearPaceCharts(year)', () => {
  it('draws none for a year of one report (no timeline on the task pages)', () => {
    expect(task).toBeDefined();
    expect(paceCharts(timelineOf({ report, tasks }, task))).toEqual([]);
    expect(yearPaceCharts({ report, tasks })).toEqual([]);
  });

  it('draws one per figure reported at two dates, named by year, task and place, its files under the year', () => {
    const charts = paceCharts(timelineOf(year, task));
    expect(charts).toHaveLength(1);
    expect(charts[0]!.points.map((p) => [p.date, p.value])).toEqual([
      ['2024-06-30', half],
      ['2024-12-31', final!.points[0]!.value],
    ]);
    const specs = yearPaceCharts(year);
    expect(specs).toEqual([{ kind: 'pace', year: 2024, task: task.id, series: 1, id }]);
    expect(chartFiles(specs[0]!)).toEqual({ svg: `2024/charts/${id}.svg`, csv: `2024/charts/${id}.csv` });
  });

  it('draws the chart the task page draws: its SVG id is the file’s name', () => {
    const spec = yearPaceCharts(year)[0]!;
    const { data } = paceChart(year, spec);
    const svg = paceSvg(spec, data);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*id="${id}"`));
    expect(svgName(svg)).toBe(`${final!.subject}：各次报告的数字与全年目标`);
    expect(paceCaption(data)).toBe(`数字与全年目标：${final!.subject}`);
  });

  it('refuses a chart no task page draws', () => {
    const spec = yearPaceCharts(year)[0]!;
    expect(() => paceChart(year, { ...spec, series: 2 })).toThrow(`no pace timeline ${id} on the task pages of 2024`);
    expect(() => paceChart({ report, tasks }, spec)).toThrow();
  });
});

describe('paceTable(data) and paceReports(readings, data)', () => {
  const readings = timelineOf(year, task);
  const [data] = paceCharts(readings);

  it('lists every point in date order: date, report, figure, target, unit and share of the target', () => {
    const table = paceTable(data!);
    expect(table.header).toEqual(['指标', '日期', '报告', '报告数字', '全年目标', '单位', '占全年目标（%）']);
    const actual = final!.points[0]!.value;
    expect(table.rows).toEqual([
      [final!.subject, '2024-06-30', progress.title, String(half), String(final!.target), final!.unit, '50'],
      [
        final!.subject,
        '2024-12-31',
        report.title,
        String(actual),
        String(final!.target),
        final!.unit,
        String(Math.round((actual / final!.target) * 100)),
      ],
    ]);
    expect(readCsv(chartCsv(table))).toEqual([table.header, ...table.rows]);
  });

  it('every figure in the table is a labelled point of the chart', () => {
    const svg = paceSvg(yearPaceCharts(year)[0]!, data!);
    for (const r of paceTable(data!).rows) expect(svg).toContain(`>${r[3]}${r[5]}</text>`);
    expect(svg).toContain(`>目标${final!.target}${final!.unit}</text>`);
  });

  it('names the reports the points come from, in date order, and no other', () => {
    expect(paceReports(readings, data!).map((r) => r.title)).toEqual([progress.title, report.title]);
    const other = { ...progress, title: '另一份合成报告', asOf: '2024-03-31', slug: 'progress-2024-03-31' };
    const more = timelineOf(
      { ...year, others: [{ report: other, tasks: [{ ...row, pace: [] }] }, ...year.others!] },
      task,
    );
    expect(paceReports(more, data!).map((r) => r.title)).toEqual([progress.title, report.title]);
  });
});
