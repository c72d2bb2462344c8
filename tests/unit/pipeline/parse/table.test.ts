import { describe, expect, it } from 'vitest';
import { percentOf, roleOfWords, statusReading } from '../../../../src/pipeline/parse/header-words.ts';
import type { GridTable, SourceDocument } from '../../../../src/pipeline/parse/grid.ts';
import { readHtml } from '../../../../src/pipeline/parse/html.ts';
import { numberOf } from '../../../../src/pipeline/parse/rows.ts';
import { readTable } from '../../../../src/pipeline/parse/table.ts';
import { plainGrid } from '../../../../src/pipeline/parse/text.ts';
import type { Sidecar } from '../../../../src/schema/sidecar.ts';
import { refusal, utf8 } from './helpers.ts';

const TITLE = '2031年政府工作报告年度完成情况(合成测试数据)';
/** A page holding the given table markup, one row per line (so row numbers are lines 2, 3, …). */
const page = (table: string) => utf8(`<title>${TITLE}</title>\n${table}`);
const html = (table: string, sidecar: Sidecar = {}) => readTable(readHtml(page(table), 'p.html'), 'c/p.html', sidecar);
const grid = (rows: string[][], name?: string): GridTable => ({
  ...plainGrid(rows.map((cells, i) => ({ cells, line: i + 1 }))),
  ...(name ? { name } : {}),
});
const doc = (tables: GridTable[]): SourceDocument => ({ format: 'xlsx', tables, meta: {}, warnings: [] });

