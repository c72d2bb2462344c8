import type { SidecarCorrection } from '../../schema/sidecar.ts';
import { SourceError } from '../../schema/source.ts';
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

/** The fix text of a refusal that a correction beside the source settles (never an edit of the raw file). */
export function correctionFix(file: string, lead: string, block: string): string {
  return `${lead}不要改动原始文件（网站公布它的 SHA-256）；请在 ${sidecarPathOf(file)} 中写上更正，例如：\n${block}`;
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
    const entry = `第 ${i + 1} 条更正`;
    const matches = t.rowNumbers.map((n, r) => (n === c.row && r >= first ? r : -1)).filter((r) => r >= 0);
    if (matches.length === 0) {
      const range = dataRows.length > 0 ? `第 ${dataRows[0]}–${dataRows.at(-1)} 行` : '（没有）';
      throw new SourceError(
        sidecarFile,
        lineOf(['corrections', i, 'row']),
        `${entry}的 row: ${c.row} 不是表格中的任务行（任务行为${range}）`,
        '请把 row 改为出错信息中写明的行号',
      );
    }
    if (matches.length > 1) {
      throw new SourceError(
        sidecarFile,
        lineOf(['corrections', i, 'row']),
        `${entry}的 row: ${c.row} 对应表格中的 ${matches.length} 行（原始文件的这一行里有多个表格行）`,
        '这种文件无法按行更正；请联系开发人员',
      );
    }
    const col = columnIndex(h, c.column);
    if (col === undefined) {
      throw new SourceError(
        sidecarFile,
        lineOf(['corrections', i, 'column']),
        `${entry}的 column: ${c.column} 不是表头中的列（表头为：${headers.join('、')}）`,
        '请把 column 改为表头中的列名，照原样抄写',
      );
    }
    const r = matches[0]!;
    const list = byRow.get(r) ?? [];
    if (list.some((a) => a.col === col)) {
      throw new SourceError(
        sidecarFile,
        lineOf(['corrections', i]),
        `${entry}与前面的更正是同一单元格（第 ${c.row} 行“${c.column}”）`,
        '同一单元格只能更正一次，请删除其中一条',
      );
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
