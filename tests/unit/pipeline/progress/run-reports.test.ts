import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineInput, type YearFolder } from '../../../../src/pipeline/run.ts';
import { Report, Task } from '../../../../src/schema/index.ts';

/** The real 2024 final report (镇海区) and the same government's real 半年度进展 (tests/fixtures/years/progress). */
const filesOf = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile() && !f.name.endsWith('.md'))
    .map((f) => ({ name: f.name, bytes: new Uint8Array(readFileSync(join(dir, f.name))) }));
const finalFiles = filesOf('content/sources/2024');
const halfFiles = filesOf('tests/fixtures/years/progress/2024/半年度进展');
const taxonomyText = readFileSync('content/taxonomy.yaml', 'utf8');
const input = (years: YearFolder[]): PipelineInput => ({
  years,
  taxonomyText,
  contentLabel: 'c',
  command: 'npm run ingest',
});
const frontmatter = (md: string) => parseYaml(md.slice(4, md.indexOf('\n---\n', 4)));
const enc = (s: string) => new TextEncoder().encode(s);

describe('several reports in one year (issue 13)', { timeout: 30_000 }, () => {
  const out = runPipeline(
    input([{ name: '2024', files: finalFiles, reports: [{ name: '半年度进展', files: halfFiles }] }]),
  );
  const read = (p: string) => frontmatter(out.files.get(p)!);

  it('the final report is the headline; the progress report goes under reports/<slug>/ with its kind and date', () => {
    const headline = Report.parse(read('reports/2024/index.md'));
    expect(headline).toMatchObject({ kind: 'final', slug: 'final', taskCount: 90 });
    const half = Report.parse(read('reports/2024/reports/progress-2024-06-30/index.md'));
    expect(half).toMatchObject({ kind: 'progress', asOf: '2024-06-30', slug: 'progress-2024-06-30', taskCount: 7 });
    expect(half.source.file).toBe('sources/2024/半年度进展/2024年度政府工作报告重点任务半年度进展情况.txt');
    expect(headline.snapshots?.map((s) => [s.slug, s.kind, s.asOf, s.headline, s.taskCount, s.linked])).toEqual([
      ['progress-2024-06-30', 'progress', '2024-06-30', false, 7, 4],
      ['final', 'final', undefined, true, 90, undefined],
    ]);
  });

  it('links progress rows to final tasks by target text, whatever their numbers; unmatched rows stay', () => {
    const row = (n: number) => Task.parse(read(`reports/2024/reports/progress-2024-06-30/tasks/${n}.md`));
    expect([4, 5, 6, 7].map((n) => row(n).link)).toEqual(
      ['1', '2', '3', '4'].map((id) => ({ id, score: 1, method: 'exact' })),
    );
    expect([1, 2, 3].map((n) => row(n).link?.id)).toEqual([null, null, null]);
    for (let n = 1; n <= 7; n++) {
      expect(row(n).status.value).not.toBe('not_met');
      expect(row(n).metrics.map((m) => m.verdict)).not.toContain('not_met');
      expect(row(n).report).toBe('progress-2024-06-30');
    }
  });

  it('a year of one final report is written as before: no kind, date, slug or snapshots', () => {
    const single = runPipeline(input([{ name: '2024', files: finalFiles }]));
    const fm = frontmatter(single.files.get('reports/2024/index.md')!);
    for (const key of ['kind', 'asOf', 'slug', 'snapshots']) expect(fm).not.toHaveProperty(key);
    expect(frontmatter(single.files.get('reports/2024/tasks/01.md')!)).not.toHaveProperty('report');
  });

  it('a year with only a progress report so far: it is the headline, read as progress', () => {
    const only = runPipeline(input([{ name: '2024', files: [], reports: [{ name: '半年度进展', files: halfFiles }] }]));
    const headline = Report.parse(frontmatter(only.files.get('reports/2024/index.md')!));
    expect(headline).toMatchObject({ kind: 'progress', asOf: '2024-06-30', taskCount: 7 });
    const seven = Task.parse(frontmatter(only.files.get('reports/2024/tasks/7.md')!));
    expect(seven.status.value).toBe('in_progress');
    expect(seven.inYear?.value).toBe('completed');
  });

  it('refuses two final reports in one year', () => {
    expect(() =>
      runPipeline(input([{ name: '2024', files: finalFiles, reports: [{ name: '另一份', files: finalFiles }] }])),
    ).toThrow('一年只能有一份年度完成情况');
  });

  it('refuses a progress report without a date, asking for asOf:', () => {
    const text = new TextDecoder()
      .decode(halfFiles.find((f) => f.name.endsWith('.txt'))!.bytes)
      .replace('2024年度政府工作报告重点任务半年度进展情况', '2024年度政府工作报告重点任务进展情况');
    const files = [
      { name: '进展.txt', bytes: enc(text) },
      { name: 'source.yaml', bytes: halfFiles.find((f) => f.name === 'source.yaml')!.bytes },
    ];
    expect(() => runPipeline(input([{ name: '2024', files: finalFiles, reports: [{ name: 'x', files }] }]))).toThrow(
      /标题没有写明截至哪一天.*asOf: 2024-06-30/,
    );
    const dated = [
      ...files.slice(0, 1),
      { name: 'source.yaml', bytes: enc('region: 宁波市镇海区\nasOf: 2024-09-30\n') },
    ];
    const ok = runPipeline(input([{ name: '2024', files: finalFiles, reports: [{ name: 'x', files: dated }] }]));
    expect(Report.parse(frontmatter(ok.files.get('reports/2024/reports/progress-2024-09-30/index.md')!)).asOf).toBe(
      '2024-09-30',
    );
  });
});

