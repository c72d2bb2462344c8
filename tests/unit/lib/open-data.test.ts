import { describe, expect, it } from 'vitest';
import { derive } from '../../../src/pipeline/extract/index.ts';
import { normalizeCell } from '../../../src/pipeline/normalize.ts';
import { OpenData, type Report, type Task } from '../../../src/schema/index.ts';
import { openData, openDataCsv, openDataJson, openDataSchema } from '../../../src/lib/open-data.ts';
import { taxonomy } from '../pipeline/extract/fixture-rows.ts';

// A synthetic year, plainly not the 2024 report.
const report: Report = {
  schemaVersion: 1,
  year: 2031,
  title: '2031年政府工作报告年度完成情况',
  meta: {
    indexNumber: 'TEST/2032-1',
    topic: '综合政务',
    written: '2032-01-20',
    genre: '其他',
    publisher: '测试区政府办公室',
    disclosure: '主动公开',
  },
  source: { file: 'sources/2031/t.txt', sha256: 'a'.repeat(64), bytes: 10, format: 'text', encoding: 'utf-8' },
  taskCount: 2,
  numberWidth: 1,
  overrides: { total: 0, area: 0, status: 0, metrics: 0 },
  warnings: [],
};
const task = (number: number, target: string, completion: string): Task => {
  const t = normalizeCell(target);
  const c = normalizeCell(completion);
  const d = derive(t, c, taxonomy);
  return {
    year: 2031,
    number,
    id: String(number),
    sourceLine: number + 5,
    columns: [],
    corrections: [],
    shortTitle: d.shortTitle,
    target: t,
    completion: c,
    area: d.area,
    status: d.status,
    metrics: d.metrics,
  };
};
const tasks = [
  task(2, '=SUM(A1)开展"安全生产"大检查, 整治隐患。', '已完成。'),
  task(1, '新增城镇就业1.2万人以上。', '全年新增城镇就业1.35万人。'),
];

