import { describe, expect, it } from 'vitest';
import { COLUMN_ALIASES, mapColumns, rowsFromTable, yearFromTitle } from '../../../src/pipeline/parse/columns.ts';
import { refusal } from './helpers.ts';

describe('mapColumns(headers, file, line)', () => {
  it('maps every accepted alias to its field', () => {
    for (const [key, names] of Object.entries(COLUMN_ALIASES)) {
      for (const name of names) {
        const headers =
          key === 'target'
            ? [name, '完成情况']
            : key === 'completion'
              ? ['目标任务', name]
              : [name, '目标任务', '完成情况'];
        expect(mapColumns(headers, 'f', 1).roles).toContain(key);
      }
    }
  });
  it('ignores spaces (also full-width) and a trailing colon in header names', () => {
    expect(mapColumns([' 序 号 ', '工作任务：', '进展\u3000情况'], 'f', 3).roles).toEqual([
      'number',
      'target',
      'completion',
    ]);
  });
  it('reports whether there is a number column', () => {
    expect(mapColumns(['目标任务', '完成情况'], 'f', 1).hasNumber).toBe(false);
    expect(mapColumns(['编号', '目标任务', '完成情况'], 'f', 1).hasNumber).toBe(true);
  });
  it('refuses unknown columns, listing what was found and what is accepted', () => {
    const e = refusal(() => mapColumns(['编号', '工作目标', '完成情况', '备注'], 'sources/2025/x.csv', 4));
    expect(e.file).toBe('sources/2025/x.csv');
    expect(e.line).toBe(4);
    expect(e.problem).toBe('表头中有无法识别的列:工作目标、备注(表头为:编号、工作目标、完成情况、备注)');
    expect(e.fix).toContain(
      '可用的列名为:编号、序号、目标任务、工作任务、主要目标、任务内容、内容与要求、完成情况、进展情况、落实情况、完成进度、责任单位、牵头单位、责任部门、下步举措、下一步计划',
    );
  });
  it('refuses a table without a completion column', () => {
    const e = refusal(() => mapColumns(['编号', '目标任务'], 'f', 1));
    expect(e.problem).toBe('表头缺少必需的列:完成情况/进展情况/落实情况/完成进度(表头为:编号、目标任务)');
  });
  it('refuses two names of the same column', () => {
    expect(refusal(() => mapColumns(['编号', '目标任务', '工作任务', '完成情况'], 'f', 1)).problem).toBe(
      '表头中“目标任务”和“工作任务”是同一列的两种名称,重复了',
    );
  });
});

describe('rowsFromTable(map, rows, file, warnings)', () => {
  const map = mapColumns(['编号', '目标任务', '完成情况', '责任单位', ''], 'f', 1);
  const row = (line: number, ...cells: string[]) => ({ line, cells });
  it('keeps optional columns only when filled', () => {
    const rows = rowsFromTable(map, [row(2, '1', 'a', 'b', '区发改局'), row(3, '2', 'c', 'd', '')], 'f', []);
    expect(rows).toEqual([
      { number: 1, line: 2, target: 'a', completion: 'b', responsible: '区发改局' },
      { number: 2, line: 3, target: 'c', completion: 'd' },
    ]);
  });
  it('numbers rows in order with a warning when there is no number column', () => {
    const warnings: string[] = [];
    const rows = rowsFromTable(
      mapColumns(['目标任务', '完成情况'], 'f', 1),
      [row(2, 'a', 'b'), row(5, 'c', 'd')],
      'f',
      warnings,
    );
    expect(rows.map((r) => r.number)).toEqual([1, 2]);
    expect(warnings).toEqual(['表格没有编号列,已按行的先后顺序编号为 1–2']);
  });
  it('refuses an empty required cell, a bad, duplicate or missing 编号, and stray cells', () => {
    expect(refusal(() => rowsFromTable(map, [row(7, '1', 'a', '')], 'f', [])).message).toBe(
      'f:7 → 完成情况单元格为空。请填写该单元格;如确无内容,请填写“未公开”',
    );
    expect(refusal(() => rowsFromTable(map, [row(2, '一', 'a', 'b')], 'f', [])).problem).toBe('编号“一”不是正整数');
    expect(refusal(() => rowsFromTable(map, [row(2, '1', 'a', 'b'), row(3, '1', 'a', 'b')], 'f', [])).problem).toBe(
      '编号 1 重复(第 2 行已有)',
    );
    expect(refusal(() => rowsFromTable(map, [row(2, '1', 'a', 'b'), row(3, '3', 'a', 'b')], 'f', [])).problem).toBe(
      '编号应为 2,实际为 3',
    );
    expect(refusal(() => rowsFromTable(map, [row(2, '1', 'a', 'b', '', 'x')], 'f', [])).problem).toBe(
      '第 5 列没有表头,却有内容“x”',
    );
    expect(refusal(() => rowsFromTable(map, [row(2, '1', 'a', 'b', '', '', 'y')], 'f', [])).problem).toBe(
      '这一行有 6 个单元格,比表头多',
    );
    expect(refusal(() => rowsFromTable(map, [], 'f', [])).problem).toBe('表格只有表头,没有任务行');
  });
  it('skips a section heading (text only in the 编号 column) with a warning', () => {
    const warnings: string[] = [];
    const rows = rowsFromTable(
      map,
      [row(2, '一、推动经济高质量发展'), row(3, '1', 'a', 'b'), row(4, '二、民生'), row(5, '2', 'c', 'd')],
      'f',
      warnings,
    );
    expect(rows.map((r) => [r.number, r.line])).toEqual([
      [1, 3],
      [2, 5],
    ]);
    expect(warnings).toEqual([
      '第 2 行“一、推动经济高质量发展”是分组标题,不是任务,已跳过',
      '第 4 行“二、民生”是分组标题,不是任务,已跳过',
    ]);
    // A lone number is a task with empty cells, not a heading.
    expect(refusal(() => rowsFromTable(map, [row(2, '1')], 'f', [])).problem).toBe('目标任务单元格为空');
  });
  it('accepts 编号 written as 1. or 1、', () => {
    expect(rowsFromTable(map, [row(2, '1、', 'a', 'b')], 'f', [])[0]?.number).toBe(1);
  });
});

describe('yearFromTitle(title, file, line, where)', () => {
  it('reads the year from the title', () =>
    expect(yearFromTitle('2025年政府工作报告年度完成情况', 'f', 1, '标题中')).toBe(2025));
  it('refuses a title without a year', () => {
    expect(refusal(() => yearFromTitle('政府工作报告年度完成情况', 'f', 1, '标题行')).message).toBe(
      'f:1 → 标题“政府工作报告年度完成情况”中没有年份。请在标题行写明年份,如“2025年政府工作报告年度完成情况”',
    );
  });
});
