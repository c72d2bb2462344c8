import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineInput, type YearFolder } from '../../../src/pipeline/run.ts';
import { Report, Task } from '../../../src/schema/index.ts';
import { readContent } from '../../../scripts/ingest-io.ts';
import { FIXTURES } from './real-source.ts';

const enc = (s: string) => new TextEncoder().encode(s);
/** A small taxonomy of the tests' own, so the synthetic cases do not depend on the real one's slugs. */
const taxonomyText =
  'fallback: other\nareas:\n  - slug: parks\n    name: 公园绿地\n    keywords: [公园]\n  - slug: other\n    name: 其他\n    keywords: [其他]\n';
const clean = readFileSync(`${FIXTURES}/messy/clean.txt`); // a synthetic 2031 table, 3 rows
const input = (years: YearFolder[]): PipelineInput => ({
  years,
  taxonomyText,
  contentLabel: 'c',
  command: 'npm run ingest',
});
const year = (name: string, files: Record<string, string | Uint8Array>, overridesText?: string): YearFolder => ({
  name,
  files: Object.entries(files).map(([n, b]) => ({ name: n, bytes: typeof b === 'string' ? enc(b) : b })),
  ...(overridesText === undefined ? {} : { overridesText }),
});
const frontmatter = (md: string) => parseYaml(md.slice(4, md.indexOf('\n---\n', 4)));

