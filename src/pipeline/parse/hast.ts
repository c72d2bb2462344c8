import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { GridCell, GridTable } from './grid.ts';

/**
 * Small walks over a hast tree (from rehype-parse), so that the HTML parser reads structure,
 * never markup with regular expressions.
 */

type Node = Root | RootContent | ElementContent;

/** Every element under `node`, in document order; `stop` elements are yielded but not entered. */
export function* elements(node: Node, stop: (e: Element) => boolean = () => false): Generator<Element> {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    if (!stop(child)) yield* elements(child, stop);
  }
}

/** A property of an element as a string ('' when absent); class lists are joined by spaces. */
export function attr(e: Element, name: string): string {
  const v = e.properties?.[name];
  if (Array.isArray(v)) return v.join(' ');
  return v === undefined || v === null ? '' : String(v);
}

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'dl',
  'blockquote',
  'pre',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head']);

/**
 * The text a reader sees: HTML whitespace collapsed within a line, <br> and block boundaries as
 * line breaks, each line trimmed, empty lines dropped.
 */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.type === 'text') parts.push(n.value.replace(/[ \t\n\f\r]+/g, ' '));
    else if (n.type === 'element') {
      if (SKIP.has(n.tagName)) return;
      if (n.tagName === 'br') return void parts.push('\n');
      const block = BLOCK.has(n.tagName);
      if (block) parts.push('\n');
      n.children.forEach(walk);
      if (block) parts.push('\n');
    } else if (n.type === 'root') n.children.forEach(walk);
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

const isTable = (e: Element): boolean => e.tagName === 'table';

/** The rows of this table only (not of tables nested in its cells), through thead/tbody/tfoot. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const e of elements(table, (x) => isTable(x) || x.tagName === 'tr')) if (e.tagName === 'tr') rows.push(e);
  return rows;
}

const span = (e: Element, name: string): number => Math.max(1, Math.min(1000, Number.parseInt(attr(e, name), 10) || 1));

/**
 * Lay an HTML table out as a browser does, into the Grid every reader ends in: rowspan and colspan
 * expanded, each covered cell repeating its origin's text and pointing at the origin. Row numbers are
 * the rows' source lines (what messages and source.yaml `corrections:` name). Word documents reach
 * here too, through mammoth's HTML.
 */
export function gridTable(table: Element, name?: string): GridTable {
  const trs = tableRows(table);
  const rows: GridCell[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let col = 0;
    for (const cell of tr.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      while (rows[r]![col] !== undefined) col++;
      const text = textOf(cell);
      const origin = { row: r + 1, col: col + 1 };
      const rowSpan = Math.min(span(cell, 'rowSpan'), trs.length - r);
      const colSpan = span(cell, 'colSpan');
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) {
          const row = rows[r + dr]!;
          if (row[col + dc] === undefined) row[col + dc] = { text, origin };
        }
      col += colSpan;
    }
  });
  const width = Math.max(0, ...rows.map((r) => r.length));
  const filled = rows.map((row, r) =>
    Array.from({ length: width }, (_, c) => row[c] ?? { text: '', origin: { row: r + 1, col: c + 1 } }),
  );
  const rowNumbers = trs.map((tr, r) => tr.position?.start.line ?? r + 1);
  return {
    ...(name ? { name } : {}),
    rows: filled,
    rowNumbers,
    cellName: (r, c) => `第 ${rowNumbers[r] ?? r + 1} 行第 ${c + 1} 列`,
  };
}
