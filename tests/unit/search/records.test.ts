import { describe, expect, it } from 'vitest';
import { yearRecords } from '../../../src/search/records.ts';
import type { Report, Task } from '../../../src/schema/index.ts';

// A synthetic year (not the 2024 report): two tasks given out of order and a report.
const cell = (text: string) => ({ verbatim: text, display: text });
const task = (number: number, target: string, completion: string): Task => ({
  year: 2031,
  number,
  id: String(number),
  sourceLine: number + 4,
  columns: [],
  corrections: [],
  shortTitle: target.slice(0, 6),
  target: cell(target),
  completion: cell(completion),
  area: { slug: 'jiaoyu', evidence: [] },
  status: { value: 'completed', reason: '已完成', evidence: [] },
  metrics: [],
});
const report = {
  schemaVersion: 1,
  year: 2031,
  title: '2031年政府工作报告年度完成情况',
  region: '某某区',
  meta: {
    indexNumber: 'X/2032-1',
    topic: '综合政务',
    written: '2032-01-20',
    genre: '其他',
    publisher: '区政府办公室',
    disclosure: '主动公开',
  },
  source: { file: 'sources/2031/a.txt', sha256: '0'.repeat(64), bytes: 1, format: 'text', encoding: 'utf-8' },
  taskCount: 2,
  numberWidth: 1,
  overrides: { total: 0, area: 0, status: 0, metrics: 0 },
  warnings: [],
} as Report;
const labels = {
  areaName: () => '教育',
  statusLabel: () => '已完成',
  taskTitle: (t: Task) => `第 ${t.number} 项:${t.shortTitle}`,
};

describe('yearRecords', () => {
  const records = yearRecords(
    report,
    [task(2, '新建学校三所。', '已建成。'), task(1, '新增托位200个。', '新增托位210个。')],
    labels,
  );

  it('gives the overview first, then one record per task in 编号 order, each at its page path', () => {
    expect(records.map((r) => [r.kind, r.number, r.url])).toEqual([
      ['report', 0, '2031/index.html'],
      ['task', 1, '2031/tasks/1.html'],
      ['task', 2, '2031/tasks/2.html'],
    ]);
  });

  it('indexes a task by its own cells, with area and status labels as filters', () => {
    expect(records[1]).toMatchObject({
      title: '第 1 项:新增托位20',
      area: '教育',
      status: '已完成',
      text: '新增托位200个。\n新增托位210个。',
    });
  });

  it('indexes the overview by its title and 政务公开 block, not by the task table', () => {
    expect(records[0]!.text).toContain('X/2032-1');
    expect(records[0]!.text).not.toContain('托位');
  });
});

describe('yearRecords with sub-items and extra columns (issue 12)', () => {
  const sub = (k: number): Task => ({
    ...task(3, `建成口袋公园${k}个。`, '已建成。'),
    id: `3.${k}`,
    sub: k,
    group: { header: '重点工作', role: 'group', cell: cell('城市更新') },
    columns: [{ header: '牵头单位', role: 'responsible', cell: cell('区住建局') }],
  });
  const records = yearRecords(report, [sub(2), task(1, '新增托位200个。', '新增托位210个。'), sub(1)], labels);
  it('one record per sub-item at its own page, in 编号 then sub-item order', () => {
    expect(records.map((r) => [r.number, r.sub, r.url])).toEqual([
      [0, undefined, '2031/index.html'],
      [1, undefined, '2031/tasks/1.html'],
      [3, 1, '2031/tasks/3-1.html'],
      [3, 2, '2031/tasks/3-2.html'],
    ]);
  });
  it('indexes the group and every other column the page shows', () => {
    expect(records[2]!.text).toBe('建成口袋公园1个。\n已建成。\n城市更新\n区住建局');
  });
});
