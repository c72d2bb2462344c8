import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineInput, type YearFolder } from '../../../src/pipeline/run.ts';
import { readOverrides } from '../../../src/pipeline/overrides.ts';
import { readSidecar } from '../../../src/pipeline/sidecar.ts';
import { YamlProblems } from '../../../src/pipeline/yaml-file.ts';
import { Report, SourceError, Task } from '../../../src/schema/index.ts';
import { FIXTURES } from './real-source.ts';

// Issue 18 points 2 and 3: every message an editor gets from source.yaml, overrides and the
// year folder is Chinese only, names the entry and the key's own line, and comes in the order
// that protects data.

const enc = (s: string) => new TextEncoder().encode(s);
const taxonomyText =
  'fallback: other\nareas:\n  - slug: parks\n    name: 公园绿地\n    keywords: [公园]\n  - slug: other\n    name: 其他\n    keywords: [其他]\n';
const clean = readFileSync(`${FIXTURES}/messy/clean.txt`); // a synthetic 2031 table, 3 rows
const input = (years: YearFolder[]): PipelineInput => ({ years, taxonomyText, contentLabel: 'c', command: 'x' });
const year = (name: string, files: Record<string, string | Uint8Array>, overridesText?: string): YearFolder => ({
  name,
  files: Object.entries(files).map(([n, b]) => ({ name: n, bytes: typeof b === 'string' ? enc(b) : b })),
  ...(overridesText === undefined ? {} : { overridesText }),
});
const frontmatter = (md: string) => parseYaml(md.slice(4, md.indexOf('\n---\n', 4)));

