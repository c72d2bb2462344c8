import type { CellChange, Report, SourceVersion, TaskChange } from '../schema/index.ts';
import { charDiff, type DiffPart } from './char-diff.ts';

/** One cell as the 修订记录 page shows it: the column and its character-level diff. */
export interface CellView {
  column: string;
  parts: DiffPart[];
}

export interface RevisionView {
  from: SourceVersion;
  to: SourceVersion;
  changes: (Omit<TaskChange, 'cells'> & { cells: CellView[] })[];
}

/** A cell's change as diff parts: all inserted (new cell), all deleted (gone cell), or the diff. */
export function cellParts(cell: CellChange): DiffPart[] {
  return charDiff(cell.before ?? '', cell.after ?? '');
}

/** What the 修订记录 page of a report shows, in order; empty when the table was never revised. */
export function revisionViews(report: Report): RevisionView[] {
  const versions = report.source.versions ?? [];
  return (report.revisions ?? []).map((r) => ({
    from: versions[r.from]!,
    to: versions[r.to]!,
    changes: r.changes.map((c) => ({
      ...c,
      cells: c.cells.map((cell) => ({ column: cell.column, parts: cellParts(cell) })),
    })),
  }));
}

/** How a task fared in the revisions: its change in each revision that touched it, newest last. */
export function taskRevisions(report: Report, id: string): { date: string; kind: TaskChange['kind'] }[] {
  const versions = report.source.versions ?? [];
  return (report.revisions ?? []).flatMap((r) =>
    r.changes.filter((c) => c.id === id).map((c) => ({ date: versions[r.to]!.date, kind: c.kind })),
  );
}
