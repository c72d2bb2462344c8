import type { DisclosureMeta } from '../../schema/report.ts';
import type { Sidecar } from '../../schema/sidecar.ts';
import { SourceError, type ParsedSource } from '../../schema/source.ts';
import { mapColumns, rowsFromTable, yearFromTitle, type RawRow } from './columns.ts';
import { splitRecords } from './csv-records.ts';
import { decodeSource } from './encoding.ts';
import { metaKey, setMeta } from './meta.ts';

export interface CsvOptions {
  /** The year folder's sidecar: supplies the title when the table has no title row. */
  sidecar?: Sidecar;
  /** ',' for CSV, '\t' for TSV; default from the file name (.tsv → tab). */
  delimiter?: ',' | '\t';
}

const nonEmpty = (r: RawRow): string[] => r.cells.map((c) => c.trim()).filter((c) => c !== '');
const sidecarPath = (file: string): string => `${file.slice(0, file.lastIndexOf('/') + 1)}source.yaml`;

/**
 * Read a task table exported from Excel as CSV or TSV (UTF-8 with or without BOM, or GB18030/GBK).
 * Rows above the header may hold the title (one filled cell) and 政务公开 label/value pairs;
 * what the file lacks comes from the sidecar. Pure: bytes in, ParsedSource or SourceError out.
 */
export function parseCsv(bytes: Uint8Array, file: string, options: CsvOptions = {}): ParsedSource {
  const tsv = options.delimiter ? options.delimiter === '\t' : file.toLowerCase().endsWith('.tsv');
  const decoded = decodeSource(bytes, file);
  const warnings: string[] = decoded.warning ? [decoded.warning] : [];
  const records = splitRecords(decoded.text, tsv ? '\t' : ',', file).filter((r) => nonEmpty(r).length > 0);
  if (records.length === 0) throw new SourceError(file, undefined, '文件是空的', '请重新从 Excel 导出表格');

  const meta: Partial<DisclosureMeta> = {};
  let title: { text: string; line: number } | undefined;
  let headerAt = -1;
  for (const [i, record] of records.entries()) {
    const cells = record.cells.map((c) => c.trim());
    const filled = nonEmpty(record);
    const labels = cells.map((c, j) => ({ key: metaKey(c), j })).filter((x) => x.key !== undefined);
    if (labels.length > 0) {
      for (const { key, j } of labels) setMeta(meta, key!, cells[j + 1] ?? '', warnings);
    } else if (filled.length === 1 && title === undefined) {
      title = { text: filled[0]!, line: record.line };
    } else {
      headerAt = i;
      break;
    }
  }
  if (headerAt < 0) {
    throw new SourceError(file, records.at(-1)!.line, '没有找到表头行', '表格应有一行表头,如“编号,目标任务,完成情况”');
  }
  const header = records[headerAt]!;
  const map = mapColumns(header.cells, file, header.line);
  const rows = rowsFromTable(map, records.slice(headerAt + 1), file, warnings);

  const titleText = title?.text ?? options.sidecar?.title;
  if (titleText === undefined) {
    throw new SourceError(
      file,
      undefined,
      '表格中没有标题行,来源说明中也没有 title',
      `请在 ${sidecarPath(file)} 中写上一行 title: 如“2025年政府工作报告年度完成情况”,或在表头上方加一行标题`,
    );
  }
  const year = yearFromTitle(
    titleText,
    title ? file : sidecarPath(file),
    title?.line,
    title ? '标题行' : ' source.yaml 的 title 中',
  );
  return { title: titleText, year, meta, rows, format: tsv ? 'tsv' : 'csv', encoding: decoded.encoding, warnings };
}
