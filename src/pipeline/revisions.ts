import type { ParsedRow } from '../schema/source.ts';
import type { CellChange, TaskChange } from '../schema/index.ts';
import { byTaskOrder } from './order.ts';
import { displayText } from './normalize.ts';
import { SECTIONS } from './serialize.ts';

/** A row's id as the site keys tasks: 编号, or 编号.子项 for a sub-item. */
export function rowId(row: Pick<ParsedRow, 'number' | 'sub'>): string {
  return row.sub === undefined ? String(row.number) : `${row.number}.${row.sub}`;
}

/**
 * The cells of a row by column, as display text: 目标任务, 完成情况, the group cell and every
 * other column under its published header (in source order; a header met twice keeps the first).
 */
export function rowCells(row: ParsedRow): [string, string][] {
  const cells: [string, string][] = [
    [SECTIONS.target, row.target],
    [SECTIONS.completion, row.completion],
    ...(row.group ? ([[row.group.header, row.group.text]] as [string, string][]) : []),
    ...(row.columns ?? []).map((c): [string, string] => [c.header, c.text]),
  ];
  const seen = new Set<string>();
  return cells
    .filter(([header]) => (seen.has(header) ? false : (seen.add(header), true)))
    .map(([header, text]) => [header, displayText(text)]);
}

/**
 * What changed between two versions of a table, task by task in task order: tasks added, removed,
 * and for tasks in both the cells whose display text differs (a cell present in one version only
 * counts as changed, with before or after absent). Empty cells are absent.
 */
export function diffVersions(before: readonly ParsedRow[], after: readonly ParsedRow[]): TaskChange[] {
  const index = (rows: readonly ParsedRow[]) =>
    new Map(rows.map((r) => [rowId(r), new Map(rowCells(r).filter(([, text]) => text !== ''))]));
  const old = index(before);
  const now = index(after);
  const ids = [...new Set([...old.keys(), ...now.keys()])]
    .map((id) => {
      const [number, sub] = id.split('.');
      return { id, number: Number(number), ...(sub !== undefined ? { sub: Number(sub) } : {}) };
    })
    .sort(byTaskOrder)
    .map((x) => x.id);
  const changes: TaskChange[] = [];
  for (const id of ids) {
    const a = old.get(id);
    const b = now.get(id);
    if (!a) changes.push({ id, kind: 'added', cells: [...b!].map(([column, text]) => ({ column, after: text })) });
    else if (!b)
      changes.push({ id, kind: 'removed', cells: [...a].map(([column, text]) => ({ column, before: text })) });
    else {
      const cells: CellChange[] = [];
      for (const column of [...new Set([...a.keys(), ...b.keys()])]) {
        const x = a.get(column);
        const y = b.get(column);
        if (x !== y)
          cells.push({ column, ...(x !== undefined ? { before: x } : {}), ...(y !== undefined ? { after: y } : {}) });
      }
      if (cells.length > 0) changes.push({ id, kind: 'changed', cells });
    }
  }
  return changes;
}
