import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../../../src/pipeline/parse/html.ts';
import { parseSource, type ParseOptions } from '../../../../src/pipeline/parse/index.ts';
import { fixture, gbk, refusal, utf8 } from './helpers.ts';

const GBK_PAGE = '2025/synthetic-合成测试数据-2025年政府工作报告年度完成情况.gbk.html';
const UTF8_PAGE = 'parsers/synthetic-2025-page.utf8.html';

const page = (body: string, head = '<meta charset="utf-8"><title>2025年政府工作报告年度完成情况</title>') =>
  utf8(`<!DOCTYPE html><html><head>${head}</head><body>\n${body}\n</body></html>`);
const TABLE =
  '<table><tr><td>编号</td><td>目标任务</td><td>完成情况</td></tr>\n<tr><td>1</td><td>a</td><td>b</td></tr></table>';

/** A saved page through the HTML reader and the table reader. */
const parseHtml = (bytes: Uint8Array, file: string, options: ParseOptions = {}) => parseSource(bytes, file, options);

describe('parseHtml(bytes, file)', () => {
  it('reads the synthetic GBK page: table, 政务公开 block, title, optional columns, rowspan', () => {
    const p = parseHtml(fixture(GBK_PAGE), 'sources/2025/p.html');
    expect(p).toMatchObject({
      title: '2025年政府工作报告年度完成情况(合成测试数据)',
      year: 2025,
      format: 'html',
      encoding: 'gb18030',
    });
    expect(p.meta).toEqual({
      indexNumber: 'SYNTHETIC/2026-000001',
      topic: '综合政务/政务公开',
      written: '2026-01-19',
      genre: '其他',
      publisher: '合成测试区政府办公室',
      disclosure: '主动公开',
    });
    expect(p.rows).toHaveLength(10);
    expect(p.rows[0]).toEqual({
      number: 1,
      line: 27,
      target: '地区生产总值增长5.5%左右。',
      completion: '全区经济运行稳中有进,全年地区生产总值增长5.8%。',
      responsible: '区发改局',
      nextSteps: '巩固经济回升向好态势。',
      position: '第 27 行',
      columns: [
        { header: '牵头单位', role: 'responsible', text: '区发改局' },
        { header: '下一步计划', role: 'nextSteps', text: '巩固经济回升向好态势。' },
      ],
    });
    // <br> is a line break; a merged 牵头单位 cell applies to each row it spans.
    expect(p.rows[4]?.completion).toBe(
      '已完成公交线路优化10条,新改建公交候车亭22个。\n公交“最后一公里”接驳进一步完善。',
    );
    expect(p.rows[8]?.responsible).toBe('区住建局');
    // Source text is data: an escaped tag in a cell stays the literal characters.
    expect(p.rows[8]?.target).toBe('推进全域“无废城市”建设,<b>一般工业固废综合利用率95%以上。');
    expect(p.warnings).toEqual(['文件编码为 GB18030/GBK（按文件声明的 charset=gbk），已显式转换为 UTF-8 读取']);
  });
  it('reads the UTF-8 variant of the same page to the same rows and metadata, without a warning', () => {
    const a = parseHtml(fixture(UTF8_PAGE), 'p.html');
    const b = parseHtml(fixture(GBK_PAGE), 'p.html');
    expect([a.rows, a.meta, a.encoding, a.warnings]).toEqual([b.rows, b.meta, 'utf-8', []]);
  });
  it('finds the charset a page declares, either way', () => {
    expect(declaredCharset(utf8('<meta charset="GBK">'))).toBe('GBK');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe(
      'gb2312',
    );
    expect(declaredCharset(utf8('<p>no charset</p>'))).toBeUndefined();
  });
  it('reads an undeclared GBK page by its bytes', () => {
    const p = parseHtml(
      gbk(`<html><head><title>2025年政府工作报告</title></head><body>${TABLE}</body></html>`),
      'p.html',
    );
    expect([p.encoding, p.warnings[0]]).toEqual([
      'gb18030',
      '文件编码为 GB18030/GBK（文件未声明编码，按字节判断），已显式转换为 UTF-8 读取',
    ]);
  });
  it('reads "标签:值" spans and the platform <meta> tags; PubDate stands in for 成文日期 with a warning', () => {
    const head =
      '<meta charset="utf-8"><meta name="ArticleTitle" content="2025年政府工作报告年度完成情况"><meta name="PubDate" content="2026-01-20 10:30"><meta name="ContentSource" content="区政府办公室">';
    const p = parseHtml(
      page(`<ul><li><span>索引号:</span>X/1</li><li>主题分类:综合政务</li></ul>${TABLE}`, head),
      'p.html',
    );
    expect(p.meta).toEqual({ indexNumber: 'X/1', topic: '综合政务', publisher: '区政府办公室', written: '2026-01-20' });
    expect(p.warnings).toEqual(['页面没有成文日期，已采用页面的发布日期（PubDate）2026-01-20']);
  });
  it('takes the title from <h1> when there is no ArticleTitle, and from the sidecar when there is none', () => {
    expect(parseHtml(page(`<h1>2026年 工作报告</h1>${TABLE}`, '<meta charset="utf-8">'), 'p.html').title).toBe(
      '2026年 工作报告',
    );
    expect(parseHtml(page(TABLE, ''), 'p.html', { sidecar: { title: '2027年报告' } }).year).toBe(2027);
    expect(refusal(() => parseHtml(page(TABLE, ''), 'p.html')).problem).toBe(
      '表格中没有标题行，来源说明中也没有 title',
    );
  });
  it('skips a merged section-heading row inside the table, with a warning', () => {
    const p = parseHtml(
      page(
        '<table><tr><td>序号</td><td>工作任务</td><td>进展情况</td></tr>\n<tr><td colspan="3">一、经济发展</td></tr>\n<tr><td>1</td><td>a</td><td>b</td></tr></table>',
      ),
      'p.html',
    );
    expect(p.rows).toEqual([{ number: 1, line: 4, position: '第 4 行', target: 'a', completion: 'b', columns: [] }]);
    expect(p.warnings).toContain('第 3 行“一、经济发展”是通栏的分组标题，不是任务，已跳过');
  });
  it('ignores layout tables that merely contain the task table', () => {
    const p = parseHtml(page(`<table><tr><td>导航</td><td>${TABLE}</td></tr></table>`), 'p.html');
    expect(p.rows).toEqual([{ number: 1, line: 3, position: '第 3 行', target: 'a', completion: 'b', columns: [] }]);
  });
  it('refuses a page without a task table, with two task tables (naming the table: line), or without a target column', () => {
    expect(refusal(() => parseHtml(page('<p>正文</p><table><tr><td>x</td></tr></table>'), 'p.html')).problem).toBe(
      '没有找到表头（文件中的表格都不含两个以上的列名）',
    );
    const two = refusal(() => parseHtml(page(`${TABLE}\n${TABLE}`), 'c/2025/p.html'));
    expect([two.problem, two.fix]).toEqual([
      '文件中有 2 个任务表格：第 1 个表格（表头在第 2 行）、第 2 个表格（表头在第 4 行）',
      '请在 c/2025/source.yaml 中写明读哪一个，例如：\ntable: 1',
    ]);
    const second = parseHtml(page(`${TABLE}\n${TABLE}`), 'c/2025/p.html', { sidecar: { table: 2 } });
    expect([second.rows[0]!.line, second.table]).toEqual([5, '第 2 个表格']);
    const unknown = refusal(() =>
      parseHtml(
        page(
          '<table><tr><th>序号</th><th>工作目标</th><th>完成情况</th></tr><tr><td>1</td><td>a</td><td>b</td></tr></table>',
        ),
        'p.html',
      ),
    );
    expect(unknown.problem).toBe('表头中找不到目标任务列（表头为：序号、工作目标、完成情况）');
  });
  it('refuses an empty cell naming its line', () => {
    const e = refusal(() =>
      parseHtml(
        page(
          '<table><tr><td>编号</td><td>目标任务</td><td>完成情况</td></tr>\n<tr><td>1</td><td>a</td><td> </td></tr></table>',
        ),
        'p.html',
      ),
    );
    expect(e.message).toBe(
      'p.html:3 → 完成情况单元格为空。如原表确实没有内容，不要改动原始文件（网站公布它的 SHA-256）；请在 source.yaml 中写上更正，例如：\ncorrections:\n  - row: 3\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空',
    );
  });
});
