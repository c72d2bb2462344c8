import type { Sidecar } from '../../schema/sidecar.ts';
import type { ColumnRole } from '../../schema/task.ts';
import { Errors, sourceError } from '../../schema/errors.ts';
import type { ParsedSource, SourceError } from '../../schema/source.ts';
import { columnsBlock, resolveCorrections, sidecarPathOf } from './corrections.ts';
import type { GridTable, SourceDocument } from './grid.ts';
import { findHeader, headerText, likelyHeader, type Header } from './header.ts';
import { readRows, sharedLine } from './rows.ts';
import { yearFromTitle, yearOf } from './year.ts';

/**
 * The format-agnostic table reader (issue 12): a SourceDocument from any reader (pipe text, CSV/TSV,
 * HTML, .xlsx/.xls, .docx) + the folder's source.yaml → the rows and metadata the pipeline reads.
 * Chooses the table, finds its header and title, applies the editor's corrections, reads the rows.
 */

export interface ReadTableOptions {
  /** The sidecar's path as messages name it (default: source.yaml beside the file). */
  sidecarFile?: string;
  /** The line of a key in source.yaml, for messages about `corrections:` entries. */
  sidecarLine?: (path: (string | number)[]) => number | undefined;
}

const label = (t: GridTable, i: number): string => t.name ?? `第 ${i + 1} 个表格`;

/** Read the task table of a document. Pure: throws SourceError naming file, row and fix. */
export function readTable(
  doc: SourceDocument,
  file: string,
  sidecar: Sidecar = {},
  options: ReadTableOptions = {},
): ParsedSource {
  const sidecarFile = options.sidecarFile ?? sidecarPathOf(file);
  const { table, index, header } = chooseTable(doc, file, sidecar, sidecarFile);
  const warnings = [...doc.warnings];

  // A title row above the header (one filled cell, or one cell spanning the width).
  let tableTitle: { text: string; line: number } | undefined;
  for (let r = 0; r < header.rows[0]!; r++) {
    const filled = table.rows[r]!.filter((c) => c.text.trim() !== '');
    if (filled.length === 0) continue;
    const origins = new Set(filled.map((c) => `${c.origin.row}:${c.origin.col}`));
    const text = headerText(filled[0]!.text);
    if (origins.size === 1 && tableTitle === undefined) tableTitle = { text, line: table.rowNumbers[r] ?? r + 1 };
    else
      warnings.push(
        `表头上方第 ${table.rowNumbers[r] ?? r + 1} 行“${clip(filled.map((c) => c.text).join(' '))}”不是任务，未读取`,
      );
  }

  const corrections = resolveCorrections(
    table,
    header,
    sidecar.corrections ?? [],
    sidecarFile,
    options.sidecarLine ?? (() => undefined),
  );
  const rows = readRows(table, header, { file, warnings, corrections });
  if (table.rows.some((_, r) => r > header.rows.at(-1)! && sharedLine(table, r)))
    warnings.push(
      '原始文件中这个表格的若干行写在同一行里：出错信息和 corrections: 的行号分不清这些行，任务的位置另注“表格第几行”',
    );

  // The source's own title first (the file's, else the table's title row; one that names a year wins
  // over one that does not, e.g. a page titled only with the site's name); the sidecar's when the
  // source has none, or none with a year.
  const titles = [doc.title, tableTitle?.text].filter((t): t is string => t !== undefined);
  const published = titles.find((t) => yearOf(t) !== undefined) ?? titles[0];
  const useSidecar = sidecar.title !== undefined && (published === undefined || yearOf(published) === undefined);
  const title = useSidecar ? sidecar.title! : published;
  if (title === undefined) {
    throw sourceError(Errors.NoTitle, file, undefined, { sidecar: sidecarFile });
  }
  if (useSidecar && published !== undefined)
    warnings.push(`原表标题“${published}”中没有年份，已采用 source.yaml 的 title`);
  const year = yearFromTitle(
    title,
    useSidecar ? sidecarFile : file,
    !useSidecar && published === tableTitle?.text ? tableTitle?.line : undefined,
    sidecarFile,
  );
  return {
    title,
    year,
    meta: doc.meta,
    rows,
    format: doc.format,
    ...(doc.encoding ? { encoding: doc.encoding } : {}),
    ...(doc.tables.length > 1 ? { table: label(table, index) } : {}),
    warnings,
  };
}

