import type { Sidecar } from '../../schema/sidecar.ts';
import { SourceError, type ParsedSource } from '../../schema/source.ts';
import { parseCsv } from './csv.ts';
import { decodeUtf8 } from './decode.ts';
import { readDocxHtml } from './docx.ts';
import type { SourceDocument } from './grid.ts';
import { parseHtml } from './html.ts';
import { parseText } from './text.ts';
import { readWorkbook } from './xlsx.ts';

/** File extensions of raw sources, by the format that reads them. */
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

/**
 * Files governments also attach that no reader takes, with the way to save them as one that does.
 * (`.et`/`.wps` are WPS Office's own formats; WPS saves .xlsx/.xls/.docx as well.)
 */
export const REFUSED_FORMATS: Readonly<Record<string, { problem: string; fix: string }>> = (() => {
  const word = {
    problem: '',
    fix: '请在 Word 或 WPS 文字中打开,“另存为” Word 文档(.docx),再放进来',
  };
  const sheet = {
    problem: '',
    fix: '请在 Excel 或 WPS 表格中打开,“另存为” Excel 工作簿(.xlsx),再放进来',
  };
  const elsewhere =
    '请到发布单位网站找同一表格的网页版或 Excel/Word 附件(.html、.xlsx、.docx);确实没有时,请逐字录入为 .xlsx 或 .csv,并在 source.yaml 中写明原件地址';
  const image = { problem: '图片中的表格无法逐字读取', fix: elsewhere };
  return {
    '.doc': { ...word, problem: '这是 Word 97-2003 文档(.doc),程序不能直接读取' },
    '.wps': { ...word, problem: '这是 WPS 文字文档(.wps),程序不能直接读取' },
    '.et': { ...sheet, problem: '这是 WPS 表格文件(.et),程序不能直接读取' },
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

export interface ParseOptions {
  /** The year folder's sidecar: formats without a title (CSV) take it from here. */
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

/** Read one raw source into rows and metadata, choosing the parser by the file's extension. */
export function parseSource(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParsedSource {
  const format = SOURCE_FORMATS[extensionOf(file)];
  if (format === 'text') return parseText(decodeUtf8(bytes, file).text, file);
  if (format === 'html') return parseHtml(bytes, file, options);
  if (format === 'csv' || format === 'tsv')
    return parseCsv(bytes, file, { ...options, delimiter: format === 'tsv' ? '\t' : ',' });
  if (format === 'xlsx' || format === 'xls' || format === 'docx') {
    readOfficeDocument(bytes, file, options);
    // The table reader (header roles, sub-items) turns the document into rows; until it is merged here:
    throw new SourceError(file, undefined, 'Excel/Word 表格的表头读取尚未接入', '请暂时另存为 .csv 或 .html');
  }
  const refused = refusedFormat(file);
  if (refused) throw refused;
  throw new SourceError(
    file,
    undefined,
    '无法识别的文件类型',
    `原始表格应为 ${Object.keys(SOURCE_FORMATS).join('、')} 文件`,
  );
}
