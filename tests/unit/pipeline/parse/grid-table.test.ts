import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { elements, gridTable } from '../../../../src/pipeline/parse/hast.ts';

const table = (html: string): Element => {
  const root = unified().use(rehypeParse).parse(html) as Root;
  return [...elements(root)].find((e) => e.tagName === 'table')!;
};
const texts = (html: string) => gridTable(table(html)).rows.map((r) => r.map((c) => c.text));

describe('gridTable(table)', () => {
  it('expands a two-level header and a number spanning sub-rows, as a browser lays them out', () => {
    const html = `<table>
<tr><th rowspan="2">序号</th><th rowspan="2">项目</th><th colspan="2">工作进度</th></tr>
<tr><th>10月完成情况</th><th>进度状态</th></tr>
<tr><td rowspan="2">1</td><td>甲</td><td>完成</td><td>办结</td></tr>
<tr><td>乙</td><td>推进</td><td>序时推进</td></tr>
</table>`;
    expect(texts(html)).toEqual([
      ['序号', '项目', '工作进度', '工作进度'],
      ['序号', '项目', '10月完成情况', '进度状态'],
      ['1', '甲', '完成', '办结'],
      ['1', '乙', '推进', '序时推进'],
    ]);
    const grid = gridTable(table(html));
    expect(grid.rows[3]![0]!.origin).toEqual({ row: 3, col: 1 });
    expect(grid.rows[1]![3]!.origin).toEqual({ row: 2, col: 4 });
    expect(grid.rowNumbers).toEqual([2, 3, 4, 5]);
    expect(grid.cellName(2, 1)).toBe('第 4 行第 2 列');
  });

  it('pads short rows and clips a rowspan that runs past the table', () => {
    expect(texts('<table><tr><td rowspan="9">a</td><td>b</td></tr><tr><td>c</td></tr><tr></tr></table>')).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['a', ''],
    ]);
  });
});
