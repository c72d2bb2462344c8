import type { DisclosureMeta } from '../../schema/report.ts';
import { Errors, sourceError } from '../../schema/errors.ts';
import { splitRecords, type RawRow } from './csv-records.ts';
import { decodeSource } from './encoding.ts';
import type { SourceDocument } from './grid.ts';
import { metaKey, setMeta } from './meta.ts';
import { plainGrid } from './text.ts';

const filledCells = (r: RawRow): string[] => r.cells.map((c) => c.trim()).filter((c) => c !== '');

/**
 * Read a task table exported from Excel as CSV or TSV (UTF-8 with or without BOM, or GB18030/GBK)
 * into a SourceDocument. Rows above the header may hold 政务公开 label/value pairs (read as metadata
 * and left out of the table) and the title (one filled cell, which the table reader takes as the
 * title). Pure: bytes in, SourceDocument or SourceError out.
 */
export function readCsv(bytes: Uint8Array, file: string, delimiter: ',' | '\t'): SourceDocument {
  const decoded = decodeSource(bytes, file);
  const warnings: string[] = decoded.warning ? [decoded.warning] : [];
  const records = splitRecords(decoded.text, delimiter, file).filter((r) => filledCells(r).length > 0);
  if (records.length === 0) throw sourceError(Errors.EmptyFile, file, undefined);
  const meta: Partial<DisclosureMeta> = {};
  const table: RawRow[] = [];
  let leading = true;
  for (const record of records) {
    const cells = record.cells.map((c) => c.trim());
    const labels = leading ? cells.map((c, j) => ({ key: metaKey(c), j })).filter((x) => x.key !== undefined) : [];
    if (labels.length > 0) {
      for (const { key, j } of labels) setMeta(meta, key!, cells[j + 1] ?? '', warnings);
      continue;
    }
    if (filledCells(record).length > 1) leading = false;
    table.push(record);
  }
  return {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    encoding: decoded.encoding,
    tables: [plainGrid(table)],
    meta,
    warnings,
  };
}