/** The error a call throws (failing the test when it does not). */
function refusal(f: () => unknown): SourceError {
  try {
    f();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}
/** Wording of the YAML parser or of zod that must never reach an editor. */
const LIBRARY_WORDS = /Invalid|expected|Unrecognized|Implicit|received|Too small|must match|map-value|undefined/;
const problems = (e: SourceError) => (e instanceof YamlProblems ? e.problems : [e]);

describe('source.yaml: every problem at once, in Chinese, at the line of the key', () => {
  it('an unknown key is reported at its own line (4), not at the line of its map', () => {
    const e = refusal(() =>
      readSidecar('title: 报告\nmeta:\n  publisher: 区政府办公室\n  writen: 2025-01-02\n', 'c/s.yaml'),
    );
    expect(e.message).toBe(
      'c/s.yaml:4 → meta：不认识“writen”这一项。是不是想写“written”？这里可写的项：indexNumber、topic、written、genre、publisher、disclosure',
    );
    expect(e.message).not.toMatch(LIBRARY_WORDS);
  });
  it('wrong types, bad dates, bad URLs and unknown keys come together, each with its line', () => {
    const e = refusal(() =>
      readSidecar('url: 网页地址\nretrieved: 2025/1/2\ntable: 第二个\nfoo: 1\n', 'c/s.yaml'),
    ) as YamlProblems;
    expect(e.problems.map((p) => p.line)).toEqual([1, 2, 3, 4]);
    expect(e.message).toMatch(/^c\/s\.yaml 有 4 处问题（一并列出/);
    expect(e.message).toContain('c/s.yaml:1 → url：应为完整网址');
    expect(e.message).toContain('c/s.yaml:2 → retrieved：应写成 2025-01-26 这样的日期');
    expect(e.message).toContain('c/s.yaml:3 → table：写的是“第二个”，这里应写数字（不加引号）');
    expect(e.message).toContain('c/s.yaml:4 → 不认识“foo”这一项');
    expect(e.message).not.toMatch(LIBRARY_WORDS);
    // The general hint the first three share is said once, after the list.
    expect(e.message).toContain('\n  c/s.yaml:1 → url：应为完整网址，如 https://www.zh.gov.cn/…。\n');
    expect(
      e.message.endsWith(
        '\n来源说明文件可写的项：url、retrieved（取得日期）、region、title、meta、file、versions（修订版本）、columns、table、sheet、corrections、kind（报告类型）、asOf（截至日期），见 README“添加新一年的报告”。',
      ),
    ).toBe(true);
  });
  it('a correction names its entry (第 N 条更正) and gets a block to copy for what is missing', () => {
    const e = refusal(() =>
      readSidecar(
        'corrections:\n  - row: 5\n    column: 完成情况\n    value: 未公开\n    reason: 原表此格为空\n  - row: 7\n    column: 完成情况\n',
        'c/s.yaml',
      ),
    );
    expect(e.line).toBe(6);
    expect(e.problem).toBe('第 2 条更正（第 7 行 完成情况）：缺少 value、reason');
    expect(e.fix).toContain('\n      value: （更正后的内容，如“未公开”）\n      reason: （写明理由，至少 4 个字）');
  });
  it('typical slips are named: full-width colon, full-width space, tab, no space after the colon', () => {
    const e = refusal(() =>
      readSidecar(
        'title：2024年报告\nurl:https://www.zh.gov.cn/a\nmeta:\n\tpublisher: 区政府办公室\n　region: 镇海区\n',
        'c/s.yaml',
      ),
    );
    const found = problems(e).map((p) => [p.line, p.problem]);
    expect(found).toEqual([
      [1, '“title”后面用了全角冒号“：”'],
      [2, '“url:”后面缺少空格'],
      [4, '行首用了制表符（Tab）缩进'],
      [5, '行首有全角空格（中文输入法下的空格）'],
    ]);
    expect(problems(e)[0]!.fix).toBe('请改成半角冒号加一个空格，写成“title: 2024年报告”');
    expect(e.message).not.toMatch(LIBRARY_WORDS);
  });
  it('a misspelt, miscased or full-width key is matched to the key meant, with the keys allowed there', () => {
    const e = refusal(() =>
      readSidecar('Title: 报告\nｆｉｌｅ: a.csv\nretreived: 2025-01-02\n', 'c/s.yaml'),
    ) as YamlProblems;
    const allowed =
      '这里可写的项：url、retrieved、region、title、meta、file、columns、table、sheet、versions、corrections、kind、asOf';
    expect(e.problems.map((p) => [p.line, p.fix])).toEqual([
      [1, `是不是想写“title”（大小写和空格都要一致）？${allowed}`],
      [2, `这一项的名称里有全角字符，应写成“file”；${allowed}`],
      [3, `是不是想写“retrieved”？${allowed}`],
    ]);
  });
  it('a full-width colon inside Chinese text is punctuation, not a slip', () => {
    const side = readSidecar('title: 报告\nregion: 宁波市：镇海区\n', 'c/s.yaml');
    expect(side.data.region).toBe('宁波市：镇海区');
  });
  it('YAML syntax errors are explained in Chinese (no parser wording)', () => {
    const e = refusal(() => readSidecar('title: 报告\nmeta\n  publisher: 区政府办公室\n', 'c/s.yaml'));
    expect(e.message).toMatch(/^c\/s\.yaml:2 → YAML 格式错误：这一行不是“名称: 内容”的格式/);
    expect(e.message).not.toMatch(LIBRARY_WORDS);
    const flow = refusal(() => readSidecar('title: 报告\ntable: [1\n', 'c/s.yaml'));
    expect(flow.message).toMatch(/YAML 格式错误：缩进不对，或括号、引号没有配对/);
    expect(flow.message).not.toMatch(LIBRARY_WORDS);
  });
  it('every field of source.yaml that disagrees with the source is named at once, at its line', () => {
    const e = refusal(() =>
      runPipeline(
        input([
          year('2031', {
            't.txt': clean,
            'source.yaml': 'region: 某区\nmeta:\n  publisher: 别的单位\n  written: 2032-01-21\n',
          }),
        ]),
      ),
    ) as YamlProblems;
    expect(e.problems.map((p) => [p.line, p.problem])).toEqual([
      [3, '发布机构“别的单位”与原始表格中的“合成测试办公室”（c/sources/2031/t.txt）不一致'],
      [4, '成文日期“2032-01-21”与原始表格中的“2032-01-20”（c/sources/2031/t.txt）不一致'],
    ]);
  });
  it('title, 发布机构 and 成文日期 missing from a CSV and its sidecar are all named in one message, with one block', () => {
    const csv = '编号,目标任务,完成情况\n1,新建公园3个。,已建成。\n';
    const e = refusal(() => runPipeline(input([year('2031', { 't.csv': csv, 'source.yaml': 'region: 某区\n' })])));
    expect(e.message).toBe(
      'c/sources/2031/t.csv → 原始表格没有写明标题、发布机构、成文日期，来源说明文件中也没有。请在来源说明文件 c/sources/2031/source.yaml 中写上下面几行（可直接复制，把括号中的说明换成实际内容）：\n      title: （报告标题，如“2024年政府工作报告目标任务完成情况”）\n      meta:\n        publisher: （发布机构，如“区政府办公室”）\n        written: （成文日期，写成 2025-01-26 这样）',
    );
    // One build names everything still missing (earlier: title, then publisher, then date — three builds).
    const csvWithTitle = '2031年政府工作报告年度完成情况\n' + csv;
    const all = refusal(() => runPipeline(input([year('2031', { 't.csv': csvWithTitle })])));
    expect(all.problem).toBe('原始表格没有写明发布机构、成文日期，来源说明文件中也没有');
    expect(all.fix).toContain(
      '\n      meta:\n        publisher: （发布机构，如“区政府办公室”）\n        written: （成文日期',
    );
    const noTitle = refusal(() =>
      runPipeline(
        input([year('2031', { 't.csv': csvWithTitle.replace('2031年政府工作报告年度完成情况\n', '2031年\n') })]),
      ),
    );
    expect(noTitle.message).not.toMatch(LIBRARY_WORDS);
  });
});

describe('overrides in the site’s words', () => {
  const run = (text: string) => runPipeline(input([year('2031', { 't.txt': clean }, text)]));
  const task = (out: ReturnType<typeof run>, n: number) =>
    Task.parse(frontmatter(out.files.get(`reports/2031/tasks/${n}.md`)!));

  it('accepts 已完成 / 推进中 / 未达目标 / 待核实 and the older English values', () => {
    const out = run(
      'year: 2031\noverrides:\n  - task: 1\n    status: { value: 待核实, reason: 公园数量需对照原文核实 }\n  - task: 2\n    status: { value: 推进中, reason: 道路改造仍在收尾 }\n  - task: 3\n    status: { value: completed, reason: 学校已整体完工 }\n',
    );
    expect(task(out, 1).status.value).toBe('unclear');
    expect(task(out, 2).status.value).toBe('in_progress');
    expect(task(out, 3).status.value).toBe('completed');
    for (const [word, value] of [
      ['已完成', 'completed'],
      ['未达目标', 'not_met'],
    ] as const) {
      const one = run(
        `year: 2031\noverrides:\n  - task: 3\n    status: { value: ${word}, reason: 编辑核对原文后更正 }\n`,
      );
      expect(task(one, 3).status.value).toBe(value);
    }
  });
  it('after a status override the editor’s reason is the basis and the program’s reading is kept as superseded', () => {
    const before = task(run('year: 2031\n'), 2).status;
    const out = run('year: 2031\noverrides:\n  - task: 2\n    status: { value: 推进中, reason: 道路改造仍在收尾 }\n');
    const status = task(out, 2).status;
    expect(status).toMatchObject({
      value: 'in_progress',
      reason: '道路改造仍在收尾',
      override: '道路改造仍在收尾',
      original: { value: before.value, reason: before.reason },
    });
    expect(before.value).not.toBe('in_progress');
    // No status override: nothing is superseded.
    expect(task(out, 1).status.original).toBeUndefined();
  });
  it('a wrong status word lists the site’s words only, naming the entry and the line', () => {
    const e = refusal(() =>
      run('year: 2031\noverrides:\n  - task: 1\n    status: { value: 完成了, reason: 已建成公园3个 }\n'),
    );
    expect(e.message).toBe(
      'c/overrides/2031.yaml:4 → 第 1 条 override（编号 1）的 status.value：写的是“完成了”，只能是以下之一：已完成、推进中、未达目标、待核实。每条更正写明 task（编号）、要改的内容和 reason（理由），格式见 README“更正程序的判断”',
    );
  });
  it('a missing reason names the entry, the key’s line and gives the line to copy', () => {
    const e = refusal(() =>
      run('year: 2031\noverrides:\n  - task: 1\n  - task: 2\n    status:\n      value: 推进中\n'),
    );
    expect(e.line).toBe(5);
    expect(e.problem).toBe('第 2 条 override（编号 2）的 status：缺少 reason');
    expect(e.fix).toContain('\n      reason: （写明理由，至少 4 个字）');
    expect(e.message).not.toMatch(LIBRARY_WORDS);
    const noValue = refusal(() =>
      run('year: 2031\noverrides:\n  - task: 2\n    status:\n      reason: 道路改造仍在收尾\n'),
    );
    expect(noValue.fix).toContain('\n      value: （已完成、推进中、未达目标、待核实 中选一个）');
  });
  it('several problems in one overrides file come in one message', () => {
    const e = refusal(() =>
      run(
        'year: 2031\noverrides:\n  - task: 1\n    statu: { value: 推进中, reason: 完成情况写明推进中 }\n  - task: 二\n    area: { slug: parks }\n',
      ),
    ) as YamlProblems;
    expect(e.problems.map((p) => [p.line, p.problem])).toEqual([
      [4, '第 1 条 override（编号 1）：不认识“statu”这一项'],
      [
        5,
        '第 2 条 override（未写编号）的 task：写的是“二”，应写任务编号，例如 task: 12；子项加引号，例如 task: "12.3"',
      ],
      [6, '第 2 条 override（未写编号）的 area：缺少 reason'],
    ]);
    expect(e.problems[0]!.fix).toBe('是不是想写“status”？这里可写的项：task、area、status、shortTitle、metrics');
  });
  it('metric counts from 1 as the site shows; the older index (from 0) still works, with a reminder', () => {
    const byMetric = run(
      'year: 2031\noverrides:\n  - task: 1\n    metrics:\n      - metric: 1\n        verdict: unclear\n        reason: 公园口径需核实\n',
    );
    expect(task(byMetric, 1).metrics[0]).toMatchObject({ verdict: 'unclear', override: '公园口径需核实' });
    expect(byMetric.summary[0]!.warnings).toEqual([]);
    const byIndex = run(
      'year: 2031\noverrides:\n  - task: 1\n    metrics:\n      - index: 0\n        verdict: unclear\n        reason: 公园口径需核实\n',
    );
    expect(task(byIndex, 1).metrics[0]).toMatchObject({ verdict: 'unclear', override: '公园口径需核实' });
    expect(byIndex.summary[0]!.warnings).toEqual([
      'c/overrides/2031.yaml:5 编号 1 用的是旧写法 index: 0（从 0 数起）；请改为 metric: 1（网站上显示的指标序号，从 1 数起），两者指的是同一个指标',
    ]);
    const tooFar = refusal(() =>
      run(
        'year: 2031\noverrides:\n  - task: 1\n    metrics:\n      - metric: 2\n        verdict: met\n        reason: 公园口径需核实\n',
      ),
    );
    expect(tooFar.line).toBe(5);
    expect(tooFar.problem).toBe('第 1 条 override（编号 1）：任务 1 只有 1 个指标，没有第 2 个');
    const neither = refusal(() =>
      run('year: 2031\noverrides:\n  - task: 1\n    metrics:\n      - verdict: met\n        reason: 公园口径需核实\n'),
    );
    expect(neither.problem).toContain('第 1 条 override（编号 1）的第 1 条指标更正');
    expect(neither.problem).toContain('请写 metric（任务页“量化指标”表中的序号，从 1 起）');
  });
  it('problems found while applying overrides (unknown task, area, figure not in the text) come together, never as a crash', () => {
    const e = refusal(() =>
      run(
        'year: 2031\noverrides:\n  - task: 9\n    status: { value: 已完成, reason: 不存在的任务 }\n  - task: 2\n    area: { slug: nope, reason: 理由写在这里 }\n  - task: 1\n    metrics:\n      - metric: 1\n        actual: 建成公园5个\n        reason: 原文另有数字\n',
      ),
    ) as YamlProblems;
    expect(e).toBeInstanceOf(YamlProblems);
    expect(e.problems.map((p) => [p.line, p.problem])).toEqual([
      [3, '第 1 条 override：任务编号 9 不存在（本年共 3 项）'],
      [6, '第 2 条 override（编号 2）：领域“nope”不在 taxonomy.yaml 中'],
      [9, '第 3 条 override（编号 1）：第 1 个指标的更正写的“建成公园5个”不在完成情况原文中'],
    ]);
    expect(e.problems[2]!.fix).toBe('请从原文逐字复制数字及单位，如“2479套”');
  });
  it('the real 2024 overrides use metric (from 1) and read without reminders', () => {
    const text = readFileSync('content/overrides/2024.yaml', 'utf8');
    expect(text).not.toMatch(/^\s*- index:/m);
    const parsed = readOverrides(text, 'content/overrides/2024.yaml', 2024);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.data.overrides.flatMap((o) => o.metrics ?? []).every((m) => m.metric! >= 1)).toBe(true);
  });
});