/** The task table: named in source.yaml (`table:`/`sheet:`), else the one whose header has a target and a result. */
function chooseTable(
  doc: SourceDocument,
  file: string,
  sidecar: Sidecar,
  sidecarFile: string,
): { table: GridTable; index: number; header: Header } {
  const named = sidecar.columns ?? {};
  const all = doc.tables.map((table, index) => ({ table, index }));
  const nonEmpty = all.filter(({ table }) => table.rows.some((r) => r.some((c) => c.text.trim() !== '')));
  if (nonEmpty.length === 0) {
    throw sourceError(Errors.NoTable, file, undefined);
  }
  let pool = nonEmpty;
  if (sidecar.sheet !== undefined) {
    const sheet = sidecar.sheet;
    pool = all.filter(({ table }) => table.name === sheet || (table.name ?? '').includes(`“${sheet}”`));
    if (pool.length === 0)
      throw sourceError(Errors.SheetNotFound, sidecarFile, undefined, {
        sheet,
        tables: all.map(({ table, index }) => label(table, index)),
      });
  } else if (sidecar.table !== undefined) {
    const chosen = all[sidecar.table - 1];
    if (!chosen)
      throw sourceError(Errors.TableOutOfRange, sidecarFile, undefined, { table: sidecar.table, count: all.length });
    pool = [chosen];
  }
  const found = pool
    .map((x) => ({ ...x, header: findHeader(x.table, named) }))
    .filter((x): x is typeof x & { header: Header } => x.header !== undefined);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    const list = found.map(
      ({ table, index, header }) => `${label(table, index)}（表头在第 ${table.rowNumbers[header.rows[0]!]} 行）`,
    );
    throw sourceError(Errors.SeveralTables, file, undefined, {
      list,
      sidecar: sidecarFile,
      first: found[0]!.index + 1,
      named: Boolean(found[0]!.table.name),
    });
  }
  throw noTaskHeader(pool, file, sidecarFile, named);
}

/** No table has a target and a result column: name the headers found and the `columns:` line that fixes it. */
function noTaskHeader(
  pool: { table: GridTable; index: number }[],
  file: string,
  sidecarFile: string,
  named: Record<string, ColumnRole>,
): SourceError {
  const guesses = pool
    .map(({ table }) => ({ table, header: likelyHeader(table, named) }))
    .filter((g): g is { table: GridTable; header: Header } => g.header !== undefined);
  const best = guesses.sort(
    (a, b) =>
      b.header.columns.filter((c) => c.role !== 'other' && c.role !== null).length -
      a.header.columns.filter((c) => c.role !== 'other' && c.role !== null).length,
  )[0];
  if (!best) {
    throw sourceError(Errors.NoHeader, file, undefined);
  }
  const cols = best.header.columns.filter((c) => c.header !== '');
  const has = (role: string) => cols.some((c) => c.role === role);
  const missing = [!has('target') ? '目标任务' : undefined, !has('result') ? '完成情况' : undefined].filter(
    (x) => x !== undefined,
  );
  const candidates = cols.filter((c) => c.role === 'other').map((c) => c.header);
  const lines = missing.map((m, i) => `${candidates[i] ?? '（列名）'}: ${m === '目标任务' ? 'target' : 'result'}`);
  const line = best.table.rowNumbers[best.header.rows[0]!];
  return sourceError(Errors.MissingColumn, file, line, {
    missing,
    found: cols.map((c) => c.header),
    sidecar: sidecarFile,
    block:
      lines.length === 1
        ? columnsBlock(lines[0]!.split(': ')[0]!, lines[0]!.split(': ')[1]!)
        : `columns:\n${lines.map((l) => `  ${l}`).join('\n')}`,
  });
}

function clip(s: string): string {
  const one = s.replace(/\n/g, ' ');
  return one.length > 30 ? `${one.slice(0, 30)}…` : one;
}
