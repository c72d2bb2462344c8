import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../../src/pipeline/parse/index.ts';
import type { Sidecar } from '../../../../src/schema/sidecar.ts';
import { refusal } from './helpers.ts';

/**
 * Real published tables (tests/fixtures/tables/*, each with its PROVENANCE.md) read into the
 * expected tasks. The expectations were written by hand from the published tables, before the
 * reader was run on them.
 */
const read = (name: string, sidecar: Sidecar = {}) =>
  parseSource(new Uint8Array(readFileSync(`tests/fixtures/tables/${name}/input.html`)), `tables/${name}/input.html`, {
    sidecar,
  });
const ids = (rows: { number: number; sub?: number }[]) =>
  rows.map((r) => (r.sub === undefined ? String(r.number) : `${r.number}.${r.sub}`));

describe('上海市 2024 为民办实事 (序号 spanning sub-items, 占全年计划)', () => {
  const p = read('shanghai-2024-weimin');
  it('reads 11 rows: projects 1, 5 and 6 have sub-items', () => {
    expect(p.title).toBe('2024年上海市为民办实事项目完成情况');
    expect(p.year).toBe(2024);
    expect(ids(p.rows)).toEqual(['1.1', '1.2', '1.3', '2', '3', '4', '5.1', '5.2', '6.1', '6.2', '7']);
  });
  it('keeps target, the bare-number result and the official progress of each row', () => {
    expect(p.rows[1]).toMatchObject({
      number: 1,
      sub: 2,
      target: '新增800张困难重度残疾人养护床位',
      completion: '810',
      official: { progress: { header: '占全年计划', text: '101%', percent: 101 } },
      columns: [{ header: '占全年计划', role: 'progress', text: '101%' }],
    });
    expect(p.rows.map((r) => r.official?.progress?.percent)).toEqual([
      110, 101, 107, 130, 100, 102, 140, 153, 172, 129, 157,
    ]);
    expect(p.rows[9]!.target).toBe('新增7000个社区托育“宝宝屋”托额');
    expect(p.rows.every((r) => r.official?.status === undefined && r.group === undefined)).toBe(true);
    expect(p.warnings).toEqual([]);
  });
});

