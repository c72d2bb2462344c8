import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { DisclosureMeta } from '../../schema/report.ts';
import type { Sidecar } from '../../schema/sidecar.ts';
import { SourceError, type ParsedSource } from '../../schema/source.ts';
import { COLUMN_ALIASES, isKnownHeader, mapColumns, rowsFromTable, yearFromTitle } from './columns.ts';
import { decodeSource } from './encoding.ts';
import { attr, elements, tableGrid, textOf, type GridRow } from './hast.ts';
import { isoDate } from './date.ts';
import { META_LABELS, metaKey, setMeta } from './meta.ts';

export interface HtmlOptions {
  /** The year folder's sidecar: supplies the title when the page has none. */
  sidecar?: Sidecar;
}

const parseTree = (text: string): Root => unified().use(rehypeParse).parse(text);

/**
 * The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">. The bytes are
 * first read as Latin-1, which keeps every ASCII tag intact whatever the real encoding.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const e of elements(parseTree(head))) {
    if (e.tagName !== 'meta') continue;
    if (attr(e, 'charSet')) return attr(e, 'charSet');
    if (attr(e, 'httpEquiv').toLowerCase() === 'content-type') {
      const pair = attr(e, 'content')
        .split(';')
        .map((s) => s.trim())
        .find((s) => s.toLowerCase().startsWith('charset='));
      if (pair) return pair.slice('charset='.length).replace(/["']/g, '');
    }
  }
  return undefined;
}

const metaTag = (root: Root, name: string): string => {
  for (const e of elements(root))
    if (e.tagName === 'meta' && attr(e, 'name').toLowerCase() === name.toLowerCase()) return attr(e, 'content').trim();
  return '';
};

/** 政务公开 fields: label cells/spans followed by their value, or "标签:值" on one line. */
function readMeta(root: Root, warnings: string[]): Partial<DisclosureMeta> {
  const meta: Partial<DisclosureMeta> = {};
  const labels = Object.keys(META_LABELS);
  for (const e of elements(root)) {
    const text = textOf(e);
    const key = metaKey(text);
    if (key !== undefined && !text.includes('\n')) {
      // The value is the next sibling with text: an element (td, dd, span) or a bare text node.
      const siblings: (Root | Element)['children'] = findParent(root, e)?.children ?? [];
      const after = siblings
        .slice(siblings.indexOf(e) + 1)
        .map((s) => (s.type === 'text' ? s.value.trim() : s.type === 'element' ? textOf(s) : ''))
        .find((t) => t !== '');
      if (after !== undefined && metaKey(after) === undefined) setMeta(meta, key, after, warnings);
      continue;
    }
    for (const line of text.split('\n')) {
      const label = labels.find((l) => line.startsWith(l));
      if (!label) continue;
      const rest = line.slice(label.length).trimStart();
      if (!rest.startsWith(':') && !rest.startsWith('：')) continue;
      const value = rest.slice(1).trim();
      if (value !== '' && !labels.some((l) => value.includes(`${l}:`) || value.includes(`${l}：`)))
        setMeta(meta, META_LABELS[label]!, value, warnings);
    }
  }
  // The site platform's own <meta> tags fill what the visible block lacks.
  const source = metaTag(root, 'ContentSource');
  if (meta.publisher === undefined && source !== '') meta.publisher = source;
  const pub = isoDate(metaTag(root, 'PubDate').split(/\s/)[0] ?? '');
  if (meta.written === undefined && pub !== undefined) {
    meta.written = pub;
    warnings.push(`页面没有成文日期,已采用页面的发布日期(PubDate)${pub}`);
  }
  return meta;
}

function findParent(root: Root, child: Element): Root | Element | undefined {
  if (root.children.includes(child)) return root;
  for (const e of elements(root)) if (e.children.includes(child)) return e;
  return undefined;
}

/** Tables whose rows include a known column header, with the index of that header row. */
function taskTables(root: Root): { grid: GridRow[]; header: number }[] {
  const found: { grid: GridRow[]; header: number }[] = [];
  for (const e of elements(root)) {
    if (e.tagName !== 'table') continue;
    const grid = tableGrid(e);
    const header = grid.findIndex((r) => r.cells.filter(isKnownHeader).length >= 2);
    if (header >= 0) found.push({ grid, header });
  }
  return found;
}

function pageTitle(root: Root): string {
  const article = metaTag(root, 'ArticleTitle');
  if (article !== '') return article;
  for (const e of elements(root)) if (e.tagName === 'h1' && textOf(e) !== '') return textOf(e).replace(/\n/g, '');
  for (const e of elements(root)) if (e.tagName === 'title') return textOf(e);
  return '';
}

/**
 * Read a government report page saved as HTML: the task table inside the page, the 政务公开
 * metadata around it and the title. Pure: bytes in, ParsedSource or SourceError out.
 */
export function parseHtml(bytes: Uint8Array, file: string, options: HtmlOptions = {}): ParsedSource {
  const decoded = decodeSource(bytes, file, declaredCharset(bytes));
  const warnings: string[] = decoded.warning ? [decoded.warning] : [];
  const root = parseTree(decoded.text);
  const tables = taskTables(root);
  const [first, second] = tables;
  if (first === undefined) {
    const accepted = [...COLUMN_ALIASES.target, ...COLUMN_ALIASES.completion].join('、');
    throw new SourceError(
      file,
      undefined,
      '页面中没有找到任务表格(没有哪个表格的表头含两个以上可识别的列名)',
      `请确认保存的是完整网页;任务表格的表头应含如 编号、${accepted} 等列名`,
    );
  }
  if (second !== undefined) {
    const lines = tables.map((t) => t.grid[t.header]!.line).join('、');
    throw new SourceError(
      file,
      second.grid[second.header]!.line,
      `页面中有 ${tables.length} 个任务表格(表头在第 ${lines} 行)`,
      '请只保留一个任务表格,或把多个表格合并为一个',
    );
  }
  const { grid, header } = first;
  const headerRow = grid[header]!;
  const map = mapColumns(headerRow.cells, file, headerRow.line);
  const body = grid.slice(header + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const rows = rowsFromTable(map, body, file, warnings);
  const meta = readMeta(root, warnings);

  const found = pageTitle(root);
  const title = found !== '' ? found : options.sidecar?.title;
  if (title === undefined) {
    throw new SourceError(
      file,
      undefined,
      '页面中没有标题(ArticleTitle、<h1> 或 <title>),来源说明中也没有 title',
      `请在同一文件夹的 source.yaml 中写上 title: 如“2025年政府工作报告年度完成情况”`,
    );
  }
  const year = yearFromTitle(title, file, undefined, found !== '' ? '页面标题中' : ' source.yaml 的 title 中');
  return { title, year, meta, rows, format: 'html', encoding: decoded.encoding, warnings };
}