describe('runPipeline(input) on the real content folder', { timeout: 30_000 }, () => {
  const real = readContent('content', 'content', 'npm run ingest');
  const out = runPipeline(real);

  it('writes one report and one zero-padded file per task, valid against the schemas', () => {
    for (const y of out.summary) {
      const report = Report.parse(frontmatter(out.files.get(`reports/${y.year}/index.md`)!));
      const tasks = [...out.files.keys()].filter((p) => p.startsWith(`reports/${y.year}/tasks/`));
      expect(tasks).toHaveLength(report.taskCount);
      expect(tasks[0]).toBe(`reports/${y.year}/tasks/${'1'.padStart(report.numberWidth, '0')}.md`);
      for (const p of tasks) expect(Task.parse(frontmatter(out.files.get(p)!)).year).toBe(y.year);
    }
  });

  it('is deterministic: two runs give the same bytes', () => {
    const again = runPipeline(readContent('content', 'content', 'npm run ingest'));
    expect([...again.files.entries()]).toEqual([...out.files.entries()]);
  });

  it('records the sha256 and size of the raw bytes', () => {
    const report = Report.parse(frontmatter(out.files.get(`reports/${out.summary[0]!.year}/index.md`)!));
    const raw = real.years
      .find((y) => y.name === String(report.year))!
      .files.find((f) => `sources/${report.year}/${f.name}` === report.source.file)!;
    expect(report.source.bytes).toBe(raw.bytes.length);
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('runPipeline(input) refuses inconsistent folders', () => {
  it('a folder whose name disagrees with the report year', () => {
    expect(() => runPipeline(input([year('2030', { 't.txt': clean })]))).toThrow(
      'c/sources/2030/t.txt → 这是 2031 年的表格（标题写的是 2031 年），却放在 2030 文件夹中。请把它移到 c/sources/2031/（没有就新建这个文件夹）；原始表格的内容不要改动',
    );
  });
  it('a folder that is not named for a year', () => {
    expect(() => runPipeline(input([year('new', { 't.txt': clean })]))).toThrow(
      'c/sources/new → 文件夹名“new”不是年份',
    );
  });
  it('a folder without a source, or with two', () => {
    expect(() => runPipeline(input([year('2031', { 'source.yaml': 'region: 某区\n' })]))).toThrow(
      'c/sources/2031 → 文件夹中没有原始表格',
    );
    expect(() => runPipeline(input([year('2031', { 'a.txt': clean, 'b.txt': clean })]))).toThrow(
      '文件夹中有多个原始表格：a.txt、b.txt',
    );
    expect(
      runPipeline(input([year('2031', { 'a.txt': clean, 'b.txt': 'x', 'source.yaml': 'file: a.txt\n' })])).summary[0]!
        .rows,
    ).toBe(3);
  });
});

describe('the sidecar supplies what the format lacks', () => {
  const csv = '2031年政府工作报告年度完成情况(合成测试数据)\n编号,目标任务,完成情况\n1,新建公园3个。,已建成。\n';
  it('a required field missing from both names the field and the sidecar that would supply it', () => {
    expect(() => runPipeline(input([year('2031', { 't.csv': csv })]))).toThrow(
      'c/sources/2031/t.csv → 原始表格没有写明发布机构、成文日期，来源说明文件中也没有。请在来源说明文件 c/sources/2031/source.yaml 中（没有这个文件就新建一个）写上下面几行（可直接复制，把括号中的说明换成实际内容）：\n      meta:\n        publisher: （发布机构，如“区政府办公室”）\n        written: （成文日期，写成 2025-01-26 这样）',
    );
    expect(() =>
      runPipeline(input([year('2031', { 't.csv': csv, 'source.yaml': 'meta:\n  publisher: 某区政府办公室\n' })])),
    ).toThrow('原始表格没有写明成文日期');
  });
  it('with the sidecar the CSV builds, carrying region, url and retrieved', () => {
    const sidecar =
      'url: https://example.gov.cn/a.html\nretrieved: 2032-02-01\nregion: 某区\nmeta:\n  publisher: 某区政府办公室\n  written: 2032-01-20\n';
    const out = runPipeline(input([year('2031', { 't.csv': csv, 'source.yaml': sidecar })]));
    const report = Report.parse(frontmatter(out.files.get('reports/2031/index.md')!));
    expect(report).toMatchObject({
      region: '某区',
      meta: { publisher: '某区政府办公室', written: '2032-01-20' },
      source: { format: 'csv', url: 'https://example.gov.cn/a.html', retrieved: '2032-02-01' },
    });
    expect(report.meta.indexNumber).toBeUndefined();
  });
  it('a sidecar field that disagrees with the source is an error', () => {
    expect(() =>
      runPipeline(input([year('2031', { 't.txt': clean, 'source.yaml': 'meta:\n  publisher: 别的单位\n' })])),
    ).toThrow(
      'c/sources/2031/source.yaml:2 → 发布机构“别的单位”与原始表格中的“合成测试办公室”（c/sources/2031/t.txt）不一致',
    );
  });
  it('an invalid sidecar names the field and line', () => {
    expect(() =>
      runPipeline(input([year('2031', { 't.txt': clean, 'source.yaml': 'region: 某区\nretrieved: 2032/2/1\n' })])),
    ).toThrow('c/sources/2031/source.yaml:2 → retrieved：应写成 2025-01-26 这样的日期（年-月-日，月和日都写两位）');
  });
});

describe('editorial overrides (overrides/<year>.yaml)', () => {
  const run = (text: string) => runPipeline(input([year('2031', { 't.txt': clean }, text)]));
  it('applies area, status and shortTitle corrections with their reasons, and counts them', () => {
    const out = run(
      'year: 2031\noverrides:\n  - task: 2\n    status: { value: completed, reason: 完成情况写明超额完成 }\n    shortTitle: { value: 道路改造, reason: 原标题过长 }\n  - task: 3\n    area: { slug: parks, reason: 属于公园绿地领域 }\n',
    );
    const t2 = Task.parse(frontmatter(out.files.get('reports/2031/tasks/2.md')!));
    const t3 = Task.parse(frontmatter(out.files.get('reports/2031/tasks/3.md')!));
    expect(t2.status).toMatchObject({ value: 'completed', override: '完成情况写明超额完成' });
    expect(t2.shortTitle).toBe('道路改造');
    expect(t3.area).toMatchObject({ slug: 'parks', override: '属于公园绿地领域' });
    expect(Report.parse(frontmatter(out.files.get('reports/2031/index.md')!)).overrides).toEqual({
      total: 3,
      area: 1,
      status: 1,
      metrics: 0,
    });
    expect(out.summary[0]!.overrides).toBe(3);
  });
  it('an entry naming a task that does not exist is an error with file and line', () => {
    expect(() =>
      run(
        'year: 2031\noverrides:\n  - task: 1\n    status: { value: completed, reason: 已建成公园 }\n  - task: 9\n    status: { value: completed, reason: 不存在的任务 }\n',
      ),
    ).toThrow(
      'c/overrides/2031.yaml:5 → 第 2 条 override：任务编号 9 不存在（本年共 3 项）。请改正 task 编号，或删除这条更正',
    );
  });
  it('an entry without a proper reason is an error naming the field and line', () => {
    expect(() =>
      run('year: 2031\noverrides:\n  - task: 1\n    status:\n      value: completed\n      reason: 对\n'),
    ).toThrow(
      'c/overrides/2031.yaml:6 → 第 1 条 override（编号 1）的 status.reason：每条更正都需要写明理由（reason），至少 4 个字',
    );
  });
  it('an unknown area, a wrong year and a duplicate entry are errors', () => {
    expect(() => run('year: 2031\noverrides:\n  - task: 1\n    area: { slug: nope, reason: 理由写在这里 }\n')).toThrow(
      '领域“nope”不在 taxonomy.yaml 中',
    );
    expect(() => run('year: 2030\n')).toThrow('c/overrides/2031.yaml:1 → year 写的是 2030，但这是 2031 年的更正文件');
    expect(() =>
      run(
        'year: 2031\noverrides:\n  - task: 1\n    shortTitle: { value: 公园, reason: 简短一些 }\n  - task: 1\n    shortTitle: { value: 公园, reason: 简短一些 }\n',
      ),
    ).toThrow('c/overrides/2031.yaml:5 → 编号 1 有两条更正');
  });
  it('a short title that is not a phrase of the target text is refused with file and line', () => {
    expect(() =>
      run('year: 2031\noverrides:\n  - task: 2\n    shortTitle: { value: 修路工程, reason: 改写得更通俗 }\n'),
    ).toThrow('c/overrides/2031.yaml:4 → 第 1 条 override（编号 2）：短标题“修路工程”不是目标任务原文中的一段文字');
  });
  it('a YAML syntax error names the line', () => {
    expect(() => run('year: 2031\noverrides:\n  - task: [1\n')).toThrow(/^c\/overrides\/2031\.yaml:\d → YAML 格式错误/);
  });
});

describe('runPipeline(input) on the real-layout fixture years (issue 12)', () => {
  const folder = (dir: string, name: string): YearFolder => ({
    name,
    files: readdirSync(dir).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${dir}/${f}`)) })),
  });
  const out = runPipeline({
    ...input([folder('tests/fixtures/years/real-layout/2024', '2024'), folder('tests/fixtures/years/2017', '2017')]),
    taxonomyText: readFileSync('content/taxonomy.yaml', 'utf8'),
  });
  it('writes a file per sub-item (NN-k.md) with its id, and the official progress', () => {
    const files = [...out.files.keys()].filter((p) => p.startsWith('reports/2024/tasks/'));
    expect(files.map((p) => p.slice('reports/2024/tasks/'.length))).toEqual([
      '1-1.md',
      '1-2.md',
      '1-3.md',
      '2.md',
      '3.md',
      '4.md',
      '5-1.md',
      '5-2.md',
      '6-1.md',
      '6-2.md',
      '7.md',
    ]);
    const t = Task.parse(frontmatter(out.files.get('reports/2024/tasks/6-2.md')!));
    expect([t.id, t.number, t.sub, t.position]).toEqual(['6.2', 6, 2, '第 20 行']);
    expect(t.official?.progress).toEqual({
      header: '占全年计划',
      cell: { verbatim: '129%', display: '129%' },
      percent: 129,
    });
    const report = Report.parse(frontmatter(out.files.get('reports/2024/index.md')!));
    expect([report.taskCount, report.source.format]).toEqual([11, 'html']);
  });
  it('keeps the 2017 table’s group and every other column with its role', () => {
    const t = Task.parse(frontmatter(out.files.get('reports/2017/tasks/1.md')!));
    expect(t.group?.cell.verbatim).toBe('促进城乡劳动者就业创业');
    expect(t.columns.map((c) => `${c.header}:${c.role}`)).toEqual([
      '工程名称:group',
      '项 目 内 容:group',
      '目标任务:plan',
      '市级牵头责任单位:responsible',
      '完成目标(%):progress',
      '备注:notes',
    ]);
    expect(t.official?.progress?.percent).toBe(123.4);
  });
});

describe('an override addresses a sub-item by its id in quotes (task: "6.2")', () => {
  const dir = 'tests/fixtures/years/real-layout/2024';
  const realLayout = (overridesText: string) =>
    runPipeline({
      ...input([
        {
          name: '2024',
          files: readdirSync(dir).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${dir}/${f}`)) })),
          overridesText,
        },
      ]),
      taxonomyText: readFileSync('content/taxonomy.yaml', 'utf8'),
    });
  const status = (out: ReturnType<typeof runPipeline>, file: string) =>
    Task.parse(frontmatter(out.files.get(`reports/2024/tasks/${file}`)!)).status;

  it('corrects that sub-item and leaves its sibling as read', () => {
    const before = realLayout('year: 2024\n');
    const out = realLayout(
      'year: 2024\noverrides:\n  - task: "6.2"\n    status: { value: 待核实, reason: 进度数字需向牵头单位核实 }\n',
    );
    expect(status(out, '6-2.md')).toMatchObject({ value: 'unclear', override: '进度数字需向牵头单位核实' });
    expect(status(out, '6-2.md').original?.value).toBe(status(before, '6-2.md').value);
    expect(status(out, '6-1.md')).toEqual(status(before, '6-1.md'));
  });

  it('refuses an unquoted 6.2, which YAML reads as a number (6.10 would become 6.1)', () => {
    expect(() =>
      realLayout(
        'year: 2024\noverrides:\n  - task: 6.2\n    status: { value: 待核实, reason: 进度数字需向牵头单位核实 }\n',
      ),
    ).toThrow('子项编号请加引号：task: "6.2"');
  });
});
