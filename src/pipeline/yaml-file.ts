import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { Errors, problemOf } from '../schema/errors.ts';
import { SourceError } from '../schema/source.ts';

/** A validated YAML file and a way to find the line of any key or entry in it (for later errors). */
export interface YamlFile<T> {
  data: T;
  lineOf: (path: (string | number)[]) => number | undefined;
}

/** One problem of a YAML file, in Chinese: where, what is wrong, how to fix it. */
export interface YamlProblem {
  line: number | undefined;
  problem: string;
  fix: string;
  /** The catalogue entry's code (src/schema/errors.ts). */
  code?: string | undefined;
}

/**
 * Every problem of one editor-written file, reported together (not one per build). With a single
 * problem the message reads like any SourceError; with several, one line per problem.
 */
export class YamlProblems extends SourceError {
  readonly problems: YamlProblem[];
  constructor(file: string, problems: YamlProblem[]) {
    const first = problems[0]!;
    super(file, first.line, first.problem, first.fix, problems.length > 1 ? Errors.YamlSeveral.code : first.code);
    this.name = 'YamlProblems';
    this.problems = problems;
    if (problems.length > 1) {
      // A general hint shared by several problems is said once, after the list.
      const shared = new Set(problems.map((p) => p.fix).filter((f, i, all) => all.indexOf(f) !== i));
      const lines = problems.map(
        (p) => `  ${file}${p.line ? `:${p.line}` : ''} → ${p.problem}。${shared.has(p.fix) ? '' : p.fix}`,
      );
      const after = [...shared].map((f) => `${f}。`).join('\n');
      const head = Errors.YamlSeveral.message({ file, count: problems.length });
      this.message = `${head}：\n${lines.join('\n')}${after ? `\n${after}` : ''}`;
    }
  }
}

/** How a file's list entries are named in messages, e.g. overrides → “第 2 条 override（编号 26）”. */
export type EntryNamer = (path: (string | number)[], data: unknown) => string | undefined;

export interface ReadOptions {
  /** Names the entry a path lies in (第 N 条更正…); without it, the keys are named as written. */
  entry?: EntryNamer;
  /** Text to copy for a missing key, by key name (e.g. reason → “（写明理由，至少 4 个字）”). */
  placeholders?: Record<string, string>;
}

const PLACEHOLDERS: Record<string, string> = {
  reason: '（写明理由，至少 4 个字）',
  title: '（报告标题，如“2024年政府工作报告目标任务完成情况”）',
  publisher: '（发布机构，如“区政府办公室”）',
  written: '（成文日期，写成 2025-01-26 这样）',
  year: '（年份，如 2024）',
  task: '（任务编号，即网站上的编号）',
  metric: '（指标序号，网站“量化指标”表中的第几个，从 1 起）',
  slug: '（领域，见 content/taxonomy.yaml）',
  row: '（错误提示中的行号）',
  column: '（表头原文，如“完成情况”）',
  name: '（名称）',
  'status.value': '（已完成、推进中、未达目标、待核实 中选一个）',
  'shortTitle.value': '（从目标任务原文中截取的一段文字）',
  'corrections.value': '（更正后的内容，如“未公开”）',
  'corrections.row': '（错误提示中的行号）',
  'corrections.column': '（表头原文，如“完成情况”）',
};

/**
 * Parse and validate an editor-written YAML file. Every problem is collected — typical slips
 * (full-width colon or space, tab, no space after a colon), YAML syntax errors, and schema
 * violations (unknown, missing or mistyped keys, values outside a list) — and reported together in
 * Chinese, each naming the entry and the line of the key itself, as one YamlProblems (a SourceError).
 */
export function readYamlFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  hint: string,
  options: ReadOptions = {},
): YamlFile<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (path: (string | number)[]) => keyLine(doc, counter, path);
  const problems: YamlProblem[] = slips(text);
  const slipLines = new Set(problems.map((p) => p.line));
  const add = (p: YamlProblem) => {
    if (slipLines.has(p.line)) return; // the slip explains this line better than the parser does
    if (problems.some((q) => q.line === p.line && q.problem === p.problem)) return;
    problems.push(p);
  };
  for (const error of doc.errors) add(syntaxProblem(error.code, counter.linePos(error.pos[0]).line));

  let data: unknown;
  if (doc.errors.length === 0) {
    const raw: unknown = doc.toJS() ?? {};
    const result = schema.safeParse(raw);
    if (result.success) data = result.data;
    else {
      for (const p of schemaProblems(schema, result.error.issues, raw, lineOf, options, hint)) add(p);
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    throw new YamlProblems(file, problems);
  }
  return { data: data as z.output<S>, lineOf };
}

