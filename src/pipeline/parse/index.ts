import type { Sidecar } from '../../schema/sidecar.ts';
import { SourceError, type ParsedSource } from '../../schema/source.ts';
import { readCsv } from './csv.ts';
import { decodeSource } from './encoding.ts';
import type { SourceDocument } from './grid.ts';
import { readHtml } from './html.ts';
import { readTable, type ReadTableOptions } from './table.ts';
import { readText } from './text.ts';

/**
 * One reader per format, each ending in a SourceDocument (the Grid seam, grid.ts); the table reader
 * (table.ts) does the rest whatever the format. A new format adds its extension and its reader here.
 */
export const SOURCE_FORMATS: Readonly<Record<string, ParsedSource['format']>> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.tsv': 'tsv',
};

/** Readers by format: bytes and the file's name (for messages) → SourceDocument or SourceError. */
export const READERS: Partial<Record<ParsedSource['format'], (bytes: Uint8Array, file: string) => SourceDocument>> = {
  text: (bytes, file) => {
    // Like CSV: UTF-8, or GBK/GB18030 converted with a warning (the raw file is never re-encoded).
    const decoded = decodeSource(bytes, file);
    const doc = readText(decoded.text);
    return {
      ...doc,
      encoding: decoded.encoding,
      warnings: [...(decoded.warning ? [decoded.warning] : []), ...doc.warnings],
    };
  },
  html: readHtml,
  csv: (bytes, file) => readCsv(bytes, file, ','),
  tsv: (bytes, file) => readCsv(bytes, file, '\t'),
};

export function extensionOf(file: string): string {
  return /\.[a-z0-9]+$/.exec(file.toLowerCase())?.[0] ?? '';
}

export interface ParseOptions extends ReadTableOptions {
  /** The year folder's sidecar: title, `columns:`, `table:`/`sheet:`, `corrections:`. */
  sidecar?: Sidecar;
}

/** Read one raw source into rows and metadata, choosing the reader by the file's extension. */
export function parseSource(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParsedSource {
  const format = SOURCE_FORMATS[extensionOf(file)];
  const reader = format && READERS[format];
  if (!reader)
    throw new SourceError(
      file,
      undefined,
      '无法识别的文件类型',
      `原始表格应为 ${Object.keys(SOURCE_FORMATS).join('、')} 文件`,
    );
  const { sidecar, ...rest } = options;
  return readTable(reader(bytes, file), file, sidecar ?? {}, rest);
}
