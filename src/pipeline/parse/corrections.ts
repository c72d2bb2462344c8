import type { SidecarCorrection } from '../../schema/sidecar.ts';
import { Errors, sourceError } from '../../schema/errors.ts';
import type { CellCorrection } from '../../schema/task.ts';
import type { GridTable } from './grid.ts';
import type { Header } from './header.ts';
import { normalizeHeader } from './header-words.ts';

/**
 * Editors' corrections of cells (source.yaml `corrections:`, issue 18 point 1), applied to the grid
 * before rows are read: the raw file stays byte for byte (its SHA-256 is the government's), and each
 * applied correction travels with its row, keeping the original and the reason.
 */

/** Where messages send the editor: the sidecar of the source's folder. */
export const sidecarPathOf = (file: string): string => `${file.slice(0, file.lastIndexOf('/') + 1)}source.yaml`;

const yamlString = (s: string): string =>
  /^[\p{L}\p{N}（）()、，。．.%％·—\-+*/]+$/u.test(s) && !/^\d/.test(s) ? s : JSON.stringify(s);

/** A ready-to-copy `corrections:` block for one cell. */
export function correctionBlock(row: number, column: string, value: string, reason: string): string {
  return [
    'corrections:',
    `  - row: ${row}`,
    `    column: ${yamlString(column)}`,
    `    value: ${yamlString(value)}`,
    `    reason: ${yamlString(reason)}`,
  ].join('\n');
}

/** A ready-to-copy `columns:` block naming a header's role. */
export const columnsBlock = (header: string, role: string): string => `columns:\n  ${yamlString(header)}: ${role}`;

/** An applied correction, by grid row and column. */
export interface AppliedCorrection extends CellCorrection {
  row: number;
  col: number;
}

/** Where a correction's column is: the header as published, or one of its levels. */
function columnIndex(h: Header, name: string): number | undefined {
  const n = normalizeHeader(name);
  const matches = h.columns.filter(
    (c) => c.header !== '' && (normalizeHeader(c.header) === n || c.levels.some((l) => normalizeHeader(l) === n)),
  );
  const preferred = matches.find((c) => c.role === 'target' || c.role === 'result' || c.role === 'number');
  return (preferred ?? matches[0])?.index;
}

/**
 * Check every correction names an existing data row and column, and return them by grid row.
 * `sidecarFile` and `lineOf` name the entry in messages (第 N 条更正, its line in source.yaml).
 */
export function resolveCorrections(
  t: GridTable,
  h: Header,
  corrections: readonly SidecarCorrection[],
  sidecarFile: string,
  lineOf: (path: (string | number)[]) => number | undefined,
): Map<number, AppliedCorrection[]> {
  const byRow = new Map<number, AppliedCorrection[]>();
  const first = h.rows.at(-1)! + 1;
  const dataRows = t.rowNumbers.slice(first);
  const headers = h.columns.filter((c) => c.header !== '').map((c) => c.header);
  corrections.forEach((c, i) => {
    const matches = t.rowNumbers.map((n, r) => (n === c.row && r >= first ? r : -1)).filter((r) => r >= 0);
    if (matches.length === 0) {
      const range = dataRows.length > 0 ? `第 ${dataRows[0]}–${dataRows.at(-1)} 行` : '（没有）';
      throw sourceError(Errors.CorrectionRow, sidecarFile, lineOf(['corrections', i, 'row']), {
        index: i + 1,
        row: c.row,
        range,
      });
    }
    if (matches.length > 1) {
      throw sourceError(Errors.CorrectionRowAmbiguous, sidecarFile, lineOf(['corrections', i, 'row']), {
        index: i + 1,
        row: c.row,
        count: matches.length,
      });
    }
    const col = columnIndex(h, c.column);
    if (col === undefined) {
      throw sourceError(Errors.CorrectionColumn, sidecarFile, lineOf(['corrections', i, 'column']), {
        index: i + 1,
        column: c.column,
        headers,
      });
    }
    const r = matches[0]!;
    const list = byRow.get(r) ?? [];
    if (list.some((a) => a.col === col)) {
      throw sourceError(Errors.CorrectionDuplicate, sidecarFile, lineOf(['corrections', i]), {
        index: i + 1,
        row: c.row,
        column: c.column,
      });
    }
    const original = t.rows[r]![col]!.text.trim();
    list.push({
      row: r,
      col,
      column: h.columns[col]!.header,
      original: original === '' ? null : original,
      value: c.value,
      reason: c.reason,
    });
    byRow.set(r, list);
  });
  return byRow;
}