/** Typical slips, by line: what the parser would report in its own terms (or not at all). */
function slips(text: string): YamlProblem[] {
  const out: YamlProblem[] = [];
  let block = -1; // indentation of an open block scalar (| or >): its lines are text, not keys
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const indent = /^[ ]*/.exec(raw)![0].length;
    if (block >= 0) {
      if (raw.trim() === '' || indent > block) return;
      block = -1;
    }
    const code = raw.replace(/\s+#.*$/, '');
    if (/^\s*#/.test(code) || code.trim() === '') return;
    if (/^[ ]*\t/.test(raw)) {
      out.push(problemOf(Errors.YamlTabIndent, line));
      return;
    }
    if (/^[ ]*\u3000/.test(raw)) {
      out.push(problemOf(Errors.YamlFullWidthIndent, line));
      return;
    }
    const key = /^\s*(?:-\s+)?([^\s:：#'"{[][^:：]*?)\s*([:：])(.?)/.exec(code);
    if (key) {
      const [, name, colon, next] = key as unknown as [string, string, string, string];
      const ascii = /^[A-Za-z]\w*$/.test(name);
      const after = code.slice(code.indexOf(colon) + 1).trim();
      // A full-width colon inside Chinese text is ordinary punctuation: only a key-like name is a slip.
      if (colon === '：' && (ascii || (name.length <= 12 && /^[A-Za-z]\w*$/.test(after)))) {
        out.push(problemOf(Errors.YamlFullWidthColon, line, { name, after }));
        return;
      }
      if (colon === ':' && next === '\u3000') {
        out.push(problemOf(Errors.YamlFullWidthSpace, line, { name }));
        return;
      }
      if (colon === ':' && next !== '' && next !== ' ' && ascii) {
        out.push(problemOf(Errors.YamlNoSpace, line, { name, after }));
        return;
      }
      if (/^[|>][+-]?\d*$/.test(code.slice(code.indexOf(':') + 1).trim())) block = indent;
    }
  });
  return out;
}

/** A YAML parser error as an editor reads it (the texts by parser code are in the catalogue). */
function syntaxProblem(code: string, line: number): YamlProblem {
  return problemOf(Errors.YamlSyntax, line, { parserCode: code });
}

type Issue = z.core.$ZodIssue;

/** Schema violations in Chinese, one per key; missing keys of one entry grouped into one block to copy. */
function schemaProblems(
  schema: z.ZodType,
  issues: readonly Issue[],
  raw: unknown,
  lineOf: (path: (string | number)[]) => number | undefined,
  options: ReadOptions,
  hint: string,
): YamlProblem[] {
  const placeholders = { ...PLACEHOLDERS, ...options.placeholders };
  const out: YamlProblem[] = [];
  const missing = new Map<string, { parent: (string | number)[]; keys: string[] }>();
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const where = (p: (string | number)[]) => describe(p, raw, options.entry);
    const value = valueAt(raw, path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = [...path, key];
        const known = keysAt(schema, path);
        out.push(
          problemOf(Errors.YamlUnknownKey, lineOf(at), {
            where: where(path),
            key,
            nudge: nearKey(key, known),
            known,
            hint,
          }),
        );
      }
      continue;
    }
    // A key that is not there (an enum or union reports it as a wrong value, a type as a wrong type).
    if (issue.code !== 'custom' && value === undefined && typeof valueAt(raw, path.slice(0, -1)) === 'object') {
      const parent = path.slice(0, -1);
      const id = JSON.stringify(parent);
      const group = missing.get(id) ?? { parent, keys: [] };
      group.keys.push(String(path.at(-1)));
      missing.set(id, group);
      continue;
    }
    out.push(
      problemOf(Errors.YamlBadValue, lineOf(path), { where: where(path), what: wrongValue(issue, value), hint }),
    );
  }
  for (const { parent, keys } of missing.values()) {
    const indent = '      ';
    const owner = parent.filter((p): p is string => typeof p === 'string').at(-1);
    const text = (k: string) => placeholders[`${owner}.${k}`] ?? placeholders[k] ?? '（请填写）';
    const block = keys.map((k) => `${indent}${k}: ${text(k)}`).join('\n');
    const last = parent.at(-1);
    const under =
      last === undefined ? '文件中' : typeof last === 'number' ? '这一条（以“- ”开头的那一项）中' : `“${last}”下面`;
    out.push(
      problemOf(Errors.YamlMissingKeys, lineOf(parent), {
        where: describe(parent, raw, options.entry),
        keys,
        under,
        block,
      }),
    );
  }
  return out;
}

/** “第 2 条 override（编号 26）的 status.reason：” — the entry, then the keys inside it as written. */
function describe(path: (string | number)[], raw: unknown, entry: EntryNamer | undefined): string {
  if (path.length === 0) return '';
  for (let n = path.length; n > 0; n--) {
    const name = entry?.(path.slice(0, n), raw);
    if (name) {
      const rest = path.slice(n);
      return rest.length === 0 ? `${name}：` : `${name}的 ${keysOf(rest)}：`;
    }
  }
  return `${keysOf(path)}：`;
}

