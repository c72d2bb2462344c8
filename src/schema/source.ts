import type { DisclosureMeta, SourceInfo } from './report.ts';
import type { CellCorrection, ColumnRole, OfficialStatusReading } from './task.ts';

/** A cell of a column other than 编号, target and result, as read (before display typesetting). */
export interface ParsedColumn {
  /** The header as published; two levels joined as “上层／下层”. */
  header: string;
  role: ColumnRole;
  /** The cell's text (possibly an editor's correction); '' when empty. */
  text: string;
}

/** What a format parser (text, HTML, CSV, Office) hands to the rest of the pipeline: one row. */
export interface ParsedRow {
  /** The row's 编号; shared by the sub-items of one numbered task. */
  number: number;
  /** Sub-item index (1-based) when the 编号 or group cell spans several rows. */
  sub?: number;
  /** The row number messages name: 1-based line in the source file, or the sheet/table row. */
  line: number;
  /** Where the row stands, for people: 第 12 行, 工作表“Sheet1”第 7 行. */
  position?: string;
  target: string;
  completion: string;
  responsible?: string;
  nextSteps?: string;
  /** The group cell (重点工作, 类别…) the row falls under. */
  group?: ParsedColumn;
  /** Every column other than number/target/result, in source order (empty cells included). */
  columns?: ParsedColumn[];
  /** The government's own status and progress columns. */
  official?: {
    status?: { header: string; text: string; reading: OfficialStatusReading };
    progress?: { header: string; text: string; percent: number | null };
  };
  /** Editors' corrections (source.yaml) applied to this row's cells. */
  corrections?: CellCorrection[];
}
export interface ParsedSource {
  title: string;
  year: number;
  /** Fields the source carries; the sidecar fills the rest. */
  meta: Partial<DisclosureMeta>;
  rows: ParsedRow[];
  format: SourceInfo['format'];
  /** Text formats only. */
  encoding?: 'utf-8' | 'gb18030';
  /** Which table was read, for people, when the file holds several. */
  table?: string;
  /** Warnings for editors, in Chinese. */
  warnings: string[];
}

/**
 * A refusal that names the file, the line, what is wrong and how to fix it (in Chinese, for editors).
 * Built from an entry of the error catalogue (src/schema/errors.ts: `sourceError(Errors.X, …)`),
 * whose code it carries; constructing one elsewhere is refused by tests/unit/schema/errors.test.ts.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;
  /** The catalogue entry's code (E_…); undefined only for an error built outside the catalogue. */
  readonly code: string | undefined;
  constructor(file: string, line: number | undefined, problem: string, fix: string, code?: string) {
    super(`${file}${line ? `:${line}` : ''} → ${problem}。${fix}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
    this.code = code;
  }
}
