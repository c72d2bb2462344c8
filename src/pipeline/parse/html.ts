import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { DisclosureMeta } from '../../schema/report.ts';
import { decodeSource } from './encoding.ts';
import type { SourceDocument } from './grid.ts';
import { attr, elements, gridTable, textOf } from './hast.ts';
import { isoDate } from './date.ts';
import { META_LABELS, metaKey, setMeta } from './meta.ts';

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
    warnings.push(`页面没有成文日期，已采用页面的发布日期（PubDate）${pub}`);
  }
  return meta;
}

function findParent(root: Root, child: Element): Root | Element | undefined {
  if (root.children.includes(child)) return root;
  for (const e of elements(root)) if (e.children.includes(child)) return e;
  return undefined;
}

function pageTitle(root: Root): string {
  const article = metaTag(root, 'ArticleTitle');
  if (article !== '') return article;
  for (const e of elements(root)) if (e.tagName === 'h1' && textOf(e) !== '') return textOf(e).replace(/\n/g, '');
  for (const e of elements(root)) if (e.tagName === 'title') return textOf(e);
  return '';
}

/**
 * Read a government report page saved as HTML into a SourceDocument: every table of the page laid
 * out as a browser does (the table reader picks the task table), the 政务公开 metadata around it and
 * the page title. Pure: bytes in, SourceDocument or SourceError out.
 */
export function readHtml(bytes: Uint8Array, file: string): SourceDocument {
  const decoded = decodeSource(bytes, file, declaredCharset(bytes));
  const warnings: string[] = decoded.warning ? [decoded.warning] : [];
  const root = parseTree(decoded.text);
  const tables = [...elements(root)].filter((e) => e.tagName === 'table').map((e) => gridTable(e));
  const meta = readMeta(root, warnings);
  const title = pageTitle(root);
  return {
    format: 'html',
    encoding: decoded.encoding,
    tables,
    ...(title !== '' ? { title } : {}),
    meta,
    warnings,
  };
}
