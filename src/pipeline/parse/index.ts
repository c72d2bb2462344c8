import type { Sidecar } from '../../schema/sidecar.ts';
import { SourceError, type ParsedSource } from '../../schema/source.ts';
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

/**
 * Files governments also attach that no reader takes, with the way to save them as one that does.
 * (`.et`/`.wps` are WPS Office's own formats; WPS saves .xlsx/.xls/.docx as well.)
 */
export const REFUSED_FORMATS: Readonly<Record<string, { problem: string; fix: string }>> = (() => {
  const word = {
    problem: '',
    fix: '请在 Word 或 WPS 文字中打开，“另存为” Word 文档（.docx），再放进来',
  };
  const sheet = {
    problem: '',
    fix: '请在 Excel 或 WPS 表格中打开，“另存为” Excel 工作簿（.xlsx），再放进来',
  };
  const elsewhere =
    '请到发布单位网站找同一表格的网页版或 Excel/Word 附件（.html、.xlsx、.docx）；确实没有时，请逐字录入为 .xlsx 或 .csv，并在 source.yaml 中写明原件地址';
  const image = { problem: '图片中的表格无法逐字读取', fix: elsewhere };
  return {
    '.doc': { ...word, problem: '这是 Word 97-2003 文档（.doc），程序不能直接读取' },
    '.wps': { ...word, problem: '这是 WPS 文字文档（.wps），程序不能直接读取' },
    '.rtf': { ...word, problem: '这是 RTF 文档（.rtf），程序不能直接读取' },
    '.odt': { ...word, problem: '这是 OpenDocument 文档（.odt），程序不能直接读取' },
    '.et': { ...sheet, problem: '这是 WPS 表格文件（.et），程序不能直接读取' },
    '.ods': { ...sheet, problem: '这是 OpenDocument 表格（.ods），程序不能直接读取' },
    '.numbers': { ...sheet, problem: '这是 Numbers 表格（.numbers），程序不能直接读取' },
    '.pdf': { problem: 'PDF 文件中的表格无法可靠地逐字读取', fix: elsewhere },
    '.ofd': { problem: 'OFD 版式文件中的表格无法可靠地逐字读取', fix: elsewhere },
    '.png': image,
    '.jpg': image,
    '.jpeg': image,
    '.gif': image,
    '.bmp': image,
    '.tif': image,
    '.tiff': image,
    '.webp': image,
  };
})();

/** The refusal for a file type no reader takes (.doc, .pdf, .et, .wps, images…), or undefined. */
export function refusedFormat(file: string): SourceError | undefined {
  const refused = REFUSED_FORMATS[extensionOf(file)];
  return refused && new SourceError(file, undefined, refused.problem, refused.fix);
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
  throw (
    refusedFormat(file) ??
    new SourceError(file, undefined, '不是 Excel 或 Word 文件', '请放入 .xlsx、.xls 或 .docx 文件')
  );
}

/** Read one raw source into rows and metadata, choosing the reader by the file's extension. */
export function parseSource(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParsedSource {
  const format = SOURCE_FORMATS[extensionOf(file)];
  const reader = format && READERS[format];
  const office = format === 'xlsx' || format === 'xls' || format === 'docx';
  if (!reader && !office)
    throw (
      refusedFormat(file) ??
      new SourceError(
        file,
        undefined,
        '无法识别的文件类型',
        `原始表格应为 ${Object.keys(SOURCE_FORMATS).join('、')} 文件`,
      )
    );
  const doc = reader ? reader(bytes, file) : readOfficeDocument(bytes, file, options);
  const { sidecar, docxHtml: _docxHtml, ...rest } = options;
  return readTable(doc, file, sidecar ?? {}, rest);
}