function keysOf(path: (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : p)).join('.');
}

/** What is wrong with a value that is present, without the schema library's wording. */
function wrongValue(issue: Issue, value: unknown): string {
  // Messages written in Chinese in the schemas are the editor's explanation already.
  if (/[\u4e00-\u9fff]/.test(issue.message) && !/\b(Invalid|expected|Too|Unrecognized)\b/.test(issue.message))
    return issue.message;
  const shown = value === null ? '空值' : `“${typeof value === 'object' ? JSON.stringify(value) : String(value)}”`;
  switch (issue.code) {
    case 'invalid_type':
      return `写的是${shown}，这里应写${typeName(issue.expected)}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const chinese = values.filter((v) => /[\u4e00-\u9fff]/.test(v));
      const offer = chinese.length > 0 ? chinese : values;
      return values.length === 1
        ? `写的是${shown}，这里只能写 ${offer[0]}`
        : `写的是${shown}，只能是以下之一：${offer.join('、')}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `太短，至少要 ${String(issue.minimum)} 个字`;
      if (issue.origin === 'array') return `至少要写 ${String(issue.minimum)} 项`;
      return `写的是${shown}，不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `太长，最多 ${String(issue.maximum)} 个字`;
      if (issue.origin === 'array') return `最多只能写 ${String(issue.maximum)} 项`;
      return `写的是${shown}，不能大于 ${String(issue.maximum)}`;
    case 'invalid_format':
      if (issue.format === 'url') return `写的是${shown}，应为完整网址（以 https:// 或 http:// 开头）`;
      return `写的是${shown}，格式不对`;
    default:
      return `写的是${shown}，不符合要求`;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    number: '数字（不加引号）',
    int: '整数',
    string: '文字',
    boolean: 'true 或 false',
    array: '列表（每项另起一行，以“- ”开头）',
    object: '下级内容（另起一行，多缩进两个空格）',
  };
  return names[expected] ?? expected;
}

/** A nudge when an unknown key is a known key with a slip (full-width characters, spaces, a typo). */
function nearKey(key: string, known: string[]): string {
  const plain = key.normalize('NFKC').trim();
  const near = known.find((k) => k === plain || k.toLowerCase() === plain.toLowerCase());
  if (near && /[\u3000\uff01-\uff5e]/.test(key)) return `这一项的名称里有全角字符，应写成“${near}”；`;
  if (near) return `是不是想写“${near}”（大小写和空格都要一致）？`;
  const typo = known
    .map((k) => ({ k, d: distance(plain.toLowerCase(), k.toLowerCase()) }))
    .filter(({ k, d }) => d <= (k.length > 5 ? 2 : 1))
    .sort((a, b) => a.d - b.d)[0];
  if (typo) return `是不是想写“${typo.k}”？`;
  if (/[\u3000\uff01-\uff5e]/.test(key)) return '这一项的名称里有全角字符，请改为半角；';
  return '请检查拼写，或删去这一项；';
}

/** Edit distance (insert, delete, replace, swap of neighbours), for spotting typos in key names. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  element?: unknown;
  valueType?: unknown;
  in?: unknown;
}
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The keys an object schema allows at a path (through optional, default, arrays, records, pipes). */
function keysAt(schema: unknown, path: (string | number)[]): string[] {
  const unwrap = (s: unknown): unknown => {
    for (let n = 0; n < 10; n++) {
      const def = defOf(s);
      if (def?.innerType !== undefined) s = def.innerType;
      else if (def?.type === 'pipe') s = def.in;
      else break;
    }
    return s;
  };
  let s = unwrap(schema);
  for (const p of path) {
    const def = defOf(s);
    if (def?.type === 'object' && typeof p === 'string') s = def.shape?.[p];
    else if (def?.type === 'array') s = def.element;
    else if (def?.type === 'record') s = def.valueType;
    else return [];
    s = unwrap(s);
  }
  const def = defOf(s);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function valueAt(raw: unknown, path: (string | number)[]): unknown {
  let node: unknown = raw;
  for (const p of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[p];
  }
  return node;
}

/**
 * Line of the key at the end of the path (a list entry's line for a number), or of the deepest
 * part of the path that exists when the rest is missing.
 */
function keyLine(doc: Document, counter: LineCounter, path: (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let line = isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
  for (const p of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => (isScalar(it.key) ? it.key.value : it.key) === p);
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) line = counter.linePos(pair.key.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof p === 'number') {
      const item = node.items[p];
      if (!isNode(item)) break;
      if (item.range) line = counter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}
