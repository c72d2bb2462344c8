import { describe, expect, it } from 'vitest';
import { parseSource, type ParseOptions } from '../../../../src/pipeline/parse/index.ts';
import { splitRecords } from '../../../../src/pipeline/parse/csv-records.ts';
import { fixture, gbk, refusal, utf8 } from './helpers.ts';

/** A CSV or TSV (by the name's extension) through its reader and the table reader. */
const parseCsv = (bytes: Uint8Array, file: string, options: ParseOptions = {}) => parseSource(bytes, file, options);

const TITLE = '2025年政府工作报告年度完成情况(合成测试数据)';

describe('splitRecords(text, delimiter, file)', () => {
  it('reads quoted fields with delimiters, line breaks and doubled quotes, keeping each record’s line', () => {
    const text = 'a,"b,c","d\r\ne"\r\n"x""y""",,""\r\nlast';
    expect(splitRecords(text, ',', 'f')).toEqual([
      { line: 1, cells: ['a', 'b,c', 'd\ne'] },
      { line: 3, cells: ['x"y"', '', ''] },
      { line: 4, cells: ['last'] },
    ]);
  });
  it('keeps a quote inside an unquoted field as a character', () => {
    expect(splitRecords('a"b,c\n', ',', 'f')).toEqual([{ line: 1, cells: ['a"b', 'c'] }]);
  });
  it('refuses an unclosed quote, naming the line it opened on', () => {
    expect(refusal(() => splitRecords('h\n1,"abc\n2,d\n', ',', 'f.csv')).message).toBe(
      'f.csv:2 → 这一行开始的带引号单元格没有结束引号。请检查该单元格的双引号是否成对；单元格内的引号应写成两个双引号 ""',
    );
  });
  it('refuses text after a closing quote', () => {
    expect(refusal(() => splitRecords('"ab"c,d', ',', 'f')).problem).toBe('带引号的单元格结束后紧跟着多余的字符“c”');
  });
});

describe('parseCsv(bytes, file, options)', () => {
  it('reads the synthetic GBK CSV year, title from the sidecar', () => {
    const p = parseCsv(
      fixture('2023/synthetic-合成测试数据-2023年政府工作报告年度完成情况.gbk.csv'),
      'sources/2023/x.csv',
      { sidecar: { title: '2023年政府工作报告年度完成情况(合成测试数据)' } },
    );
    expect(p).toMatchObject({ year: 2023, format: 'csv', encoding: 'gb18030', meta: {} });
    expect(p.rows).toHaveLength(10);
    expect(p.rows[4]).toEqual({
      number: 5,
      line: 6,
      target: '深化城乡公交一体化,新改建公交候车亭25个。',
      completion: '已完成新改建公交候车亭28个。\n另有3个正在施工。',
      responsible: '区交通局',
      position: '第 6 行',
      columns: [{ header: '责任单位', role: 'responsible', text: '区交通局' }],
    });
    expect(p.rows[6]?.target).toBe('推进"菜篮子"工程,完成老旧小区改造12个。');
    expect(p.warnings).toEqual(['文件编码为 GB18030/GBK（文件未声明编码，按字节判断），已显式转换为 UTF-8 读取']);
  });
  it('reads a UTF-8 TSV with BOM: title row, metadata rows, other column names, no number column', () => {
    const p = parseCsv(fixture('parsers/synthetic-2026-table.utf8-bom.tsv'), 'x.tsv');
    expect(p).toMatchObject({
      title: '2026年政府工作报告年度完成情况(合成测试数据)',
      year: 2026,
      format: 'tsv',
      encoding: 'utf-8',
    });
    expect(p.meta).toEqual({ indexNumber: 'SYNTHETIC/2027-000001', written: '2027-01-18' });
    expect(p.rows.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(p.rows[1]).toMatchObject({ responsible: '区人力社保局', nextSteps: '继续稳就业。' });
    expect(p.warnings).toEqual(['表格没有编号列，已按行的先后顺序编号为 1–3']);
  });
  it('reads the same table in UTF-8 and GBK to the same rows', () => {
    const csv = `${TITLE}\n序号,任务内容,完成进度\n1,"新增口袋公园5个,提升绿地",建成6个\n`;
    const a = parseCsv(utf8(csv), 'f.csv');
    const b = parseCsv(gbk(csv), 'f.csv');
    expect(b.rows).toEqual(a.rows);
    expect([a.encoding, b.encoding]).toEqual(['utf-8', 'gb18030']);
  });
  it('prefers the title row over the sidecar and skips blank Excel rows', () => {
    const p = parseCsv(utf8(`${TITLE},,\n,,\n编号,目标任务,完成情况\n1,a,b\n,,\n`), 'f.csv', {
      sidecar: { title: '别的标题' },
    });
    expect([p.title, p.rows.length]).toEqual([TITLE, 1]);
  });
  it('refuses a CSV with neither a title row nor a sidecar title, naming the sidecar', () => {
    const e = refusal(() => parseCsv(utf8('编号,目标任务,完成情况\n1,a,b\n'), 'content/sources/2025/t.csv'));
    expect(e.message).toBe(
      'content/sources/2025/t.csv → 表格中没有标题行，来源说明中也没有 title。请在 content/sources/2025/source.yaml 中写上标题，例如：\ntitle: 2025年政府工作报告年度完成情况',
    );
  });
  it('refuses a sidecar title without a year, naming the sidecar', () => {
    const e = refusal(() =>
      parseCsv(utf8('编号,目标任务,完成情况\n1,a,b\n'), 'c/2025/t.csv', { sidecar: { title: '政府工作报告' } }),
    );
    expect(e.file).toBe('c/2025/source.yaml');
    expect(e.problem).toBe('标题“政府工作报告”中没有年份');
  });
  it('refuses a table without a target column, naming the headers and the columns: line that fixes it', () => {
    const e = refusal(() => parseCsv(utf8(`${TITLE}\n编号,工作目标,完成情况\n1,a,b\n`), 'c/2025/f.csv'));
    expect([e.line, e.problem]).toEqual([2, '表头中找不到目标任务列（表头为：编号、工作目标、完成情况）']);
    expect(e.fix).toBe(
      '不要改动原始文件；请在 c/2025/source.yaml 中写明哪一列是目标任务，例如：\ncolumns:\n  工作目标: target',
    );
    const named = parseCsv(utf8(`${TITLE}\n编号,工作目标,完成情况\n1,a,b\n`), 'c/2025/f.csv', {
      sidecar: { columns: { 工作目标: 'target' } },
    });
    expect(named.rows[0]).toMatchObject({ target: 'a', completion: 'b' });
  });
  it('refuses an empty cell, a wrong 编号 and a missing header, each naming its line', () => {
    expect(refusal(() => parseCsv(utf8(`${TITLE}\n编号,目标任务,完成情况\n1,a,b\n2,c,\n`), 'f.csv')).message).toBe(
      'f.csv:4 → 完成情况单元格为空。如原表确实没有内容，不要改动原始文件（网站公布它的 SHA-256）；请在 source.yaml 中写上更正，例如：\ncorrections:\n  - row: 4\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空',
    );
    expect(refusal(() => parseCsv(utf8(`${TITLE}\n编号,目标任务,完成情况\n1,a,b\n3,c,d\n`), 'f.csv')).line).toBe(4);
    expect(refusal(() => parseCsv(utf8(`${TITLE}\n`), 'f.csv')).problem).toBe(
      '没有找到表头（文件中的表格都不含两个以上的列名）',
    );
    expect(refusal(() => parseCsv(utf8(''), 'f.csv')).problem).toBe('文件是空的');
  });
});