describe('overrides of a report in a subfolder: overrides/<year>/<subfolder>.yaml', { timeout: 30_000 }, () => {
  const halfOnly = (extra: Partial<YearFolder>) =>
    runPipeline(input([{ name: '2024', files: [], reports: [{ name: '半年度进展', files: halfFiles }], ...extra }]));
  const task = (out: ReturnType<typeof runPipeline>, n: number) =>
    Task.parse(frontmatter(out.files.get(`reports/2024/tasks/${n}.md`)!));

  it('corrects the subfolder’s report, even when it is the year’s headline, and counts it', () => {
    const plain = halfOnly({});
    const out = halfOnly({
      reportOverrides: [
        {
          name: '半年度进展',
          text: 'year: 2024\noverrides:\n  - task: 5\n    status: { value: 待核实, reason: 半年进展需向牵头单位核实 }\n',
        },
      ],
    });
    expect(task(out, 5).status).toMatchObject({ value: 'unclear', override: '半年进展需向牵头单位核实' });
    expect(task(out, 5).status.original?.value).toBe(task(plain, 5).status.value);
    expect(task(out, 4)).toEqual(task(plain, 4));
    expect(Report.parse(frontmatter(out.files.get('reports/2024/index.md')!)).overrides.status).toBe(1);
  });

  it('names the subfolder file in its messages', () => {
    expect(() =>
      halfOnly({
        reportOverrides: [
          {
            name: '半年度进展',
            text: 'year: 2024\noverrides:\n  - task: 99\n    status: { value: 待核实, reason: 不存在的任务 }\n',
          },
        ],
      }),
    ).toThrow('c/overrides/2024/半年度进展.yaml:3 → 第 1 条 override：任务编号 99 不存在（本年共 7 项）');
  });

  it('refuses a year file when the year’s reports are all in subfolders, and a file with no subfolder', () => {
    expect(() => halfOnly({ overridesText: 'year: 2024\noverrides: []\n' })).toThrow(
      /^c\/overrides\/2024\.yaml → .*报告都在子文件夹中（半年度进展）.*overrides\/2024\/半年度进展\.yaml/,
    );
    expect(() => halfOnly({ reportOverrides: [{ name: '半年度', text: 'year: 2024\n' }] })).toThrow(
      /^c\/overrides\/2024\/半年度\.yaml → 没有子文件夹 sources\/2024\/半年度\/.*现有的子文件夹：半年度进展/,
    );
  });
});
