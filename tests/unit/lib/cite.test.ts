import { describe, expect, it } from 'vitest';
import { accessDate, bibtex, citationAuthor, cslJson, gbt7714, type CitedReport } from '../../../src/lib/cite.ts';

/** The real 2024 report's metadata, as content/reports/2024/index.md carries it. */
const report2024: CitedReport = {
  year: 2024,
  title: '2024年政府工作报告年度完成情况',
  region: '宁波市镇海区',
  meta: { written: '2025-01-26', publisher: '区政府办公室' },
  source: { url: 'https://www.zh.gov.cn/art/2025/1/26/art_1229829404_59374804.html' },
};

describe('GB/T 7714-2015 电子资源 citation', () => {
  it('cites a report: 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.', () =>
    expect(gbt7714(report2024)).toBe(
      '宁波市镇海区区政府办公室. 2024年政府工作报告年度完成情况[EB/OL]. (2025-01-26)[2025-01-26]. https://www.zh.gov.cn/art/2025/1/26/art_1229829404_59374804.html.',
    ));
  it('cites a task with 第N项 as 其他题名信息, and the retrieved date as 引用日期', () =>
    expect(gbt7714({ ...report2024, source: { ...report2024.source, retrieved: '2025-01-27' } }, '12.3')).toBe(
      '宁波市镇海区区政府办公室. 2024年政府工作报告年度完成情况: 第12.3项[EB/OL]. (2025-01-26)[2025-01-27]. https://www.zh.gov.cn/art/2025/1/26/art_1229829404_59374804.html.',
    ));
  it('dates a revised report by its newest version, and cites it without a URL when none is known', () => {
    const revised: CitedReport = {
      ...report2024,
      source: { versions: [{ date: '2025-01-26' }, { date: '2025-03-02' }] },
    };
    expect(gbt7714(revised, '7')).toBe(
      '宁波市镇海区区政府办公室. 2024年政府工作报告年度完成情况: 第7项[EB/OL]. (2025-03-02)[2025-03-02].',
    );
    expect(accessDate(revised)).toBe('2025-03-02');
  });
  it('does not repeat a region the 发布机构 already names', () =>
    expect(
      citationAuthor({ ...report2024, meta: { ...report2024.meta, publisher: '宁波市镇海区人民政府办公室' } }),
    ).toBe('宁波市镇海区人民政府办公室'));
});

describe('reference-manager files', () => {
  it('writes a BibTeX @online entry with the corporate author braced', () =>
    expect(bibtex(report2024, '12')).toBe(
      [
        '@online{gzbg-2024-12,',
        '  author = {{宁波市镇海区区政府办公室}},',
        '  title = {2024年政府工作报告年度完成情况: 第12项},',
        '  date = {2025-01-26},',
        '  year = {2025},',
        '  url = {https://www.zh.gov.cn/art/2025/1/26/art_1229829404_59374804.html},',
        '  urldate = {2025-01-26},',
        '  langid = {chinese},',
        '  note = {[EB/OL]},',
        '}',
        '',
      ].join('\n'),
    ));
  it('escapes LaTeX specials in titles', () =>
    expect(bibtex({ ...report2024, title: '100% {完成} & 50_x' })).toContain('title = {100\\% \\{完成\\} \\& 50\\_x}'));
  it('writes CSL-JSON as an array of one webpage item', () =>
    expect(JSON.parse(cslJson(report2024))).toEqual([
      {
        id: 'gzbg-2024',
        type: 'webpage',
        title: '2024年政府工作报告年度完成情况',
        author: [{ literal: '宁波市镇海区区政府办公室' }],
        issued: { 'date-parts': [[2025, 1, 26]] },
        accessed: { 'date-parts': [[2025, 1, 26]] },
        URL: 'https://www.zh.gov.cn/art/2025/1/26/art_1229829404_59374804.html',
        language: 'zh-CN',
      },
    ]));
});
