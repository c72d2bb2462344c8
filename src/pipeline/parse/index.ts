import type { Sidecar } from '../../schema/sidecar.ts';
import { Errors, REFUSED_FORMATS, sourceError } from '../../schema/errors.ts';
import type { ParsedSource, SourceError } from '../../schema/source.ts';
import { readCsv } from './csv.ts';
import { readDocxHtml } from './docx.ts';
import { decodeSource } from './encoding.ts';
import type { SourceDocument } from './grid.ts';
import { readHtml } from './html.ts';
import { readTable, type ReadTableOptions } from './table.ts';
import { readText } from './text.ts';
import { readWorkbook } from './xlsx.ts';

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
  '.xlsx': 'xlsx',
  '.xls': 'xls',
  '.docx': 'docx',
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
  // .xlsx/.xls/.docx: readOfficeDocument below (a .docx needs the HTML convertDocx made in the I/O layer).
};

/** Files no reader takes, with how to save them as one that does (the texts live in the catalogue). */
export { REFUSED_FORMATS };

/** The refusal for a file type no reader takes (.doc, .pdf, .et, .wps, images…), or undefined. */
export function refusedFormat(file: string): SourceError | undefined {
  const ext = extensionOf(file);
  return REFUSED_FORMATS[ext] && sourceError(Errors.RefusedFormat, file, undefined, { ext });
}

export function extensionOf(file: string): string {
  return /\.[a-z0-9]+$/.exec(file.toLowerCase())?.[0] ?? '';
}

export interface ParseOptions extends ReadTableOptions {
  /** The year folder's sidecar: title, `columns:`, `table:`/`sheet:`, `corrections:`. */
  sidecar?: Sidecar;
  /** A .docx file's HTML from `convertDocx` (docx.ts), which the I/O layer runs first: mammoth is async. */
  docxHtml?: string;
}

/**
 * An Excel or Word file's tables (the Grid), for the table reader: .xlsx/.xls read here, .docx from
 * the HTML `convertDocx` made of it. Other formats, and refused ones, are SourceErrors.
 */
export function readOfficeDocument(bytes: Uint8Array, file: string, options: ParseOptions = {}): SourceDocument {
  const format = SOURCE_FORMATS[extensionOf(file)];
  if (format === 'xlsx' || format === 'xls') return readWorkbook(bytes, file);
  if (format === 'docx') {
    if (options.docxHtml === undefined)
      throw new Error(`${file}: convertDocx (src/pipeline/parse/docx.ts) must run before the pipeline reads a .docx`);
    return readDocxHtml(options.docxHtml, file);
  }
  throw refusedFormat(file) ?? sourceError(Errors.NotOffice, file, undefined);
}

/** Read one raw source into rows and metadata, choosing the reader by the file's extension. */
export function parseSource(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParsedSource {
  const format = SOURCE_FORMATS[extensionOf(file)];
  const reader = format && READERS[format];
  const office = format === 'xlsx' || format === 'xls' || format === 'docx';
  if (!reader && !office)
    throw (
      refusedFormat(file) ??
      sourceError(Errors.UnknownFormat, file, undefined, { formats: Object.keys(SOURCE_FORMATS) })
    );
  const doc = reader ? reader(bytes, file) : readOfficeDocument(bytes, file, options);
  const { sidecar, docxHtml: _docxHtml, ...rest } = options;
  return readTable(doc, file, sidecar ?? {}, rest);
}