describe('header words → roles (header-words.ts)', () => {
  it('knows the issue’s headers, patterns included', () => {
    const cases: Record<string, string | undefined> = {
      序号: 'number',
      重点工作: 'group',
      项目类别: 'group',
      实事项目名称: 'target',
      主要内容: 'target',
      内容与要求: 'target',
      '10月完成情况': 'result',
      截至6月底进展: 'result',
      完成进度: 'result',
      牵头市领导: 'responsible',
      配合单位: 'responsible',
      四季度计划目标: 'plan',
      时序目标: 'plan',
      '形象进度(%)': 'progress',
      '形象进度（%）': 'progress',
      占全年计划: 'progress',
      完成率: 'progress',
      进度状态: 'status',
      完成状态: 'status',
      情况说明: 'notes',
      '备 注': 'notes',
      '下步举措：': 'nextSteps',
      '完成情况（截至6月底）': 'result',
      '责任单位(牵头)': 'responsible',
      工作目标: undefined,
      进度: undefined,
    };
    for (const [header, role] of Object.entries(cases)) expect([header, roleOfWords(header)]).toEqual([header, role]);
  });
  it('reads the government’s status words, exact words only', () => {
    expect(
      ['办结', '已完成', '基本完成', '序时推进', '部分滞后', '未启动', '未完成', '推进中'].map(statusReading),
    ).toEqual(['done', 'done', 'nearly', 'on_track', 'behind', 'not_started', 'not_started', 'unknown']);
  });
  it('reads a percentage from 35%, 108％, or a bare number under a (%) header only', () => {
    expect(percentOf('35%', '形象进度')).toBe(35);
    expect(percentOf('108％', '占全年计划')).toBe(108);
    expect(percentOf('35', '形象进度(%)')).toBe(35);
    expect(percentOf('35', '形象进度')).toBeNull();
    expect(percentOf('已完工', '形象进度(%)')).toBeNull();
  });
  it('reads 编号 as 1, 1., 1、 and 一…九十九', () => {
    expect(['1', '12.', '3、', '一', '十', '十二', '二十', '九十九', '0', '(二)', '', '1a'].map(numberOf)).toEqual([
      1,
      12,
      3,
      1,
      10,
      12,
      20,
      99,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('readTable(doc, file, sidecar)', () => {
  it('joins a two-level header as 上层／下层 and takes roles from the lower level', () => {
    const p = html(`<table>
<tr><td rowspan="2">序号</td><td colspan="2">目标任务</td><td colspan="3">工作进度</td></tr>
<tr><td>重点工作</td><td>主要内容</td><td>10月完成情况</td><td>进度状态</td><td>情况说明</td></tr>
<tr><td>1</td><td>稳增长</td><td>新建公园3个。</td><td>已建成2个。</td><td>序时推进</td><td>第3个在建</td></tr>
</table>`);
    expect(p.rows[0]).toMatchObject({
      target: '新建公园3个。',
      completion: '已建成2个。',
      group: { header: '目标任务／重点工作', role: 'group', text: '稳增长' },
      official: { status: { header: '工作进度／进度状态', text: '序时推进', reading: 'on_track' } },
    });
    expect(p.rows[0]!.columns!.map((c) => `${c.header}:${c.role}`)).toEqual([
      '目标任务／重点工作:group',
      '工作进度／进度状态:status',
      '工作进度／情况说明:notes',
    ]);
  });
  it('takes a spanning title row as the title and keeps notes under the table as warnings', () => {
    const p = readTable(
      readHtml(
        utf8(`<table>
<tr><td colspan="3">${TITLE}</td></tr>
<tr><td>编号</td><td>目标任务</td><td>完成情况</td></tr>
<tr><td>1</td><td>a</td><td>b</td></tr>
<tr><td colspan="3">注:本表数据截至12月底。</td></tr>
<tr><td>说明:b 为初步统计。</td><td></td><td></td></tr>
</table>`),
        'p.html',
      ),
      'p.html',
    );
    expect([p.title, p.year, p.rows.length]).toEqual([TITLE, 2031, 1]);
    expect(p.warnings).toEqual([
      '第 5 行“注:本表数据截至12月底。”是表注，不是任务，已记在这里',
      '第 6 行“说明:b 为初步统计。”是表注，不是任务，已记在这里',
    ]);
  });
  it('makes rows without a number under a spanning group cell sub-items of the numbered row', () => {
    const p = html(`<table>
<tr><td>序号</td><td>重点工作</td><td>工作任务</td><td>进展情况</td></tr>
<tr><td>1</td><td rowspan="3">民生</td><td>a</td><td>x</td></tr>
<tr><td></td><td>b</td><td>y</td></tr>
<tr><td></td><td>c</td><td>z</td></tr>
<tr><td>2</td><td>生态</td><td>d</td><td>w</td></tr>
</table>`);
    expect(p.rows.map((r) => [r.number, r.sub, r.target, r.group?.text])).toEqual([
      [1, 1, 'a', '民生'],
      [1, 2, 'b', '民生'],
      [1, 3, 'c', '民生'],
      [2, undefined, 'd', '生态'],
    ]);
  });
  it('reads sub-items numbered in the cell (3.1, 3.2 or 3-1) in any format', () => {
    const p = readTable(
      doc([
        grid([
          [TITLE],
          ['编号', '目标任务', '完成情况'],
          ['1', 'a', 'b'],
          ['2.1', 'c', 'd'],
          ['2.2', 'e', 'f'],
          ['3-1', 'g', 'h'],
          ['4', 'i', 'j'],
        ]),
      ]),
      'c/t.xlsx',
    );
    expect(p.rows.map((r) => [r.number, r.sub])).toEqual([
      [1, undefined],
      [2, 1],
      [2, 2],
      [3, undefined],
      [4, undefined],
    ]);
  });
  it('in text and CSV (nothing spans) a missing number is an error offering the correction', () => {
    const e = refusal(() =>
      readTable(doc([grid([[TITLE], ['编号', '目标任务', '完成情况'], ['1', 'a', 'b'], ['', 'c', 'd']])]), 'c/t.xlsx'),
    );
    expect([e.line, e.problem]).toEqual([4, '编号单元格为空']);
    expect(e.fix).toContain('corrections:\n  - row: 4\n    column: 编号\n    value: "2"\n    reason: 原表此格未编号');
  });
  it('chooses the table with a target and a result; several: names them and the table:/sheet: line', () => {
    const task = (extra: string) => grid([[`${TITLE}${extra}`], ['编号', '目标任务', '完成情况'], ['1', 'a', 'b']]);
    const other = grid(
      [
        ['索引号', 'x'],
        ['发布机构', 'y'],
      ],
      '工作表“封面”',
    );
    const one = readTable(doc([other, task('')]), 'c/t.xlsx');
    expect([one.rows.length, one.table]).toEqual([1, '第 2 个表格']);
    const two = doc([task(''), { ...task(''), name: '工作表“二季度”' }]);
    expect(refusal(() => readTable(two, 'c/t.xlsx')).problem).toBe(
      '文件中有 2 个任务表格：第 1 个表格（表头在第 2 行）、工作表“二季度”（表头在第 2 行）',
    );
    expect(readTable(two, 'c/t.xlsx', { sheet: '二季度' }).table).toBe('工作表“二季度”');
    expect(readTable(two, 'c/t.xlsx', { table: 1 }).table).toBe('第 1 个表格');
    expect(refusal(() => readTable(two, 'c/t.xlsx', { sheet: '三季度' })).problem).toBe(
      'sheet: 三季度 不在文件中（文件中的表格：第 1 个表格、工作表“二季度”）',
    );
    expect(refusal(() => readTable(two, 'c/t.xlsx', { table: 3 })).problem).toBe(
      'table: 3 超出范围（文件中有 2 个表格）',
    );
  });
  it('names a sub-item’s place in a named sheet', () => {
    const p = readTable(
      doc([grid([[TITLE], ['编号', '目标任务', '完成情况'], ['1', 'a', 'b']], '工作表“Sheet1”')]),
      'c/t.xlsx',
    );
    expect(p.rows[0]!.position).toBe('工作表“Sheet1”第 3 行');
  });
  it('applies a correction to one row of a spanning cell only, keeping the original', () => {
    const p = html(
      `<table>
<tr><td>序号</td><td>工作任务</td><td>进展情况</td></tr>
<tr><td rowspan="2">1</td><td>a</td><td rowspan="2">已完成</td></tr>
<tr><td>b</td></tr>
</table>`,
      { corrections: [{ row: 5, column: '进展情况', value: '未公开', reason: '原表合并单元格有误' }] },
    );
    expect(p.rows.map((r) => r.completion)).toEqual(['已完成', '未公开']);
    expect(p.rows[1]!.corrections).toEqual([
      { column: '进展情况', original: '已完成', value: '未公开', reason: '原表合并单元格有误' },
    ]);
  });
});

describe('the title', () => {
  it('is the file’s, unless only the table’s title row names the year', () => {
    const table = `<table>\n<tr><td colspan="3">${TITLE}</td></tr>\n<tr><td>编号</td><td>目标任务</td><td>完成情况</td></tr>\n<tr><td>1</td><td>a</td><td>b</td></tr>\n</table>`;
    const withPageTitle = (t: string) => readTable(readHtml(utf8(`<title>${t}</title>\n${table}`), 'p.html'), 'p.html');
    expect(withPageTitle('某区人民政府门户网站').title).toBe(TITLE);
    expect(withPageTitle('2031年某区工作报告完成情况').title).toBe('2031年某区工作报告完成情况');
  });
  it('is the sidecar’s when the source’s has no year, with a warning', () => {
    const p = readTable(
      doc([grid([['工作报告完成情况'], ['编号', '目标任务', '完成情况'], ['1', 'a', 'b']])]),
      'c/t.xlsx',
      {
        title: TITLE,
      },
    );
    expect([p.title, p.year, p.warnings]).toEqual([
      TITLE,
      2031,
      ['原表标题“工作报告完成情况”中没有年份，已采用 source.yaml 的 title'],
    ]);
  });
});

describe('a table written on one line (minified HTML)', () => {
  it('says so, and places each row by its table row too', () => {
    const p = readTable(
      readHtml(
        utf8(
          `<title>${TITLE}</title><table><tr><td>编号</td><td>目标任务</td><td>完成情况</td></tr><tr><td>1</td><td>a</td><td>b</td></tr><tr><td>2</td><td>c</td><td>d</td></tr></table>`,
        ),
        'p.html',
      ),
      'p.html',
    );
    expect(p.rows.map((r) => r.position)).toEqual(['第 1 行（表格第 2 行）', '第 1 行（表格第 3 行）']);
    expect(p.warnings).toEqual([
      '原始文件中这个表格的若干行写在同一行里：出错信息和 corrections: 的行号分不清这些行，任务的位置另注“表格第几行”',
    ]);
  });
});