describe('messages in the order that protects data', () => {
  const other = new TextDecoder().decode(clean).replace('2031年政府工作报告', '2032年政府工作报告');
  it('a table of another year in the folder gets the wrong-year message, not “several tables”', () => {
    const e = refusal(() => runPipeline(input([year('2031', { '2031.txt': clean, '新表.txt': other })])));
    expect(e.message).toBe(
      'c/sources/2031/新表.txt → 这是 2032 年的表格，却放在 2031 文件夹中。请把它移到 c/sources/2032/（没有就新建这个文件夹）；2031 年自己的原始表格请保留，不要删除',
    );
  });
  it('two tables of the same year still ask which one to use, without inviting deletion', () => {
    const e = refusal(() => runPipeline(input([year('2031', { 'a.txt': clean, 'b.txt': clean })])));
    expect(e.problem).toBe('文件夹中有多个原始表格：a.txt、b.txt');
    expect(e.fix).toContain('file: a.txt');
    expect(e.fix).not.toContain('只保留');
  });
  const utf16le = (s: string, bom: boolean) => {
    const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
    if (bom) out.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) {
      out[(bom ? 2 : 0) + 2 * i] = s.charCodeAt(i) & 0xff;
      out[(bom ? 2 : 0) + 2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return out;
  };
  const utf16be = (s: string) => {
    const out = new Uint8Array(2 + s.length * 2);
    out.set([0xfe, 0xff]);
    for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff], 2 + 2 * i);
    return out;
  };
  const text = new TextDecoder().decode(clean);
  for (const [name, file, bytes] of [
    ['Excel “Unicode 文本” (.txt, UTF-16LE with BOM)', 't.txt', utf16le(text, true)],
    ['UTF-16BE with BOM (.csv)', 't.csv', utf16be(text)],
    ['UTF-16LE without a BOM (many NUL bytes)', 't.txt', utf16le(text, false)],
  ] as const) {
    it(`UTF-16 is recognised and explained: ${name}`, () => {
      const e = refusal(() => runPipeline(input([year('2031', { [file]: bytes })])));
      expect(e.problem).toMatch(/^文件是 UTF-16 编码（Excel 的“Unicode 文本”/);
      expect(e.fix).toContain('“另存为”选“CSV UTF-8（逗号分隔）(*.csv)”');
      expect(e.line).toBe(1);
    });
  }
  it('a format we do not read is named with how to save it', () => {
    const doc = refusal(() => runPipeline(input([year('2031', { '报告.doc': 'x', 'source.yaml': 'region: 某区\n' })])));
    expect(doc.message).toMatch(
      /^c\/sources\/2031\/报告\.doc → 这是 Word 97-2003 文档（\.doc），程序不能直接读取。请在 Word 或 WPS 文字中打开，“另存为” Word 文档（\.docx）/,
    );
    const et = refusal(() => runPipeline(input([year('2031', { '报告.et': 'x' })])));
    expect(et.fix).toContain('“另存为” Excel 工作簿（.xlsx）');
    const pdf = refusal(() => runPipeline(input([year('2031', { 'a.pdf': 'x', 'source.yaml': 'file: a.pdf\n' })])));
    expect(pdf.problem).toBe('PDF 文件中的表格无法可靠地逐字读取');
  });
  it('the real report still builds the same (wrong-year check reads each candidate only when there are several)', () => {
    const out = runPipeline(input([year('2031', { 't.txt': clean, '说明.pdf': 'x' })]));
    expect(Report.parse(frontmatter(out.files.get('reports/2031/index.md')!)).taskCount).toBe(3);
  });
});
