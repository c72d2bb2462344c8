import type { ColumnRole } from '../../schema/task.ts';
import type { GridTable } from './grid.ts';
import { normalizeHeader, roleOfWords } from './header-words.ts';

/**
 * Find a table's header (one or two levels) and give each column its role (issue 12).
 *
 * Two levels: a header row over a second header row, recognised when some header cell spans both
 * rows (a rowspan/merge) while another column has its own text in the second row — 目标任务 over
 * 重点工作 + 主要内容. A column's header is then “上层／下层” (one level when both are the same cell),
 * and its role comes from the lower level's words, else the upper's.
 *
 * Several columns with the target role (重点工作 + 主要内容 both read as target, or a 项目内容 header
 * spanning two columns): the rightmost is the target — tables run from the broad to the specific,
 * left to right — and the others become `group`. Several result or number columns: the first keeps
 * the role, the others become `other`. Several group, responsible, status, progress columns: all kept.
 */

/** One column of a table, as its header names it. */
export interface Column {
  /** 0-based column of the grid. */
  index: number;
  /** The header as published, levels joined by “／”; '' when the column has no header. */
  header: string;
  /** The header's levels (one or two), each as published. */
  levels: string[];
  /** null for a column without a header. */
  role: ColumnRole | null;
  /** True when source.yaml `columns:` named the role. */
  named: boolean;
}

/** A table's header: the grid rows it takes and its columns. */
export interface Header {
  /** 0-based grid rows of the header (one or two). */
  rows: number[];
  columns: Column[];
}

/** A header cell's text as published: its lines joined (a narrow column wraps 市级牵头/责任单位). */
export const headerText = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.trim())
    .join('')
    .trim();

const sameOrigin = (t: GridTable, r1: number, r2: number, c: number): boolean => {
  const a = t.rows[r1]![c]!.origin;
  const b = t.rows[r2]![c]!.origin;
  return a.row === b.row && a.col === b.col;
};

/** Whether rows r and r+1 form a two-level header (see above). */
function twoLevel(t: GridTable, r: number): boolean {
  const next = t.rows[r + 1];
  if (!next) return false;
  const width = next.length;
  let spans = false;
  let own = false;
  for (let c = 0; c < width; c++) {
    if (sameOrigin(t, r, r + 1, c)) {
      if (t.rows[r]![c]!.text.trim() !== '') spans = true;
    } else if (next[c]!.text.trim() !== '' && t.rows[r]![c]!.text.trim() !== '') own = true;
  }
  return spans && own;
}

/** The role an editor named for a header in source.yaml `columns:` (by the whole header or a level). */
function namedRole(levels: string[], header: string, named: Record<string, ColumnRole>): ColumnRole | undefined {
  const keys = new Map(Object.entries(named).map(([k, v]) => [normalizeHeader(k), v]));
  for (const h of [header, ...[...levels].reverse()]) {
    const role = keys.get(normalizeHeader(h));
    if (role) return role;
  }
  return undefined;
}

/** The header that starts at grid row r (two levels when the layout says so). */
export function headerAt(t: GridTable, r: number, named: Record<string, ColumnRole> = {}): Header {
  const rows = twoLevel(t, r) ? [r, r + 1] : [r];
  const width = t.rows[r]!.length;
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const upper = headerText(t.rows[r]![c]!.text);
    const lower = rows.length === 2 && !sameOrigin(t, r, r + 1, c) ? headerText(t.rows[r + 1]![c]!.text) : upper;
    const levels = [upper, lower].filter((l, i, all) => l !== '' && all.indexOf(l) === i);
    const header = levels.join('／');
    const fromSidecar = header === '' ? undefined : namedRole(levels, header, named);
    const fromWords = [...levels]
      .reverse()
      .map(roleOfWords)
      .find((x) => x !== undefined);
    const role = header === '' ? null : (fromSidecar ?? fromWords ?? 'other');
    columns.push({ index: c, header, levels, role, named: fromSidecar !== undefined });
  }
  resolveDuplicates(columns);
  return { rows, columns };
}

function resolveDuplicates(columns: Column[]): void {
  const targets = columns.filter((c) => c.role === 'target');
  for (const c of targets.slice(0, -1)) if (!c.named) c.role = 'group';
  for (const role of ['result', 'number'] as const) {
    const all = columns.filter((c) => c.role === role);
    for (const c of all.slice(1)) if (!c.named) c.role = 'other';
  }
}

/** The first column with a role, if any. */
export const columnOf = (h: Header, role: ColumnRole): Column | undefined => h.columns.find((c) => c.role === role);

/** Whether a header has what a task table needs: a target and a result column. */
export const isTaskHeader = (h: Header): boolean =>
  columnOf(h, 'target') !== undefined && columnOf(h, 'result') !== undefined;

/** How far down a table the header is looked for (title rows, 政务公开 rows and notes come first). */
const SEARCH_ROWS = 15;

/**
 * The task header of a table: the first row (with the row under it, for two levels) whose columns
 * include a target and a result. Undefined when no row qualifies.
 */
export function findHeader(t: GridTable, named: Record<string, ColumnRole> = {}): Header | undefined {
  for (let r = 0; r < Math.min(t.rows.length, SEARCH_ROWS); r++) {
    const h = headerAt(t, r, named);
    if (isTaskHeader(h)) return h;
  }
  return undefined;
}

/**
 * The row most likely meant as the header when none qualifies, for the refusal message: the first
 * row with the most cells whose words name a role (at least two filled cells).
 */
export function likelyHeader(t: GridTable, named: Record<string, ColumnRole> = {}): Header | undefined {
  let best: { h: Header; known: number } | undefined;
  for (let r = 0; r < Math.min(t.rows.length, SEARCH_ROWS); r++) {
    const h = headerAt(t, r, named);
    const filled = h.columns.filter((c) => c.header !== '');
    if (new Set(filled.map((c) => c.header)).size < 2) continue;
    const known = filled.filter((c) => c.role !== 'other').length;
    if (!best || known > best.known) best = { h, known };
  }
  return best?.h;
}
