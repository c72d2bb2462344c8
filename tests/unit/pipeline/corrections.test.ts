import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline, type YearFolder } from '../../../src/pipeline/run.ts';
import { Report, Task } from '../../../src/schema/index.ts';

/**
 * Issue 18 point 1: an editor corrects what the government's table got wrong beside the source, in
 * source.yaml — an empty cell, an odd header (columns:), a numbering slip — and the raw file stays
 * byte for byte, its SHA-256 the government's; every correction is kept in the data with the
 * original and the reason.
 */
const enc = (s: string) => new TextEncoder().encode(s);
const taxonomyText =
  'fallback: other\nareas:\n  - slug: parks\n    name: 公园绿地\n    keywords: [公园]\n  - slug: other\n    name: 其他\n    keywords: [其他]\n';
const frontmatter = (md: string) => parseYaml(md.slice(4, md.indexOf('\n---\n', 4)));
const csv = [
  '2031年政府工作报告年度完成情况(合成测试数据)',
  '编号,工作目标,完成情况,备注',
  '1,新建公园3个。,已建成公园3个。,',
  '2,完成道路改造10公里。,,原表此格空',
  '4,推进学校建设。,学校主体工程已开工。,',
  '',
].join('\n');
const sidecar = `meta:
  publisher: 合成测试办公室
  written: 2032-01-20
columns:
  工作目标: target
corrections:
  - row: 4
    column: 完成情况
    value: 未公开
    reason: 原表此格为空
  - row: 5
    column: 编号
    value: "3"
    reason: 原表编号为“4”,漏了 3
`;
const run = (side: string, source = csv) =>
  runPipeline({
    years: [
      {
        name: '2031',
        files: [
          { name: 't.csv', bytes: enc(source) },
          { name: 'source.yaml', bytes: enc(side) },
        ],
      } satisfies YearFolder,
    ],
    taxonomyText,
    contentLabel: 'c',
    command: 'npm run ingest',
  });

describe('corrections beside the source', () => {
  it('without them the table is refused, and each message offers the block to copy', () => {
    expect(() => run(sidecar.slice(0, sidecar.indexOf('corrections:')))).toThrow(
      'c/sources/2031/t.csv:5 → 编号应为 3，实际为 4。编号须从 1 开始连续递增。请先核对是否缺了一行；如原表确实编错了号，不要改动原始文件（网站公布它的 SHA-256）；请在 c/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 5\n    column: 编号\n    value: "3"\n    reason: "原表编号为“4”"',
    );
    const numberOnly = sidecar.replace(/ {2}- row: 4\n[^]*?(?= {2}- row: 5)/, '');
    expect(() => run(numberOnly)).toThrow(
      'c/sources/2031/t.csv:4 → 完成情况单元格为空。如原表确实没有内容，不要改动原始文件（网站公布它的 SHA-256）；请在 c/sources/2031/source.yaml 中写上更正，例如：\ncorrections:\n  - row: 4\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空',
    );
    expect(() => run(sidecar.slice(0, sidecar.indexOf('columns:')))).toThrow('表头中找不到目标任务列');
  });
  it('with them a CSV with an empty cell, an odd header and a numbering gap builds; the raw hash is unchanged', () => {
    const out = run(sidecar);
    const report = Report.parse(frontmatter(out.files.get('reports/2031/index.md')!));
    expect(report.source.sha256).toBe(createHash('sha256').update(enc(csv)).digest('hex'));
    const tasks = [1, 2, 3].map((n) => Task.parse(frontmatter(out.files.get(`reports/2031/tasks/${n}.md`)!)));
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(tasks[1]!.completion.verbatim).toBe('未公开');
    expect(tasks[1]!.corrections).toEqual([
      { column: '完成情况', original: null, value: '未公开', reason: '原表此格为空' },
    ]);
    expect(tasks[2]!.corrections).toEqual([
      { column: '编号', original: '4', value: '3', reason: '原表编号为“4”,漏了 3' },
    ]);
    expect(tasks[0]!.corrections).toEqual([]);
    // 备注 is a notes column: kept with its role.
    expect(tasks[1]!.columns).toEqual([
      { header: '备注', role: 'notes', cell: { verbatim: '原表此格空', display: '原表此格空' } },
    ]);
  });
  it('a correction naming a row or a column that does not exist names the entry and what exists', () => {
    const bad = (entry: string) =>
      sidecar.replace(
        /corrections:[\s\S]*$/,
        `corrections:\n  - row: 4\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空\n${entry}`,
      );
    expect(() => run(bad('  - row: 99\n    column: 完成情况\n    value: x\n    reason: 原表有误\n'))).toThrow(
      'c/sources/2031/source.yaml:11 → 第 2 条更正的 row: 99 不是表格中的任务行（任务行为第 3–5 行）。请把 row 改为出错信息中写明的行号',
    );
    expect(() => run(bad('  - row: 5\n    column: 完成\n    value: x\n    reason: 原表有误\n'))).toThrow(
      'c/sources/2031/source.yaml:12 → 第 2 条更正的 column: 完成 不是表头中的列（表头为：编号、工作目标、完成情况、备注）',
    );
    expect(() => run(bad('  - row: 4\n    column: 完成情况\n    value: x\n    reason: 原表有误\n'))).toThrow(
      '第 2 条更正与前面的更正是同一单元格（第 4 行“完成情况”）',
    );
  });
  it('a cell split by a stray bar in pipe text is joined again by correcting the last column', () => {
    const text = [
      '2031年政府工作报告年度完成情况(合成测试数据)',
      '编号 | 目标任务 | 完成情况 |',
      '1 | 新建公园3个。 | 已建成 | 3个 |',
      '',
    ].join('\n');
    const side = 'meta:\n  publisher: 合成测试办公室\n  written: 2032-01-20\n';
    const folder = (s: string) =>
      runPipeline({
        years: [
          {
            name: '2031',
            files: [
              { name: 't.txt', bytes: enc(text) },
              { name: 'source.yaml', bytes: enc(s) },
            ],
          },
        ],
        taxonomyText,
        contentLabel: 'c',
        command: 'npm run ingest',
      });
    expect(() => folder(side)).toThrow('value: "已建成｜3个"');
    const out = folder(
      `${side}corrections:\n  - row: 3\n    column: 完成情况\n    value: 已建成|3个\n    reason: 原表单元格内含分隔符\n`,
    );
    const task = Task.parse(frontmatter(out.files.get('reports/2031/tasks/1.md')!));
    expect(task.completion.verbatim).toBe('已建成|3个');
    expect(task.corrections[0]).toMatchObject({ original: '已建成 | 3个' });
  });
});
