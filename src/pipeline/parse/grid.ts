import type { DisclosureMeta } from '../../schema/report.ts';
import type { ParsedSource } from '../../schema/source.ts';

/**
 * The seam between file formats and the rest of the pipeline (shared/ARCHITECTURE.md): every
 * reader (pipe text, CSV/TSV, HTML, .xlsx/.xls, .docx) ends in tables of cells laid out as a
 * browser lays them out, spans expanded; nothing after this knows which format a table came from.
 */

/** 1-based place of a cell in its table's expanded grid. */
export interface GridPoint {
  row: number;
  col: number;
}

/** One cell of the expanded grid. */
export interface GridCell {
  /** The text a reader sees: line breaks inside the cell kept as \n, otherwise verbatim. */
  text: string;
  /**
   * The cell that holds this text: the cell itself, or the first cell of a merged range (rowspan,
   * colspan, Excel merge, Word vMerge/gridSpan) covering it. Covered cells repeat the origin's text.
   */
  origin: GridPoint;
}

/** One table of a file. */
export interface GridTable {
  /** For people, when the file holds several tables: 工作表“Sheet1”, 第 2 个表格. */
  name?: string;
  /** Rectangular rows of cells (every row as long as the longest; missing cells are ''). */
  rows: GridCell[][];
  /**
   * For each row, the number that messages and source.yaml `corrections:` call its row: the 1-based
   * line in a text file (pipe text, CSV, HTML), the sheet row in a workbook, the table row in Word.
   */
  rowNumbers: number[];
  /** How a message names a cell, e.g. `C7` in a sheet, `第 5 行第 3 列` elsewhere (0-based indexes). */
  cellName(row: number, col: number): string;
}

/** What a format reader hands on: its tables, and what the file says about itself. */
export interface SourceDocument {
  format: ParsedSource['format'];
  /** Text formats only. */
  encoding?: 'utf-8' | 'gb18030';
  tables: GridTable[];
  /** A title the file carries outside its tables (page title, Word heading), when any. */
  title?: string;
  /** 政务公开 fields the file carries. */
  meta: Partial<DisclosureMeta>;
  /** Warnings for editors, in Chinese (hidden rows skipped, formulas read by cached value…). */
  warnings: string[];
}

/** Excel-style column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