describe('眉山市 2017 十大民生工程实施进度表 (title row, group span, 项目内容 over two columns, columns:)', () => {
  it('without columns: it refuses, naming the headers and the line that names the result column', () => {
    const e = refusal(() => read('meishan-2017-minsheng'));
    expect(e.line).toBe(11);
    expect(e.problem).toBe(
      '表头中找不到完成情况列（表头为：工程名称、序号、项 目 内 容、项 目 内 容、目标任务、市级牵头责任单位、进度、完成目标(%)、备注）',
    );
    expect(e.fix).toContain('columns:\n  进度: result');
  });
  const p = read('meishan-2017-minsheng', { columns: { 目标任务: 'plan', 进度: 'result' } });
  it('reads rows 1–8 as tasks under the title row, grouped by 工程名称 and the broad 项目内容', () => {
    expect(p.title).toBe('2017年1—11月十大民生工程项目实施进度表及20件民生大事项目推进情况表');
    expect(ids(p.rows)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(p.rows[0]).toMatchObject({
      line: 12,
      target: '城镇新增就业(人)',
      completion: '32095',
      responsible: '市人力资源\n社会保障局',
      group: { header: '项 目 内 容', role: 'group', text: '促进城乡劳动者就业创业' },
      official: { progress: { header: '完成目标(%)', text: '123.4', percent: 123.4 } },
    });
    expect(p.rows[0]!.columns).toEqual([
      { header: '工程名称', role: 'group', text: '就业促进工程' },
      { header: '项 目 内 容', role: 'group', text: '促进城乡劳动者就业创业' },
      { header: '目标任务', role: 'plan', text: '26000' },
      { header: '市级牵头责任单位', role: 'responsible', text: '市人力资源\n社会保障局' },
      { header: '完成目标(%)', role: 'progress', text: '123.4' },
      { header: '备注', role: 'notes', text: '超额完成' },
    ]);
  });
  it('a row whose 项目内容 spans both columns takes the outer group; an empty progress cell is no official progress', () => {
    const row8 = p.rows[7]!;
    expect(row8).toMatchObject({
      target: '对创业的在校大学生和毕业5年内的高校毕业生给予创业补贴创业担保贷款等政策扶持',
      completion: '发放一次性创业补贴262万元,争取创业补贴、贷款537万元。',
      group: { header: '工程名称', text: '就业促进工程' },
    });
    expect(row8.official).toBeUndefined();
    expect(row8.columns!.map((c) => c.role)).toEqual(['group', 'group', 'plan', 'responsible', 'notes']);
  });
});

describe('新建区 2024 民生实事进度表 (two-level header, 一二三 spanning, unknown header)', () => {
  const p = read('xinjian-2024-minsheng');
  it('reads sub-items under 一、二、三 and the result from 本月进展情况／前期手续', () => {
    expect(p.year).toBe(2024);
    expect(ids(p.rows)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4']);
    expect(p.rows[0]).toMatchObject({
      target: '1.文化中心北路',
      completion: '已完工',
      responsible: '区住建局',
      group: { header: '项目名称', role: 'group', text: '(一)“打通断头路 畅通微循环”攻坚专项行动(6条路)' },
    });
    expect(p.rows[0]!.columns).toEqual([
      { header: '牵头单位', role: 'responsible', text: '区住建局' },
      { header: '区民生实事项目数量', role: 'other', text: '区政府民生实事项目(1个)' },
      { header: '项目名称', role: 'group', text: '(一)“打通断头路 畅通微循环”攻坚专项行动(6条路)' },
      { header: '业主单位', role: 'responsible', text: '区城投' },
    ]);
    expect(p.rows[3]).toMatchObject({ target: '(一)城区居民户内燃气安全装置、非居瓶改管、气改电项目' });
    expect(p.rows[3]!.group).toBeUndefined();
    expect(p.rows[7]).toMatchObject({
      target: '1.市政公用城学校',
      group: { text: '(二)中小学幼儿园网点建设补短板项目' },
    });
    expect(p.rows.every((r) => r.official === undefined)).toBe(true);
  });
  it('keeps the unknown header as 其他信息 with a warning that shows the columns: line', () => {
    expect(p.warnings).toEqual([
      '表头中的“区民生实事项目数量”不是程序认得的列名，已原样作为“其他信息”保留，不影响判读；如它其实是目标任务、完成情况、责任单位等，请在 source.yaml 中写明它的作用：columns: { 区民生实事项目数量: <作用> }，可写的作用见 README“表头（列名）”',
    ]);
  });
});

describe('苍南县 2022 民生实事未完成项目进度表 (a result column named 当前进度)', () => {
  it('is refused until columns: names 当前进度 as the result', () => {
    const e = refusal(() => read('cangnan-2022-minsheng'));
    expect(e.problem).toBe('表头中找不到完成情况列（表头为：序号、项目内容、当前进度、牵头单位、备注）');
    expect(e.fix).toContain('columns:\n  当前进度: result');
  });
  it('reads rows 1–10 with the progress text, the lead unit and the 备注 kept', () => {
    const p = read('cangnan-2022-minsheng', { columns: { 当前进度: 'result' } });
    expect(p.title).toBe('2022年度市县民生实事未完成项目进度表(截至10月31日)');
    expect(ids(p.rows)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(p.rows[6]).toMatchObject({
      target: '开工建设矾山镇、马站镇等2家中心敬老院。',
      completion: '50%(马站未开工',
      responsible: '县民政局',
      columns: [
        { header: '牵头单位', role: 'responsible', text: '县民政局' },
        { header: '备注', role: 'notes', text: '县民生实事' },
      ],
    });
    expect(p.rows[0]!.columns![1]).toEqual({ header: '备注', role: 'notes', text: '市民生实事' });
    expect(p.warnings).toEqual([]);
  });
});