describe('open data', () => {
  const data = openData(report, tasks, taxonomy);
  it('has the issue’s shape and validates against its own schema', () => {
    expect(OpenData.parse(data)).toEqual(data);
    expect(data.report).toMatchObject({
      year: 2031,
      publisher: '测试区政府办公室',
      published: '2032-01-20',
      indexNumber: 'TEST/2032-1',
    });
    expect(data.tasks.map((t) => t.number)).toEqual([1, 2]);
    expect(data.tasks[0]).toMatchObject({
      url: '2031/tasks/1.html',
      area: '民生保障',
      status: 'completed',
      statusLabel: '已完成',
    });
    expect(data.tasks[0]!.metrics[0]).toMatchObject({
      target: { text: '1.2万人以上', comparator: '>=' },
      actual: { text: '1.35万人', parts: [] },
      basis: 'same',
      verdict: 'met',
    });
  });
  it('keeps every text a verbatim substring of its cell', () => {
    for (const t of data.tasks) {
      for (const m of t.metrics) {
        expect(t.target.slice(m.target.start, m.target.end)).toBe(m.target.text);
        if (m.actual) expect(t.completion.slice(m.actual.start, m.actual.end)).toBe(m.actual.text);
      }
    }
  });
  it('writes the same bytes twice', () => {
    expect(openDataJson(openData(report, tasks, taxonomy))).toBe(openDataJson(data));
    expect(openDataCsv(openData(report, tasks, taxonomy))).toBe(openDataCsv(data));
  });
  it('writes CSV with a BOM, CRLF and quoting, and defuses formulas', () => {
    const csv = openDataCsv(data);
    expect(csv.startsWith('\uFEFF编号,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4); // header, two tasks, final empty
    expect(csv).toContain(`"'=SUM(A1)开展""安全生产""大检查, 整治隐患。"`);
  });
  it('generates the JSON Schema from the zod schema', () => {
    const schema = JSON.parse(openDataSchema());
    expect(schema.$schema).toMatch(/json-schema/);
    expect(schema.properties.tasks.items.properties.metrics.items.properties.basis.enum).toEqual([
      'same',
      'cumulative',
      'estimated',
      'different',
      'none',
    ]);
    expect(schema.required).toEqual(['schemaVersion', 'report', 'tasks']);
  });
});

describe('open data of a real table (issue 12): sub-items, columns, official, corrections', () => {
  const cell = normalizeCell;
  const sub = (k: number, progress: string): Task => ({
    ...task(3, `建成口袋公园${k}个。`, `已建成口袋公园${k}个。`),
    sub: k,
    id: `3.${k}`,
    position: `第 ${k + 4} 行`,
    group: { header: '重点工作', role: 'group', cell: cell('城市更新') },
    columns: [
      { header: '牵头单位', role: 'responsible', cell: cell('区住建局') },
      { header: '形象进度(%)', role: 'progress', cell: cell(progress) },
      { header: '区领导', role: 'other', cell: cell('="x"') },
    ],
    official: { progress: { header: '形象进度(%)', cell: cell(progress), percent: Number(progress.replace('%', '')) } },
    corrections: k === 2 ? [{ column: '牵头单位', original: null, value: '区住建局', reason: '原表空缺' }] : [],
  });
  const rows = [sub(2, '110%'), ...tasks, sub(1, '35%')];
  const real = openData(report, rows, taxonomy);
  it('orders by 编号 then sub-item, and carries every column', () => {
    expect(OpenData.parse(real)).toEqual(real);
    expect(real.tasks.map((t) => t.id)).toEqual(['1', '2', '3.1', '3.2']);
    expect(real.tasks[3]).toMatchObject({
      sub: 2,
      url: '2031/tasks/3-2.html',
      group: { header: '重点工作', role: 'group', text: '城市更新' },
      official: { progress: { header: '形象进度(%)', text: '110%', percent: 110 } },
      corrections: [{ column: '牵头单位', original: null, value: '区住建局', reason: '原表空缺' }],
    });
    expect(real.tasks[3]!.columns.map((c) => `${c.header}/${c.role}`)).toEqual([
      '牵头单位/responsible',
      '形象进度(%)/progress',
      '区领导/other',
    ]);
  });
  it('appends the issue-12 columns in a fixed order, several table columns one per line in one quoted cell', () => {
    const csv = openDataCsv(real);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(19, 32)).toEqual([
      '条目编号',
      '子项序号',
      '分组列表头',
      '分组',
      '在原表中的位置',
      '其他各列（原文）',
      '发布机构状态列表头',
      '发布机构标注的状态（原文）',
      '发布机构状态的归类',
      '发布机构进度列表头',
      '发布机构公布的进度（原文）',
      '发布机构公布的进度（百分数）',
      '编辑更正',
    ]);
    expect(csv).toContain(
      '"牵头单位（responsible）：区住建局\n形象进度(%)（progress）：110%\n区领导（other）：=""x"""',
    );
    expect(csv).toContain('牵头单位：原表为“”，更正为“区住建局”（理由：原表空缺）');
  });
});

describe('open data of a year with several reports (issue 13)', () => {
  const one = task(1, '新增认知障碍照护专区床位100张', '新增认知障碍照护专区床位120张，已完成。');
  const final: Report = { ...report, kind: 'final', slug: 'final' };
  const half: Report = {
    ...report,
    title: '2024年度政府工作报告重点任务半年度进展情况',
    kind: 'progress',
    asOf: '2024-06-30',
    slug: 'progress-2024-06-30',
  };
  const finalTask: Task = { ...one, report: 'final' };
  const row: Task = {
    ...one,
    number: 4,
    id: '4',
    report: 'progress-2024-06-30',
    completion: { verbatim: '预计上半年GDP增长5%以上', display: '预计上半年GDP增长5%以上' },
    status: { value: 'in_progress', reason: '年度中的进展报告', evidence: [] },
    link: { id: one.id, score: 1, method: 'exact' },
    pace: [{ subject: '床位', reported: 20, target: 100, unit: '张', percent: 20 }],
  };
  const data = openData(final, [finalTask], taxonomy, [{ report: half, tasks: [row] }]);

  it('lists every report with its kind and as-of date, in date order', () => {
    expect(data.reports?.map((r) => [r.slug, r.kind, r.asOf, r.headline])).toEqual([
      ['progress-2024-06-30', 'progress', '2024-06-30', false],
      ['final', 'final', undefined, true],
    ]);
    expect(OpenData.parse(data)).toEqual(data);
  });

  it('gives each task its timeline, ending with its own row', () => {
    expect(data.tasks[0]!.timeline?.map((r) => [r.report, r.id, r.status])).toEqual([
      ['progress-2024-06-30', '4', 'in_progress'],
      ['final', one.id, finalTask.status.value],
    ]);
  });

  it('the CSV has one row per task per report, with the report columns after the old ones', () => {
    const lines = openDataCsv(data).slice(1).trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(32)).toEqual([
      '报告',
      '报告类型',
      '截至日期',
      '对应的年度任务编号',
      '目标相似度',
      '进度（已报 ÷ 全年目标）',
    ]);
    const reportColumn = lines.slice(1).map((l) => l.split(',').at(-6));
    expect(new Set(reportColumn)).toEqual(new Set(['final', 'progress-2024-06-30']));
    expect(lines.at(-1)).toContain('progress-2024-06-30,年中进展,2024-06-30,' + one.id + ',1.00,20张/100张=20%');
  });

  it('a year of one report has none of these fields', () => {
    const single = openData(report, [one], taxonomy);
    expect(single.reports).toBeUndefined();
    expect(single.otherRows).toBeUndefined();
    expect(single.tasks[0]!.timeline).toBeUndefined();
  });
});
