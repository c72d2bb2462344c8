import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/pipeline/markdown-escape.ts';
import { normalizeCell } from '../../../src/pipeline/normalize.ts';
import { parseSource } from '../../../src/pipeline/parse/index.ts';
import { SECTIONS, serializeTask } from '../../../src/pipeline/serialize.ts';
import { Task } from '../../../src/schema/index.ts';
import { realSources } from './real-source.ts';

/** Text that Markdown, GFM or HTML would turn into formatting if it were not escaped. */
export const HOSTILE = [
  '*强调* __加粗__ _斜体_',
  '# 标题',
  '[链接](https://example.com) ![图](x.png) [引用][1]\n\n[1]: https://example.com',
  '<script>alert(1)</script><b>粗</b> &amp; &lt; &#x41;',
  'a | b | c\n---|---|---',
  '`代码` ```围栏```',
  '- 列表\n1. 有序\n> 引用',
  '  缩进的行\n\n    代码块',
  'https://www.zh.gov.cn/ www.example.com user@example.com',
  '~~删除线~~ ~单~',
  '行尾两空格  \n换行\\',
  '\\* 已转义 \\',
  '---',
  '=== ',
  '1) 编号\n+ 加号',
  '<!-- 注释 -->',
  '{{ 模板 }} ${变量}',
  '\t制表符\t',
  'x<y>z',
];

/** The text under each `## heading` of a parsed document. */
function sections(tree: Root): Map<string, { text: string; nodes: RootContent[] }> {
  const out = new Map<string, { text: string; nodes: RootContent[] }>();
  let current: { text: string; nodes: RootContent[] } | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) out.set(toString(node), (current = { text: '', nodes: [] }));
    else if (current) current.nodes.push(node);
  }
  for (const s of out.values()) s.text = s.nodes.map((n) => toString(n)).join('\n');
  return out;
}

/** Body of a generated file (after the frontmatter). */
const body = (md: string) => md.slice(md.indexOf('\n---\n', 4) + 5);
const parseMd = (md: string) => unified().use(remarkParse).parse(md) as Root;

function task(target: string, completion: string): Task {
  return {
    year: 2031,
    number: 1,
    id: '1',
    sourceLine: 6,
    columns: [],
    corrections: [],
    shortTitle: '测试',
    target: normalizeCell(target),
    completion: normalizeCell(completion),
    area: { slug: 'qita', evidence: [] },
    status: { value: 'unclear', reason: '测试', evidence: [] },
    metrics: [],
  };
}

const from = { file: 'sources/2031/x.txt', sha256: '0'.repeat(64), command: 'npm run ingest' };

function expectRoundTrip(t: Task): void {
  const md = serializeTask(t, from);
  const found = sections(parseMd(body(md)));
  for (const key of ['target', 'completion'] as const) {
    const section = found.get(SECTIONS[key])!;
    expect(section.text).toBe(t[key].display);
    // One paragraph of plain text: nothing became emphasis, a link, HTML, code or a list.
    expect(section.nodes.map((n) => n.type)).toEqual(['paragraph']);
    const kinds = new Set<string>();
    const walk = (n: RootContent): void => {
      kinds.add(n.type);
      if ('children' in n) n.children.forEach((c) => walk(c as RootContent));
    };
    section.nodes.forEach(walk);
    expect([...kinds].sort()).toEqual(['paragraph', 'text']);
  }
  // The frontmatter carries the same cells, verbatim and display.
  const data = Task.parse(parseYaml(md.slice(4, md.indexOf('\n---\n', 4))));
  expect(data.target).toEqual(t.target);
  expect(data.completion).toEqual(t.completion);
}

describe('serializeTask(task, provenance) round-trips through remark-parse', () => {
  for (const { file, bytes } of realSources()) {
    it(`every row of ${file}`, { timeout: 30_000 }, () => {
      for (const row of parseSource(bytes, file).rows) expectRoundTrip(task(row.target, row.completion));
    });
  }
  it.each(HOSTILE)('hostile text %j', (text) => expectRoundTrip(task(text, `完成:${text}`)));
  it('escapes every ASCII punctuation mark and the whitespace Markdown would swallow', () => {
    expect(escapeMarkdown(' *a*\n_b_ ')).toBe('&#32;\\*a\\*&#10;\\_b\\_&#32;');
  });
});

describe('serializeTask output', () => {
  it('says it is generated, from which source and by which command, inside the frontmatter', () => {
    const md = serializeTask(task('目标', '完成'), from);
    expect(md.split('\n').slice(0, 2)).toEqual([
      '---',
      `# 本文件由 \`npm run ingest\` 生成，请勿手工编辑。来源：sources/2031/x.txt（sha256 ${'0'.repeat(64)}）`,
    ]);
  });
  it('quotes every string so no YAML reader turns a date or 是/no into another type', () => {
    const t = task('2025-01-26', 'no');
    const md = serializeTask(t, from);
    expect(md).toContain('verbatim: "2025-01-26"');
    expect(md).toContain('verbatim: "no"');
  });
  it('refuses a task that does not match the schema', () => {
    expect(() => serializeTask({ ...task('a', 'b'), number: 0 }, from)).toThrow();
  });
});
